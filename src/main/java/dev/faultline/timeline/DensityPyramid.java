package dev.faultline.timeline;

import java.util.function.IntPredicate;

/**
 * Per-swimlane counts of items by start, at every zoom level: level 0 cells are 2^shift0 ms wide, each level up
 * doubles the cell. A cell also keeps the sum of its items' starts, so a cluster can be drawn where its items are
 * rather than at the cell's middle. A zoomed-out frame reads a few dozen cells per swimlane instead of touching the
 * items; a cell at level l is exactly the two cells below it, so clusters split in two as the view zooms in.
 */
public final class DensityPyramid {

    /** Level-0 cells are at least 2^22 ms (about 70 minutes) wide. */
    private static final int MIN_SHIFT = 22;
    /** Upper bound on level-0 cells over all swimlanes, which bounds memory at about 24 bytes per cell. */
    private static final long MAX_CELLS = 1L << 20;

    private final long origin;
    private final int shift0;
    private final int levels;
    /** counts[g][l][cell] and sums[g][l][cell] (sum of start - origin). */
    private final int[][][] counts;
    private final long[][][] sums;

    DensityPyramid(TimelineItems items, IntPredicate include) {
        int groups = Math.max(1, items.groupCount());
        long span = Math.max(1, items.maxEnd() - items.minStart());
        long cellsPerGroup = Math.max(64, Math.min(MAX_CELLS / groups, 8L * items.size() / groups + 64));
        int shift = MIN_SHIFT;
        while ((span >> shift) + 1 > cellsPerGroup) {
            shift++;
        }
        shift0 = shift;
        origin = items.minStart();
        int top = 0;
        while ((span >> (shift0 + top)) > 0) {
            top++;
        }
        levels = top + 1;
        counts = new int[items.groupCount()][levels][];
        sums = new long[items.groupCount()][levels][];
        for (int g = 0; g < items.groupCount(); g++) {
            int cells0 = (int) (span >> shift0) + 1;
            int[] c0 = new int[cells0];
            long[] s0 = new long[cells0];
            for (int i = items.groupStart(g); i < items.groupEnd(g); i++) {
                if (include == null || include.test(i)) {
                    long offset = items.start(i) - origin;
                    int cell = (int) (offset >> shift0);
                    c0[cell]++;
                    s0[cell] += offset;
                }
            }
            counts[g][0] = c0;
            sums[g][0] = s0;
            for (int l = 1; l < levels; l++) {
                int[] below = counts[g][l - 1];
                long[] belowSums = sums[g][l - 1];
                int n = (below.length + 1) / 2;
                int[] c = new int[n];
                long[] s = new long[n];
                for (int k = 0; k < below.length; k++) {
                    c[k >> 1] += below[k];
                    s[k >> 1] += belowSums[k];
                }
                counts[g][l] = c;
                sums[g][l] = s;
            }
        }
    }

    /** The start of cell 0 at every level. */
    public long origin() {
        return origin;
    }

    public int levels() {
        return levels;
    }

    /** log2 of the cell width at a level. */
    public int shift(int level) {
        return shift0 + level;
    }

    /** The width of a cell at a level, in ms. */
    public long cellWidth(int level) {
        return 1L << shift(level);
    }

    /** The finest level whose cells are at least {@code millis} wide (the top level if none is). */
    public int levelFor(double millis) {
        for (int l = 0; l < levels; l++) {
            if (cellWidth(l) >= millis) {
                return l;
            }
        }
        return levels - 1;
    }

    /** The cell of an instant at a level; may be negative or past the last cell. */
    public long cellOf(int level, long millis) {
        return (millis - origin) >> shift(level);
    }

    /** The first instant of a cell. */
    public long cellStart(int level, long cell) {
        return origin + (cell << shift(level));
    }

    /** Items of swimlane {@code g} starting in a cell; 0 outside the data. */
    public int count(int g, int level, long cell) {
        int[] c = counts[g][level];
        return cell < 0 || cell >= c.length ? 0 : c[(int) cell];
    }

    /** The sum of (start - origin) of the items of swimlane {@code g} starting in a cell. */
    public long offsetSum(int g, int level, long cell) {
        long[] s = sums[g][level];
        return cell < 0 || cell >= s.length ? 0 : s[(int) cell];
    }

    /** Items of swimlane {@code g} starting in the cells {@code [firstCell, lastCell]} at a level. */
    public long count(int g, int level, long firstCell, long lastCell) {
        int[] c = counts[g][level];
        long total = 0;
        long from = Math.max(0, firstCell);
        long to = Math.min(c.length - 1L, lastCell);
        for (long k = from; k <= to; k++) {
            total += c[(int) k];
        }
        return total;
    }

    /** Items of all swimlanes starting in each of {@code columns} equal slices of {@code [from, to)}. */
    public int[] histogram(long from, long to, int columns) {
        int[] out = new int[Math.max(0, columns)];
        if (columns <= 0 || to <= from) {
            return out;
        }
        double perColumn = (double) (to - from) / columns;
        int level = levelFor(perColumn / 2);
        for (int g = 0; g < counts.length; g++) {
            int[] c = counts[g][level];
            long first = Math.max(0, cellOf(level, from));
            long last = Math.min(c.length - 1L, cellOf(level, to));
            for (long k = first; k <= last; k++) {
                if (c[(int) k] == 0) {
                    continue;
                }
                double mid = cellStart(level, k) + cellWidth(level) / 2.0;
                int column = (int) Math.floor((mid - from) / perColumn);
                if (column >= 0 && column < columns) {
                    out[column] += c[(int) k];
                }
            }
        }
        return out;
    }
}
