package no.bosim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

/**
 * The estimators on the Ishigami function, whose Sobol' indices are known in closed form
 * (Ishigami and Homma 1990; a = 7, b = 0.1, inputs uniform on [−π, π]):
 * S1 = 0.3139, S2 = 0.4424, S3 = 0; ST1 = 0.5576, ST2 = 0.4424, ST3 = 0.2437.
 */
class SobolIndicesTest {

    private static double ishigami(double x1, double x2, double x3) {
        return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    /** Saltelli's design on a Sobol' sequence, as Design places a sweep's points, on [−π, π]³. */
    private static SobolIndices.Index[] estimate(int n, int bootstrap, long seed) {
        int k = 3;
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(1);
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[k][n];
        for (int j = 0; j < n; j++) {
            double[] u = sobol.nextVector();
            double[] a = new double[k];
            double[] b = new double[k];
            for (int i = 0; i < k; i++) {
                a[i] = -Math.PI + 2 * Math.PI * u[i];
                b[i] = -Math.PI + 2 * Math.PI * u[k + i];
            }
            fA[j] = ishigami(a[0], a[1], a[2]);
            fB[j] = ishigami(b[0], b[1], b[2]);
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                fAB[i][j] = ishigami(ab[0], ab[1], ab[2]);
            }
        }
        return SobolIndices.of(fA, fB, fAB, bootstrap, seed);
    }

    @Test
    void theIshigamiIndicesComeOutAsTheClosedFormGivesThem() {
        SobolIndices.Index[] s = estimate(8192, 0, 1);
        double[] first = {0.3139, 0.4424, 0.0};
        double[] total = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            assertEquals(first[i], s[i].first(), 0.02, "S" + (i + 1));
            assertEquals(total[i], s[i].total(), 0.02, "ST" + (i + 1));
        }
    }

    @Test
    void theBootstrapIntervalsHoldTheTrueValuesAndNarrowWithMoreSamples() {
        SobolIndices.Index[] small = estimate(512, 300, 7);
        SobolIndices.Index[] large = estimate(4096, 300, 7);
        double[] total = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            assertTrue(large[i].totalLow() <= total[i] && total[i] <= large[i].totalHigh(),
                    "ST" + (i + 1) + " " + total[i] + " in [" + large[i].totalLow() + ", " + large[i].totalHigh() + "]");
            assertTrue(large[i].totalHigh() - large[i].totalLow() < small[i].totalHigh() - small[i].totalLow(), "narrower with 8x the samples");
        }
        SobolIndices.Index[] again = estimate(512, 300, 7);
        assertEquals(small[0].firstLow(), again[0].firstLow(), 0.0, "a seeded bootstrap gives the same interval again");
    }

    @Test
    void anOutputThatDoesNotMoveHasNothingToApportion() {
        double[] flat = {3, 3, 3, 3};
        SobolIndices.Index[] s = SobolIndices.of(flat, flat, new double[][] {flat, flat}, 10, 1);
        assertEquals(0.0, s[0].first());
        assertEquals(0.0, s[1].total());
    }
}
