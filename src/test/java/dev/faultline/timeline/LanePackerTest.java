package dev.faultline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LanePackerTest {

    @Test
    void cardsInALaneNeverOverlapWhateverTheOrder() {
        Random random = new Random(11);
        LanePacker packer = new LanePacker();
        for (int trial = 0; trial < 300; trial++) {
            int lanes = 1 + random.nextInt(6);
            packer.reset(lanes);
            List<List<double[]>> byLane = new ArrayList<>();
            for (int l = 0; l < lanes; l++) {
                byLane.add(new ArrayList<>());
            }
            int n = 1 + random.nextInt(300);
            for (int i = 0; i < n; i++) {
                double from = random.nextDouble() * 2000 - 200;
                double to = from + 1 + random.nextDouble() * 250;
                int lane = packer.place(from, to);
                if (lane >= 0) {
                    byLane.get(lane).add(new double[] {from, to});
                } else {
                    for (int l = 0; l < lanes; l++) {
                        assertThat(packer.isFree(l, from, to)).as("an extent refused while lane %d was free", l)
                                .isFalse();
                    }
                }
            }
            for (List<double[]> lane : byLane) {
                lane.sort((p, q) -> Double.compare(p[0], q[0]));
                for (int k = 1; k < lane.size(); k++) {
                    assertThat(lane.get(k)[0]).as("card %s after %s", Arrays.toString(lane.get(k)),
                            Arrays.toString(lane.get(k - 1))).isGreaterThanOrEqualTo(lane.get(k - 1)[1]);
                }
            }
        }
    }

    @Test
    void greedyByStartUsesNoMoreLanesThanTheDeepestOverlap() {
        Random random = new Random(12);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(200);
            double[][] extents = new double[n][];
            for (int i = 0; i < n; i++) {
                double from = random.nextDouble() * 1000;
                extents[i] = new double[] {from, from + 1 + random.nextDouble() * 120};
            }
            Arrays.sort(extents, (p, q) -> Double.compare(p[0], q[0]));
            LanePacker packer = new LanePacker();
            packer.reset(n);
            int used = 0;
            for (double[] e : extents) {
                used = Math.max(used, packer.place(e[0], e[1]) + 1);
            }
            assertThat(used).isEqualTo(deepestOverlap(extents));
        }
    }

    private static int deepestOverlap(double[][] extents) {
        int deepest = 0;
        for (double[] e : extents) {
            int depth = 0;
            for (double[] f : extents) {
                if (f[0] <= e[0] && f[1] > e[0]) {
                    depth++;
                }
            }
            deepest = Math.max(deepest, depth);
        }
        return deepest;
    }

    @Test
    void aFullLaneRefusesAndTheNextOneTakesIt() {
        LanePacker packer = new LanePacker();
        packer.reset(2);

        assertThat(packer.place(0, 100)).isZero();
        assertThat(packer.place(50, 150)).isEqualTo(1);
        assertThat(packer.place(60, 70)).isEqualTo(-1);
        assertThat(packer.place(100, 120)).as("touching is not overlapping").isZero();
    }
}
