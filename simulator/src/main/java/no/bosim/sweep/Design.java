package no.bosim.sweep;

import java.util.ArrayList;
import java.util.List;
import no.bosim.scenario.Sweep;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The points a sweep runs, each the value of every input and its role in the design:
 * <ul>
 * <li>one-at-a-time: the base (every input at the scenario's own), then each input at its low and
 * at its high with the others at base;</li>
 * <li>Sobol': Saltelli's scheme on a Sobol' sequence of dimension 2k: the rows of A, of B, and of
 * each A_B^i (A with column i from B), N each;</li>
 * <li>grid: every combination of the inputs' levels, the last input fastest.</li>
 * </ul>
 * The same sweep gives the same points on every machine: the design is a pure function of it.
 */
public final class Design {

    /** A point: its number, its role ("base", "low:name", "A", "AB:name", "grid"), and each input's value. */
    public record Point(int index, String role, double[] values) {
    }

    private Design() {
    }

    public static List<Point> of(Sweep sweep) {
        List<Sweep.Input> in = sweep.inputs();
        int k = in.size();
        List<Point> out = new ArrayList<>(sweep.points());
        switch (sweep.design().kind()) {
            case OAT -> {
                double[] base = new double[k];
                for (int i = 0; i < k; i++) {
                    base[i] = in.get(i).baseValue();
                }
                out.add(new Point(0, "base", base));
                for (int i = 0; i < k; i++) {
                    Sweep.Input x = in.get(i);
                    double[] low = base.clone();
                    double[] high = base.clone();
                    low[i] = x.categorical() ? 0 : x.low();
                    high[i] = x.categorical() ? x.choices().size() - 1 : x.high();
                    out.add(new Point(out.size(), "low:" + x.name(), low));
                    out.add(new Point(out.size(), "high:" + x.name(), high));
                }
            }
            case SOBOL -> {
                int n = sweep.design().samples();
                SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
                sobol.skipTo(1); // the first point is all zeros
                double[][] a = new double[n][k];
                double[][] b = new double[n][k];
                for (int j = 0; j < n; j++) {
                    double[] u = sobol.nextVector();
                    for (int i = 0; i < k; i++) {
                        a[j][i] = u[i];
                        b[j][i] = u[k + i];
                    }
                }
                for (int j = 0; j < n; j++) {
                    out.add(new Point(out.size(), "A", values(in, a[j])));
                }
                for (int j = 0; j < n; j++) {
                    out.add(new Point(out.size(), "B", values(in, b[j])));
                }
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < n; j++) {
                        double[] ab = a[j].clone();
                        ab[i] = b[j][i];
                        out.add(new Point(out.size(), "AB:" + in.get(i).name(), values(in, ab)));
                    }
                }
            }
            case GRID -> {
                int[] sizes = new int[k];
                for (int i = 0; i < k; i++) {
                    sizes[i] = in.get(i).categorical() ? in.get(i).choices().size() : sweep.design().levels();
                }
                int total = sweep.points();
                for (int p = 0; p < total; p++) {
                    double[] v = new double[k];
                    int rest = p;
                    for (int i = k - 1; i >= 0; i--) {
                        int level = rest % sizes[i];
                        rest /= sizes[i];
                        Sweep.Input x = in.get(i);
                        v[i] = x.categorical() ? level : x.low() + (x.high() - x.low()) * level / (sizes[i] - 1.0);
                    }
                    out.add(new Point(p, "grid", v));
                }
            }
        }
        return out;
    }

    private static double[] values(List<Sweep.Input> in, double[] u) {
        double[] v = new double[in.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = in.get(i).valueAt(u[i]);
        }
        return v;
    }
}
