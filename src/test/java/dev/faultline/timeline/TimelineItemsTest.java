package dev.faultline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimelineItemsTest {

    private static final long FROM = SyntheticWorkload.T0;
    private static final long TO = SyntheticWorkload.T1;

    @Test
    void itemsAreSortedBySwimlaneThenStart() {
        TimelineItems items = RandomItems.of(1, 5000, 4, FROM, TO);

        for (int i = 1; i < items.size(); i++) {
            boolean sameLane = items.group(i) == items.group(i - 1);
            assertThat(items.group(i)).isGreaterThanOrEqualTo(items.group(i - 1));
            if (sameLane) {
                assertThat(items.start(i)).isGreaterThanOrEqualTo(items.start(i - 1));
            }
        }
        int total = 0;
        for (int g = 0; g < items.groupCount(); g++) {
            total += items.groupEnd(g) - items.groupStart(g);
        }
        assertThat(total).isEqualTo(5000);
    }

    @Test
    void visibleWindowQueryEqualsBruteForceOnRandomData() {
        TimelineItems items = RandomItems.of(2, 20_000, 3, FROM, TO);
        Random random = new Random(3);
        IntList found = new IntList();
        for (int trial = 0; trial < 500; trial++) {
            long a = FROM - TimeScale.DAY * 400 + (long) (random.nextDouble() * (TO - FROM + TimeScale.DAY * 800));
            long width = (long) (TimeScale.HOUR * Math.pow(10, random.nextDouble() * 5.5));
            long b = a + width;
            int g = random.nextInt(3);

            found.clear();
            items.index().query(g, a, b, found);

            int[] expected = bruteForce(items, g, a, b);
            int[] actual = found.toArray();
            Arrays.sort(actual);
            assertThat(actual).as("items of lane %d overlapping [%d, %d)", g, a, b).containsExactly(expected);
        }
    }

    private static int[] bruteForce(TimelineItems items, int g, long a, long b) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.group(i) == g && items.start(i) < b && items.effectiveEnd(i) > a) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void spansTooWideToPackStillSortByStart() {
        List<Swimlane> lanes = List.of(new Swimlane("a", Swimlane.Kind.ALL, null, null),
                new Swimlane("b", Swimlane.Kind.ALL, null, null));
        long far = 1L << 60;
        TimelineItems items = TimelineItems.builder(lanes, List.of(), 4)
                .add("late", "late", null, far, far, 0, -1, 3, TimelineItems.DAY, 0)
                .add("early", "early", null, -far, -far + 5, 0, -1, 3, TimelineItems.DAY, TimelineItems.RANGE)
                .add("other", "other", null, 7, 7, 1, -1, 3, TimelineItems.DAY, 0)
                .add("middle", "middle", null, 0, 0, 0, -1, 3, TimelineItems.DAY, 0)
                .build();

        assertThat(List.of(items.id(0), items.id(1), items.id(2), items.id(3)))
                .containsExactly("early", "middle", "late", "other");
        assertThat(items.start(0)).isEqualTo(-far);
        assertThat(items.end(0)).isEqualTo(-far + 5);
        assertThat(items.start(2)).isEqualTo(far);
        assertThat(items.minStart()).isEqualTo(-far);
    }

    @Test
    void columnsAddedAtOnceEqualItemsAddedOneByOne() {
        SyntheticWorkload.Events events = SyntheticWorkload.generate(3000);
        TimelineItems.Builder one = TimelineItems.builder(SyntheticWorkload.swimlanes(), List.of("#000000",
                "#111111", "#222222", "#333333", "#444444"), 0);
        for (int i = 0; i < events.size(); i++) {
            one.add(events.title()[i], events.title()[i], null, events.start()[i], events.end()[i],
                    events.group()[i], events.group()[i], 3, TimelineItems.EXACT,
                    events.isRange(i) ? TimelineItems.RANGE : 0);
        }
        TimelineItems a = one.build();
        TimelineItems b = SyntheticWorkload.toItems(events);

        for (int i = 0; i < a.size(); i++) {
            assertThat(b.id(i)).isEqualTo(a.id(i));
            assertThat(b.start(i)).isEqualTo(a.start(i));
            assertThat(b.end(i)).isEqualTo(a.end(i));
            assertThat(b.group(i)).isEqualTo(a.group(i));
            assertThat(b.colour(i)).isEqualTo(a.colour(i));
            assertThat(b.flags(i)).isEqualTo(a.flags(i));
            assertThat(b.importance(i)).isEqualTo(3);
        }
    }

    @Test
    void headlineIndexHoldsOnlyImportantItems() {
        TimelineItems items = RandomItems.of(4, 3000, 2, FROM, TO);
        IntList found = new IntList();

        items.headlineIndex().queryAll(FROM, TO, found);

        long expected = java.util.stream.IntStream.range(0, items.size())
                .filter(i -> items.importance(i) >= TimelineItems.HEADLINE).count();
        assertThat(found.size()).isEqualTo((int) expected);
        for (int k = 0; k < found.size(); k++) {
            assertThat(items.importance(found.get(k))).isGreaterThanOrEqualTo(TimelineItems.HEADLINE);
        }
    }

    @Test
    void pyramidCellsCountEveryItemOnceAtEveryLevel() {
        TimelineItems items = RandomItems.of(5, 10_000, 3, FROM, TO);
        DensityPyramid pyramid = items.pyramid();

        for (int level = 0; level < pyramid.levels(); level++) {
            long total = 0;
            for (int g = 0; g < 3; g++) {
                total += pyramid.count(g, level, Long.MIN_VALUE / 4, Long.MAX_VALUE / 4);
            }
            assertThat(total).as("level %d", level).isEqualTo(10_000);
        }
        int level = 3;
        long cell = pyramid.cellOf(level, items.start(1234));
        int g = items.group(1234);
        int[] inCell = items.startingIn(g, pyramid.cellStart(level, cell),
                pyramid.cellStart(level, cell) + pyramid.cellWidth(level));
        assertThat(pyramid.count(g, level, cell)).isEqualTo(inCell.length);
    }

    @Test
    void chronologicalNeighboursWalkEveryItemInStartOrder() {
        TimelineItems items = RandomItems.of(6, 500, 4, FROM, TO);
        int first = -1;
        for (int i = 0; i < items.size(); i++) {
            if (first < 0 || items.start(i) < items.start(first)) {
                first = i;
            }
        }

        List<Integer> walked = new ArrayList<>();
        for (int i = first; i >= 0; i = items.chronologicalNeighbour(i, true)) {
            walked.add(i);
        }

        assertThat(walked).hasSize(500).doesNotHaveDuplicates();
        for (int k = 1; k < walked.size(); k++) {
            assertThat(items.start(walked.get(k))).isGreaterThanOrEqualTo(items.start(walked.get(k - 1)));
            assertThat(items.chronologicalNeighbour(walked.get(k), false)).isEqualTo(walked.get(k - 1));
        }
    }
}
