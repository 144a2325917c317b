package dev.faultline.timeline;

import dev.faultline.model.LocalizedText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared synthetic frame-time workload (/work/shared/bench/workload.md), exactly: N events drawn from mulberry32
 * seeded 42 in the stated order, and the 180 visible windows of the zoom-in, pan and zoom-out sequence.
 */
public final class SyntheticWorkload {

    public static final long DAY = 86_400_000L;
    /** 2015-01-01T00:00Z. */
    public static final long T0 = Instant.parse("2015-01-01T00:00:00Z").toEpochMilli();
    /** 2026-01-01T00:00Z. */
    public static final long T1 = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    public static final int SEED = 42;
    public static final int GROUPS = 5;
    public static final int FRAMES = 180;
    /** The window the workload specifies: 1400 x 900 logical pixels. */
    public static final int WIDTH = 1400;
    public static final int HEIGHT = 900;

    private static final long F = Instant.parse("2023-11-20T00:00:00Z").toEpochMilli();
    private static final long Y2019 = Instant.parse("2019-01-01T00:00:00Z").toEpochMilli();
    private static final long Y2024 = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    /** The five factions, in the Okabe–Ito palette the model format asks for. */
    private static final List<String> COLOURS = List.of("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#CC79A7");

    private SyntheticWorkload() {
    }

    /**
     * The generated events, in draw order: {@code end[i] == start[i]} for a point event (which has no end), and
     * {@code title[i]} is "Event i".
     */
    public record Events(long[] start, long[] end, int[] group, String[] title) {

        public int size() {
            return start.length;
        }

        public boolean isRange(int i) {
            return end[i] != start[i];
        }
    }

    /** Draws {@code n} events: start, group, isRange, and only for ranges the length, in that order. */
    public static Events generate(int n) {
        return generate(n, SEED);
    }

    /** The same shape of events from another seed; only seed 42 is the shared workload. */
    public static Events generate(int n, int seed) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        Mulberry32 random = new Mulberry32(seed);
        long[] start = new long[n];
        long[] end = new long[n];
        int[] group = new int[n];
        String[] title = new String[n];
        double span = T1 - T0;
        for (int i = 0; i < n; i++) {
            long s = T0 + (long) Math.floor(random.next() * span);
            int g = (int) Math.floor(random.next() * GROUPS);
            boolean isRange = random.next() < 0.2;
            long e = isRange ? s + (long) Math.floor((1 + random.next() * 59) * DAY) : s;
            start[i] = s;
            end[i] = e;
            group[i] = g;
            title[i] = "Event " + i;
        }
        return new Events(start, end, group, title);
    }

    /** The swimlanes of the workload's five factions. */
    public static List<Swimlane> swimlanes() {
        List<Swimlane> lanes = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            lanes.add(new Swimlane("faction-" + (g + 1), Swimlane.Kind.FACTION,
                    LocalizedText.of("Faction " + (g + 1), "陣營 " + (g + 1)), COLOURS.get(g)));
        }
        return lanes;
    }

    /** The events as timeline items: every event of importance 3, exact to the millisecond, titled "Event i". */
    public static TimelineItems toItems(Events events) {
        return TimelineItems.builder(swimlanes(), COLOURS, events.size())
                .addColumns(events.title(), events.title(), events.start(), events.end(), events.group(),
                        events.group(), 3, TimelineItems.EXACT)
                .build();
    }

    /** The window of frame {@code i} (0..179). */
    public static TimeWindow frame(int i) {
        double w0 = T1 - T0;
        double y = 365.0 * DAY;
        if (i < 0 || i >= FRAMES) {
            throw new IllegalArgumentException("frame " + i + " is not in 0.." + (FRAMES - 1));
        }
        if (i < 90) {
            double w1 = 7.0 * DAY;
            double f = i / 89.0;
            double w = w0 * Math.pow(w1 / w0, f);
            double c = T0 + (F - T0) * f + (w0 / 2) * (1 - f);
            return new TimeWindow(c - w / 2, c + w / 2);
        }
        if (i < 150) {
            int k = i - 90;
            double c = Y2019 + (double) (Y2024 - Y2019) * k / 59;
            return new TimeWindow(c - y / 2, c + y / 2);
        }
        int k = i - 150;
        double f = (k + 1) / 30.0;
        double w = y * Math.pow(w0 / y, f);
        double c = Y2024 + ((T0 + T1) / 2.0 - Y2024) * f;
        return new TimeWindow(c - w / 2, c + w / 2);
    }

    /** The window the view starts at: [T0, T1]. */
    public static TimeWindow initialWindow() {
        return new TimeWindow(T0, T1);
    }
}
