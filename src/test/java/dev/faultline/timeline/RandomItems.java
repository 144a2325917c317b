package dev.faultline.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random items for property tests: instants and ranges from minutes to years, over a few swimlanes. */
final class RandomItems {

    private RandomItems() {
    }

    static TimelineItems of(long seed, int n, int groups, long from, long to) {
        Random random = new Random(seed);
        List<Swimlane> lanes = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            lanes.add(new Swimlane("g" + g, Swimlane.Kind.FACTION, null, "#000000"));
        }
        TimelineItems.Builder b = TimelineItems.builder(lanes, List.of("#000000"), n);
        for (int i = 0; i < n; i++) {
            long start = from + (long) (random.nextDouble() * (to - from));
            long end = start;
            if (random.nextInt(3) == 0) {
                // Log-uniform durations: a minute to two years.
                end = start + (long) (60_000 * Math.pow(1e6, random.nextDouble()));
            }
            b.add("item-" + i, "Item " + i, null, start, end, random.nextInt(groups), 0, 1 + random.nextInt(5),
                    TimelineItems.DAY, end > start ? TimelineItems.RANGE : 0);
        }
        return b.build();
    }
}
