package dev.faultline.timeline;

import java.util.Arrays;
import java.util.List;
import dev.faultline.text.Language;
import dev.faultline.text.ScriptConverter;
import java.util.Locale;
import java.util.Objects;

/**
 * What the timeline draws, stored by column so that a million items cost a few arrays rather than a million objects:
 * start and end (epoch ms; end exclusive, equal to start for an instant), swimlane, colour, importance (1-5), date
 * precision, flags, id and title. Items are sorted by swimlane, then start, so that each swimlane is one contiguous
 * run, and are indexed for visible-window queries ({@link IntervalIndex}) and per-zoom counts
 * ({@link DensityPyramid}). Immutable once built.
 */
public final class TimelineItems {

    /** The item has an explicit end (a range event), not just a date of some precision. */
    public static final int RANGE = 1;
    /** The date is inferred, not stated by a source. */
    public static final int APPROXIMATE = 2;
    /** The item does not match the filter and is drawn faint. */
    public static final int DIMMED = 4;

    /** Precision of an exact instant (synthetic data). */
    public static final byte EXACT = 0;
    /** Precision of a day-exact date. */
    public static final byte DAY = 1;
    /** Precision of a date known to the month. */
    public static final byte MONTH = 2;
    /** Precision of a date known to the year. */
    public static final byte YEAR = 3;

    /** Importance from which an item counts as a headline, drawn as a card first at coarse zoom. */
    public static final int HEADLINE = 4;

    private static final TimelineItems EMPTY = builder(List.of(), List.of(), 0).build();

    private final int size;
    private final long[] start;
    private final long[] end;
    private final int[] group;
    /** Importance (bits 0-2), precision (3-4), flags (5-7), colour + 1 (8-31): one column instead of four. */
    private final int[] attrs;
    private final String[] ids;
    /** The same array as {@link #ids} when every id is its title (the synthetic workload), to gather it once. */
    private final String[] titles;
    private final String[] titlesZh;
    private volatile String[] titlesSimplified;
    private final List<Swimlane> swimlanes;
    private final List<String> palette;
    private final int[] groupStart;
    private long minStart;
    private final long maxEnd;
    private final IntervalIndex index;
    private final DensityPyramid pyramid;
    private final IntervalIndex headlineIndex;
    private final DensityPyramid headlinePyramid;

    static int packAttrs(int importance, byte precision, int flags, int colour) {
        return Math.max(1, Math.min(5, importance)) | (precision & 3) << 3 | (flags & 7) << 5 | (colour + 1) << 8;
    }

    private TimelineItems(Builder b, Builder.Sorted sorted) {
        this.size = b.size;
        this.swimlanes = List.copyOf(b.swimlanes);
        this.palette = List.copyOf(b.palette);
        // One pass does every gather and every summary: a cold JVM runs long loops interpreted until it compiles
        // them, so at 10^5 items each extra pass over the data costs milliseconds before the first frame.
        long[] keys = sorted.keys();
        int positionBits = sorted.positionBits();
        int startBits = sorted.startBits();
        long base = sorted.base();
        long positionMask = (1L << positionBits) - 1;
        long startMask = (1L << startBits) - 1;
        start = new long[size];
        group = new int[size];
        end = new long[size];
        attrs = new int[size];
        ids = new String[size];
        titles = b.idsAreTitles ? ids : new String[size];
        titlesZh = b.anyZh ? new String[size] : null;
        groupStart = new int[swimlanes.size() + 1];
        long hi = Long.MIN_VALUE;
        boolean anyHeadline = false;
        boolean anyOther = false;
        for (int i = 0; i < size; i++) {
            long key = keys[i];
            int j = (int) (key & positionMask);
            long s = startBits == 0 ? b.start[j] : base + ((key >>> positionBits) & startMask);
            int g = (int) (key >>> (startBits + positionBits));
            start[i] = s;
            group[i] = g;
            groupStart[g + 1]++;
            long e = b.end[j];
            end[i] = e;
            int a = b.attrs[j];
            attrs[i] = a;
            ids[i] = b.ids[j];
            if (titles != ids) {
                titles[i] = b.titles[j];
            }
            if (titlesZh != null) {
                titlesZh[i] = b.titlesZh[j];
            }
            hi = Math.max(hi, Math.max(e, s + 1));
            if ((a & 7) >= HEADLINE) {
                anyHeadline = true;
            } else {
                anyOther = true;
            }
        }
        minStart = size == 0 ? 0 : start[0];
        for (int i = 1; i < size; i++) {
            // Sorted by swimlane first, so the earliest start is the least of each swimlane's first.
            if (group[i] != group[i - 1] && start[i] < minStart) {
                minStart = start[i];
            }
        }
        maxEnd = size == 0 ? 0 : hi;
        for (int g = 0; g < swimlanes.size(); g++) {
            groupStart[g + 1] += groupStart[g];
        }
        if (size > 500_000) {
            // Independent passes over the sorted columns: on two cores, build both at once (below this size
            // starting the thread pool costs more than it saves).
            java.util.concurrent.CompletableFuture<DensityPyramid> counts =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> new DensityPyramid(this, null));
            index = new IntervalIndex(this, null);
            pyramid = counts.join();
        } else {
            index = new IntervalIndex(this, null);
            pyramid = new DensityPyramid(this, null);
        }
        if (anyHeadline && anyOther) {
            headlineIndex = new IntervalIndex(this, i -> importance(i) >= HEADLINE);
            headlinePyramid = new DensityPyramid(this, i -> importance(i) >= HEADLINE);
        } else {
            headlineIndex = null;
            headlinePyramid = null;
        }
    }

    /** Nothing to show. */
    public static TimelineItems empty() {
        return EMPTY;
    }

    /** A builder for items in these swimlanes, coloured from this palette ({@code #RRGGBB} each). */
    public static Builder builder(List<Swimlane> swimlanes, List<String> palette, int expectedSize) {
        return new Builder(swimlanes, palette, expectedSize);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long start(int i) {
        return start[i];
    }

    /** The exclusive end; equal to the start for an instant. */
    public long end(int i) {
        return end[i];
    }

    /** The end used for overlap tests: an instant occupies one millisecond. */
    public long effectiveEnd(int i) {
        return Math.max(end[i], start[i] + 1);
    }

    public int group(int i) {
        return group[i];
    }

    /** Index into {@link #palette()}, or -1 for no colour. */
    public int colour(int i) {
        return (attrs[i] >>> 8) - 1;
    }

    public int importance(int i) {
        return attrs[i] & 7;
    }

    /** One of {@link #EXACT}, {@link #DAY}, {@link #MONTH}, {@link #YEAR}. */
    public byte precision(int i) {
        return (byte) (attrs[i] >>> 3 & 3);
    }

    public int flags(int i) {
        return attrs[i] >>> 5 & 7;
    }

    public boolean isRange(int i) {
        return (flags(i) & RANGE) != 0;
    }

    public boolean isApproximate(int i) {
        return (flags(i) & APPROXIMATE) != 0;
    }

    public boolean isDimmed(int i) {
        return (flags(i) & DIMMED) != 0;
    }

    public String id(int i) {
        return ids[i];
    }

    /**
     * The title in a UI locale: the Chinese one for a Chinese UI when there is one, in that UI's script (the
     * Simplified form is converted once per item, when first drawn).
     */
    public String title(int i, Locale locale) {
        Language language = Language.of(locale);
        if (titlesZh != null && language.chinese()) {
            String zh = titlesZh[i];
            if (zh != null && !zh.isBlank()) {
                if (language != Language.SIMPLIFIED) {
                    return zh;
                }
                String[] simplified = titlesSimplified;
                if (simplified == null) {
                    simplified = new String[titlesZh.length];
                    titlesSimplified = simplified;
                }
                String s = simplified[i];
                if (s == null) {
                    // A benign race: two threads may both convert, and write the same string.
                    s = ScriptConverter.instance().toSimplified(zh);
                    simplified[i] = s;
                }
                return s;
            }
        }
        return titles[i];
    }

    public List<Swimlane> swimlanes() {
        return swimlanes;
    }

    public int groupCount() {
        return swimlanes.size();
    }

    public List<String> palette() {
        return palette;
    }

    /** The first item of a swimlane; its items are {@code [groupStart(g), groupEnd(g))}. */
    public int groupStart(int g) {
        return groupStart[g];
    }

    public int groupEnd(int g) {
        return groupStart[g + 1];
    }

    /** The earliest start, or 0 when empty. */
    public long minStart() {
        return minStart;
    }

    /** The latest effective end, or 0 when empty. */
    public long maxEnd() {
        return maxEnd;
    }

    /** The index of every item. */
    public IntervalIndex index() {
        return index;
    }

    /** Counts of every item per swimlane per zoom level. */
    public DensityPyramid pyramid() {
        return pyramid;
    }

    /**
     * The index of headline items only (importance {@value #HEADLINE} or more), or null when that would be the same
     * as {@link #index()} or empty.
     */
    public IntervalIndex headlineIndex() {
        return headlineIndex;
    }

    /** Counts of headline items, or null exactly when {@link #headlineIndex()} is. */
    public DensityPyramid headlinePyramid() {
        return headlinePyramid;
    }

    /** The first item of swimlane {@code g} starting at or after {@code millis} (binary search). */
    public int firstStartingAtOrAfter(int g, long millis) {
        int lo = groupStart[g];
        int hi = groupStart[g + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Items of swimlane {@code g} whose start lies in {@code [from, to)}, in start order. */
    public int[] startingIn(int g, long from, long to) {
        int a = firstStartingAtOrAfter(g, from);
        int b = firstStartingAtOrAfter(g, to);
        int[] out = new int[Math.max(0, b - a)];
        for (int i = 0; i < out.length; i++) {
            out[i] = a + i;
        }
        return out;
    }

    /** The index of the first item with this id, or -1 (linear; for selection lookups, not per frame). */
    public int indexOf(String id) {
        if (id == null) {
            return -1;
        }
        for (int i = 0; i < size; i++) {
            if (id.equals(ids[i])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The item after (or, with {@code forward} false, before) item {@code i} in chronological order across all
     * swimlanes (start, then position), or -1. O(swimlanes · log n).
     */
    public int chronologicalNeighbour(int i, boolean forward) {
        int best = -1;
        for (int g = 0; g < swimlanes.size(); g++) {
            int candidate;
            if (forward) {
                candidate = firstStartingAtOrAfter(g, start[i]);
                while (candidate < groupStart[g + 1] && start[candidate] == start[i] && candidate <= i) {
                    candidate++;
                }
                if (candidate >= groupStart[g + 1]) {
                    continue;
                }
                if (best < 0 || start[candidate] < start[best]
                        || start[candidate] == start[best] && candidate < best) {
                    best = candidate;
                }
            } else {
                candidate = firstStartingAtOrAfter(g, start[i] + 1) - 1;
                while (candidate >= groupStart[g] && start[candidate] == start[i] && candidate >= i) {
                    candidate--;
                }
                if (candidate < groupStart[g]) {
                    continue;
                }
                if (best < 0 || start[candidate] > start[best]
                        || start[candidate] == start[best] && candidate > best) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "TimelineItems[" + size + " items, " + swimlanes.size() + " swimlanes]";
    }

    /** Collects items in any order; {@link #build()} sorts and indexes them. */
    public static final class Builder {

        /** The sorted keys: swimlane, start - base and position packed into each long, in order (no start if 0 bits). */
        private record Sorted(long[] keys, int positionBits, int startBits, long base) {
        }

        private final List<Swimlane> swimlanes;
        private final List<String> palette;
        private int size;
        private long[] start;
        private long[] end;
        private int[] group;
        private int[] attrs;
        private String[] ids;
        private String[] titles;
        private String[] titlesZh;
        private boolean anyZh;
        private boolean idsAreTitles = true;
        private long lowest = Long.MAX_VALUE;
        private long highest = Long.MIN_VALUE;

        private Builder(List<Swimlane> swimlanes, List<String> palette, int expectedSize) {
            this.swimlanes = Objects.requireNonNull(swimlanes, "swimlanes");
            this.palette = Objects.requireNonNull(palette, "palette");
            if (palette.size() >= 1 << 23) {
                throw new IllegalArgumentException("too many colours");
            }
            int capacity = Math.max(4, expectedSize);
            start = new long[capacity];
            end = new long[capacity];
            group = new int[capacity];
            attrs = new int[capacity];
            ids = new String[capacity];
            titles = new String[capacity];
            titlesZh = new String[capacity];
        }

        /**
         * Adds an item. {@code end} is exclusive and at least {@code start}; {@code group} indexes the swimlanes,
         * {@code colour} the palette (or -1), {@code importance} is 1-5.
         */
        public Builder add(String id, String title, String titleZh, long start, long end, int group, int colour,
                int importance, byte precision, int flags) {
            if (end < start) {
                throw new IllegalArgumentException("end before start for " + id);
            }
            if (group < 0 || group >= swimlanes.size()) {
                throw new IllegalArgumentException("no swimlane " + group + " for " + id);
            }
            if (colour < -1 || colour >= palette.size()) {
                throw new IllegalArgumentException("no colour " + colour + " for " + id);
            }
            if (size == this.start.length) {
                grow();
            }
            this.start[size] = start;
            this.end[size] = end;
            this.group[size] = group;
            this.attrs[size] = packAttrs(importance, precision, flags, colour);
            this.ids[size] = id;
            this.titles[size] = title;
            this.titlesZh[size] = titleZh;
            anyZh |= titleZh != null;
            idsAreTitles &= id == title;
            lowest = Math.min(lowest, start);
            highest = Math.max(highest, start);
            size++;
            return this;
        }

        /**
         * Adds whole columns at once (ids, titles, starts, exclusive ends, swimlanes, colours), every item with one
         * importance and precision, a range when its end is after its start. Columns are copied with array copies
         * and checked in one tight pass: at 10^6 items, item-by-item {@link #add} costs a cold JVM far more.
         */
        public Builder addColumns(String[] newIds, String[] newTitles, long[] starts, long[] ends, int[] groups,
                int[] colours, int importance, byte precision) {
            int n = starts.length;
            if (newIds.length != n || newTitles.length != n || ends.length != n || groups.length != n
                    || colours.length != n) {
                throw new IllegalArgumentException("columns of different lengths");
            }
            while (size + n > start.length) {
                grow();
            }
            System.arraycopy(starts, 0, start, size, n);
            System.arraycopy(ends, 0, end, size, n);
            System.arraycopy(groups, 0, group, size, n);
            System.arraycopy(newIds, 0, ids, size, n);
            System.arraycopy(newTitles, 0, titles, size, n);
            int groupCount = swimlanes.size();
            int colourCount = palette.size();
            int point = packAttrs(importance, precision, 0, 0) & 0xFF;
            int range = packAttrs(importance, precision, RANGE, 0) & 0xFF;
            for (int k = 0; k < n; k++) {
                long s = starts[k];
                long e = ends[k];
                int g = groups[k];
                int c = colours[k];
                if (e < s || g < 0 || g >= groupCount || c < -1 || c >= colourCount) {
                    throw new IllegalArgumentException("bad item " + newIds[k]);
                }
                attrs[size + k] = (e > s ? range : point) | (c + 1) << 8;
                lowest = Math.min(lowest, s);
                highest = Math.max(highest, s);
                idsAreTitles &= newIds[k] == newTitles[k];
            }
            size += n;
            return this;
        }

        private void grow() {
            int n = start.length * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            group = Arrays.copyOf(group, n);
            attrs = Arrays.copyOf(attrs, n);
            ids = Arrays.copyOf(ids, n);
            titles = Arrays.copyOf(titles, n);
            titlesZh = Arrays.copyOf(titlesZh, n);
        }

        public int size() {
            return size;
        }

        /** Sorts by swimlane, then start, then insertion order, and builds the indexes. */
        public TimelineItems build() {
            return new TimelineItems(this, sort());
        }

        /**
         * The sorted order as packed keys (swimlane, start - earliest start, position): one primitive (parallel)
         * sort of longs, no comparator, no boxing. Data whose keys do not fit in 63 bits (spans of millennia at
         * millions of items) is sorted by a comparator and packed with the swimlane and the position only.
         */
        private Sorted sort() {
            int groups = swimlanes.size();
            long lo = size == 0 ? 0 : lowest;
            long hi = size == 0 ? 0 : highest;
            int positionBits = bits(Math.max(1, size - 1));
            int groupBits = bits(Math.max(1, groups - 1));
            int startBits = bits(hi - lo);
            long[] keys = new long[size];
            if (hi - lo >= 0 && positionBits + startBits + groupBits <= 63) {
                for (int i = 0; i < size; i++) {
                    keys[i] = ((long) group[i] << (startBits + positionBits)) | ((start[i] - lo) << positionBits) | i;
                }
                if (size > 100_000) {
                    Arrays.parallelSort(keys);
                } else {
                    Arrays.sort(keys);
                }
                return new Sorted(keys, positionBits, startBits, lo);
            }
            Integer[] boxed = new Integer[size];
            for (int i = 0; i < size; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (x, y) -> group[x] != group[y] ? Integer.compare(group[x], group[y])
                    : Long.compare(start[x], start[y]));
            // Keys without the start (start bits 0): the constructor reads each start from its column instead.
            for (int k = 0; k < size; k++) {
                keys[k] = ((long) group[boxed[k]] << positionBits) | boxed[k];
            }
            return new Sorted(keys, positionBits, 0, 0);
        }

        private static int bits(long value) {
            return Math.max(1, 64 - Long.numberOfLeadingZeros(value));
        }
    }
}
