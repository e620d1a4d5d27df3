/**
 * The policy: the one interface through which the simulator asks for decisions ({@link Policy}),
 * the facts it hands over and the decision facts it gets back. Rule sets implement it; the
 * simulator holds no policy logic of its own. Depends on no other bosim module.
 */
package no.bosim.rules;
