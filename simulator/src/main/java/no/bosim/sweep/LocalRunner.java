package no.bosim.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import no.bosim.rules.Policy;
import no.bosim.scenario.Sweep;

/**
 * Runs a sweep's points on this machine's cores, keeping a {@link Journal} so a killed sweep
 * continues where it stopped. With at least as many runs a point as threads, the points go one
 * after another and each point's runs share the cores; with fewer, the points share the cores and
 * each runs its runs in turn. Either way a point's summary is the same (its runs have their own
 * seeds and slots), so the files do not depend on the threads. Memory holds the points in flight
 * and the finished points' summaries (a few hundred bytes each).
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
        List<Design.Point> todo = new ArrayList<>();
        try (Journal j = Journal.open(journal, identity, indicators.size())) {
            for (Design.Point p : Design.of(sweep)) {
                if (!j.done().containsKey(p.index())) {
                    todo.add(p);
                }
            }
            progress.accept(j.done().size());
            boolean pointsInParallel = sweep.runsPerPoint() < threads && todo.size() > 1;
            if (!pointsInParallel) {
                for (Design.Point p : todo) {
                    j.add(PointRunner.run(sweep, p, indicators, policies, threads));
                    progress.accept(j.done().size());
                }
            } else {
                inParallel(sweep, indicators, policies, threads, todo, j, progress);
            }
            return new ArrayList<>(j.done().values());
        }
    }

    private static void inParallel(Sweep sweep, List<Indicators.Indicator> indicators, Supplier<Policy> policies, int threads,
                                   List<Design.Point> todo, Journal j, IntConsumer progress) {
        no.bosim.ensemble.Workers.each(todo.size(), threads, "bosim-sweep", i -> {
            PointRunner.Summary s = PointRunner.run(sweep, todo.get(i), indicators, policies, 1);
            synchronized (j) {
                j.add(s);
                progress.accept(j.done().size());
            }
        });
    }
}
