package dev.faultline.timeline;

import java.util.function.IntPredicate;

/**
 * Answers "which items of swimlane g overlap [a, b)?" in O(log n + k). Items of a swimlane are split into duration
 * classes (class c holds durations below 2^c ms, at least 2^(c-1)); within a class they are in start order, so the
 * items that may overlap are those starting in [a - 2^c, b) — found by binary search — and at most about as many of
 * those miss the window as hit it, because every duration in the class is within a factor of two of the longest.
 * This is the "sorted starts + max-duration bound" idea, made tight by bounding each class separately.
 */
public final class IntervalIndex {

    private static final int CLASSES = 64;

    private final TimelineItems items;
    /** lists[g][c]: items of swimlane g in duration class c, in start order; null when empty. */
    private final int[][][] lists;
    private final int size;

    IntervalIndex(TimelineItems items, IntPredicate include) {
        this.items = items;
        int groups = items.groupCount();
        lists = new int[groups][][];
        int total = 0;
        for (int g = 0; g < groups; g++) {
            int from = items.groupStart(g);
            int to = items.groupEnd(g);
            int[] counts = new int[CLASSES];
            for (int i = from; i < to; i++) {
                if (include == null || include.test(i)) {
                    counts[durationClass(items.end(i) - items.start(i))]++;
                }
            }
            int[][] byClass = new int[CLASSES][];
            for (int c = 0; c < CLASSES; c++) {
                if (counts[c] > 0) {
                    byClass[c] = new int[counts[c]];
                }
            }
            int[] fill = new int[CLASSES];
            for (int i = from; i < to; i++) {
                if (include == null || include.test(i)) {
                    int c = durationClass(items.end(i) - items.start(i));
                    byClass[c][fill[c]++] = i;
                    total++;
                }
            }
            lists[g] = byClass;
        }
        size = total;
    }

    /** The class of a duration: 0 for an instant, else the number of bits it needs. */
    static int durationClass(long duration) {
        return duration <= 0 ? 0 : 64 - Long.numberOfLeadingZeros(duration);
    }

    /** How many items the index holds. */
    public int size() {
        return size;
    }

    /** Adds to {@code out} every indexed item of swimlane {@code g} that overlaps {@code [a, b)}. */
    public void query(int g, long a, long b, IntList out) {
        int[][] byClass = lists[g];
        for (int c = 0; c < CLASSES; c++) {
            int[] list = byClass[c];
            if (list == null) {
                continue;
            }
            // Every item of class c lasts less than 2^c ms (an instant counts as 1 ms), so it overlaps only if it
            // starts after a - 2^c.
            long longest = c == 0 ? 1 : (c >= 63 ? Long.MAX_VALUE / 4 : 1L << c);
            long from = a - longest + 1;
            int k = lowerBound(list, from);
            for (; k < list.length; k++) {
                int i = list[k];
                long s = items.start(i);
                if (s >= b) {
                    break;
                }
                if (items.effectiveEnd(i) > a) {
                    out.add(i);
                }
            }
        }
    }

    /** Adds to {@code out} every indexed item of every swimlane that overlaps {@code [a, b)}. */
    public void queryAll(long a, long b, IntList out) {
        for (int g = 0; g < lists.length; g++) {
            query(g, a, b, out);
        }
    }

    private int lowerBound(int[] list, long millis) {
        int lo = 0;
        int hi = list.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (items.start(list[mid]) < millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
