package dev.faultline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class FrameLayoutTest {

    private static final long FROM = SyntheticWorkload.T0;
    private static final long TO = SyntheticWorkload.T1;
    private static final IntToDoubleFunction BADGE = count -> count == 1 ? 10 : 14 + 7 * String.valueOf(count).length();

    private static List<FrameLayout.Band> bands(int groups, int lanes) {
        List<FrameLayout.Band> bands = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            bands.add(new FrameLayout.Band(g, lanes));
        }
        return bands;
    }

    private static IntToDoubleFunction cardWidth(TimelineItems items) {
        return i -> 60 + (items.id(i).hashCode() & 63);
    }

    @Test
    void everyItemInViewIsACardOrInExactlyOneCluster() {
        TimelineItems items = RandomItems.of(21, 4000, 3, FROM, TO);
        Random random = new Random(22);
        for (int trial = 0; trial < 300; trial++) {
            double span = TimeScale.DAY * Math.pow(10, random.nextDouble() * 3.6);
            double a = FROM + random.nextDouble() * (TO - FROM);
            TimeScale scale = TimeScale.ofWindow(a, a + span, 1000 + random.nextInt(600));
            FrameLayout layout = FrameLayout.compute(items, scale, bands(3, 1 + random.nextInt(4)),
                    cardWidth(items), BADGE, new int[0], FrameLayout.Options.DEFAULT);
            long lo = (long) Math.floor(scale.start());
            long hi = (long) Math.ceil(scale.end());

            for (int b = 0; b < 3; b++) {
                Set<Integer> seen = new HashSet<>();
                for (int k = 0; k < layout.cardCount(); k++) {
                    if (layout.cardBand(k) == b && items.start(layout.cardItem(k)) < hi
                            && items.effectiveEnd(layout.cardItem(k)) > lo) {
                        assertThat(seen.add(layout.cardItem(k))).isTrue();
                    }
                }
                for (FrameLayout.Cluster c : layout.clusters()) {
                    if (c.band() != b) {
                        continue;
                    }
                    int[] members = layout.members(c);
                    assertThat(members).as("members of %s", c).hasSize(c.count());
                    for (int i : members) {
                        assertThat(seen.add(i)).as("item %d counted twice", i).isTrue();
                    }
                }
                if (layout.mode(b) == FrameLayout.Mode.CARDS) {
                    long inView = java.util.stream.IntStream.range(items.groupStart(b), items.groupEnd(b))
                            .filter(i -> items.start(i) < hi && items.effectiveEnd(i) > lo).count();
                    assertThat((long) seen.size()).as("band %d over %s", b, scale).isEqualTo(inView);
                }
            }
        }
    }

    @Test
    void cardsOfALaneNeverOverlap() {
        TimelineItems items = RandomItems.of(23, 3000, 2, FROM, TO);
        Random random = new Random(24);
        for (int trial = 0; trial < 200; trial++) {
            double span = TimeScale.DAY * Math.pow(10, random.nextDouble() * 3.6);
            double a = FROM + random.nextDouble() * (TO - FROM);
            TimeScale scale = TimeScale.ofWindow(a, a + span, 1400);
            FrameLayout layout = FrameLayout.compute(items, scale, bands(2, 3), cardWidth(items), BADGE,
                    new int[0], FrameLayout.Options.DEFAULT);

            for (int k = 0; k < layout.cardCount(); k++) {
                for (int m = k + 1; m < layout.cardCount(); m++) {
                    if (layout.cardBand(k) == layout.cardBand(m) && layout.cardLane(k) == layout.cardLane(m)) {
                        boolean apart = layout.cardRight(k) <= layout.cardX(m) || layout.cardRight(m) <= layout.cardX(k);
                        assertThat(apart).as("cards %d and %d in lane %d", k, m, layout.cardLane(k)).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void clustersSplitAsYouZoomIn() {
        TimelineItems items = RandomItems.of(25, 60_000, 1, FROM, TO);
        FrameLayout.Options summary = new FrameLayout.Options(36, 10, 6, 220, 0);
        IntToDoubleFunction point = count -> 0.001;
        TimeScale scale = TimeScale.ofWindow(FROM, TO, 1400);
        for (int step = 0; step < 8; step++) {
            TimeScale finer = scale.zoomAbout(700, 2);
            FrameLayout coarse = FrameLayout.compute(items, scale, bands(1, 0), i -> 80, point, new int[0], summary);
            FrameLayout fine = FrameLayout.compute(items, finer, bands(1, 0), i -> 80, point, new int[0], summary);
            assertThat(coarse.mode(0)).isEqualTo(FrameLayout.Mode.SUMMARY);

            for (FrameLayout.Cluster big : coarse.clusters()) {
                if (big.from() < finer.start() || big.to() > finer.end()) {
                    continue;
                }
                int inside = 0;
                for (FrameLayout.Cluster small : fine.clusters()) {
                    boolean within = small.from() >= big.from() && small.to() <= big.to();
                    boolean disjoint = small.to() <= big.from() || small.from() >= big.to();
                    assertThat(within || disjoint).as("%s straddles %s", small, big).isTrue();
                    if (within) {
                        inside += small.count();
                    }
                }
                assertThat(inside).as("the parts of %s", big).isEqualTo(big.count());
            }
            scale = finer;
        }
    }

    @Test
    void zoomedOutOnlyImportantEventsGetCardsButTheSelectionAlwaysDoes() {
        TimelineItems items = RandomItems.of(26, 400, 2, FROM, TO);
        TimeScale scale = TimeScale.ofWindow(FROM, TO, 1400);
        int lowly = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.importance(i) == 1) {
                lowly = i;
                break;
            }
        }

        FrameLayout layout = FrameLayout.compute(items, scale, bands(2, 4), cardWidth(items), BADGE,
                new int[] {lowly}, FrameLayout.Options.DEFAULT);

        int floor = FrameLayout.cardImportanceFloor(scale.msPerPixel());
        assertThat(floor).isGreaterThan(1);
        boolean selectedShown = false;
        for (int k = 0; k < layout.cardCount(); k++) {
            int i = layout.cardItem(k);
            if (i == lowly) {
                selectedShown = true;
                assertThat(layout.cardLane(k)).isZero();
            } else {
                assertThat(items.importance(i)).isGreaterThanOrEqualTo(floor);
            }
        }
        assertThat(selectedShown).isTrue();
    }

    @Test
    void aZoomedOutFrameOverManyEventsIsDrawnFromCountsAndStillAddsUp() {
        TimelineItems items = SyntheticWorkload.toItems(SyntheticWorkload.generate(200_000));
        TimeScale scale = TimeScale.ofWindow(FROM, TO, 1400);

        FrameLayout layout = FrameLayout.compute(items, scale, bands(5, 3), i -> 90, BADGE, new int[0],
                FrameLayout.Options.DEFAULT);

        long counted = layout.cardCount();
        for (int b = 0; b < 5; b++) {
            assertThat(layout.mode(b)).isEqualTo(FrameLayout.Mode.SUMMARY);
        }
        for (FrameLayout.Cluster c : layout.clusters()) {
            counted += c.count();
        }
        assertThat(counted).isEqualTo(200_000);
        assertThat(layout.clusters().size()).isLessThanOrEqualTo(5 * (int) (1400 / 36 + 2));
    }

    @Test
    void clusterMembersAreSortedByStartAndCountMatchesForPyramidClusters() {
        TimelineItems items = SyntheticWorkload.toItems(SyntheticWorkload.generate(50_000));
        TimeScale scale = TimeScale.ofWindow(FROM, TO, 1400);

        FrameLayout layout = FrameLayout.compute(items, scale, bands(5, 2), i -> 90, BADGE, new int[0],
                FrameLayout.Options.DEFAULT);

        FrameLayout.Cluster first = layout.clusters().get(0);
        int[] members = layout.members(first);
        assertThat(members).hasSize(first.count());
        int[] sorted = members.clone();
        Arrays.sort(sorted);
        assertThat(members).containsExactly(sorted);
    }
}
