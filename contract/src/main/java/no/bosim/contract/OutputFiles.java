package no.bosim.contract;

/**
 * The files bosim writes, by name: the one place a file's name is spelt. The simulator writes them,
 * the charts, the report, the workbook and the commands read them. Names are never changed, only
 * added (docs/output.md says what each holds).
 */
public final class OutputFiles {

    // A run (bosim run, and each run of a backtest or comparison).
    public static final String TIMESERIES = "timeseries.csv";
    public static final String MUNICIPALITIES = "municipalities.csv";
    public static final String ALERTS = "alerts.csv";
    public static final String COSTS = "costs.csv";
    /** The observed figures within the run, when its scenario names them. */
    public static final String OBSERVED = "observed.csv";
    public static final String CAPACITY_ORDERS = "capacity_orders.csv";
    public static final String MANIFEST = "manifest.json";

    // Any folder: the workbook (--xlsx, bosim xlsx), the interactive page and the briefing.
    public static final String WORKBOOK = "results.xlsx";
    public static final String REPORT = "report.html";
    public static final String BRIEFING = "briefing.pdf";

    // bosim backtest, beside its run's files.
    public static final String BACKTEST = "backtest.csv";
    public static final String BACKTEST_SERIES = "backtest_series.csv";

    // bosim ensemble.
    public static final String ENSEMBLE = "ensemble.csv";
    public static final String ENSEMBLE_INDICATORS = "ensemble_indicators.csv";
    public static final String WARNING_PROBABILITY = "warning_probability.csv";
    public static final String ENSEMBLE_MANIFEST = "ensemble.json";

    // bosim compare.
    public static final String COMPARISON = "comparison.csv";
    public static final String COMPARISON_COUNTIES = "comparison-counties.csv";
    public static final String COMPARISON_COUNTIES_INTERVAL = "comparison-counties-interval.csv";
    public static final String COMPARISON_KOMMUNER = "comparison-kommuner.csv";
    public static final String COMPARISON_ENSEMBLE = "comparison-ensemble.csv";
    public static final String COMPARISON_MANIFEST = "comparison.json";

    // bosim sweep.
    public static final String SWEEP = "sweep.csv";
    public static final String SWEEP_INDICES = "indices.csv";
    public static final String SWEEP_MANIFEST = "sweep.json";

    // bosim requests.
    public static final String REQUESTS = "requests.csv";
    public static final String REQUESTS_MANIFEST = "requests.json";

    private OutputFiles() {
    }
}
