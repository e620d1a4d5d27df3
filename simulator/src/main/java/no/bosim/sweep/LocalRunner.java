package no.bosim.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import no.bosim.rules.Policy;
import no.bosim.scenario.Sweep;

/**
 * Runs a sweep's points on this machine, one after another, each point's runs on every core,
 * keeping a {@link Journal} so a killed sweep continues where it stopped. Memory holds one point's
 * runs at a time and the finished points' summaries (a few hundred bytes each).
 */
public final class LocalRunner {

    private LocalRunner() {
    }

    /**
     * @param journal  where the finished points are kept until the sweep is written
     * @param identity what the journal belongs to (a journal of anything else is started again)
     * @param progress called with the number of points done, including those found in the journal
     * @return every point's summary, by index
     */
    public static List<PointRunner.Summary> run(Sweep sweep, List<Indicators.Indicator> indicators, Supplier<Policy> policies,
                                                int threads, Path journal, String identity, IntConsumer progress) {
        List<Design.Point> points = Design.of(sweep);
        try (Journal j = Journal.open(journal, identity, indicators.size())) {
            progress.accept(j.done().size());
            for (Design.Point p : points) {
                if (!j.done().containsKey(p.index())) {
                    j.add(PointRunner.run(sweep, p, indicators, policies, threads));
                    progress.accept(j.done().size());
                }
            }
            return new ArrayList<>(j.done().values());
        }
    }
}
