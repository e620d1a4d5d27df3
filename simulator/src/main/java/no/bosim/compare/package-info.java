/**
 * Comparing scenarios: runs that share a seed (and so, through named random streams, their random
 * numbers), set side by side as key indicators with differences, per county, and per kommune.
 */
package no.bosim.compare;
