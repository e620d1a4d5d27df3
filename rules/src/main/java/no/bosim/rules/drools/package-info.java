/**
 * The Drools side of the policy: loading rule files (shipped or from a user's folder) into a
 * knowledge base, the facts the rules read and the decision facts they insert, and the
 * {@link no.bosim.rules.drools.DroolsPolicy} that runs them month by month in one session.
 */
package no.bosim.rules.drools;
