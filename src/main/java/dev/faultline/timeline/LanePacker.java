package dev.faultline.timeline;

import java.util.Arrays;

/**
 * Fills a fixed number of lanes with horizontal extents that must not overlap: each extent goes into the first lane
 * where it is free, or nowhere. Items offered in start order make this the classic greedy packing; offered by
 * priority (selected, then important, then by start) the important ones are placed first and the rest fill the gaps.
 * Each lane keeps its occupied extents sorted, so a placement costs O(lanes · log k).
 */
public final class LanePacker {

    private double[][] lo;
    private double[][] hi;
    private int[] count;
    private int lanes;

    public LanePacker() {
        reset(0);
    }

    /** Empties the packer and gives it {@code lanes} lanes; reuses storage from earlier frames. */
    public void reset(int lanes) {
        this.lanes = Math.max(0, lanes);
        if (lo == null || lo.length < this.lanes) {
            lo = new double[this.lanes][];
            hi = new double[this.lanes][];
            for (int l = 0; l < this.lanes; l++) {
                lo[l] = new double[16];
                hi[l] = new double[16];
            }
            count = new int[this.lanes];
        }
        Arrays.fill(count, 0);
    }

    public int lanes() {
        return lanes;
    }

    /** Places the extent {@code [from, to)} in the first lane where it overlaps nothing; the lane, or -1. */
    public int place(double from, double to) {
        for (int l = 0; l < lanes; l++) {
            int at = firstEndingAfter(l, from);
            if (at == count[l] || lo[l][at] >= to) {
                insert(l, at, from, to);
                return l;
            }
        }
        return -1;
    }

    /** Whether {@code [from, to)} is free in lane {@code l}. */
    public boolean isFree(int l, double from, double to) {
        int at = firstEndingAfter(l, from);
        return at == count[l] || lo[l][at] >= to;
    }

    /** Places the extent in lane {@code l} if it is free there. */
    public boolean placeIn(int l, double from, double to) {
        int at = firstEndingAfter(l, from);
        if (at == count[l] || lo[l][at] >= to) {
            insert(l, at, from, to);
            return true;
        }
        return false;
    }

    /** The position of the first extent in lane l that ends after {@code x}; extents are disjoint and sorted. */
    private int firstEndingAfter(int l, double x) {
        double[] ends = hi[l];
        int a = 0;
        int b = count[l];
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (ends[mid] <= x) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }

    private void insert(int l, int at, double from, double to) {
        if (count[l] == lo[l].length) {
            lo[l] = Arrays.copyOf(lo[l], count[l] * 2);
            hi[l] = Arrays.copyOf(hi[l], count[l] * 2);
        }
        System.arraycopy(lo[l], at, lo[l], at + 1, count[l] - at);
        System.arraycopy(hi[l], at, hi[l], at + 1, count[l] - at);
        lo[l][at] = from;
        hi[l][at] = to;
        count[l]++;
    }
}
