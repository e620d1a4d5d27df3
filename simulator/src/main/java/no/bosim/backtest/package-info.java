/**
 * Backtests: a run over years that already happened, its indicators computed the way IMDi and UDI
 * report them, set against observed figures with a tolerance each.
 */
package no.bosim.backtest;
