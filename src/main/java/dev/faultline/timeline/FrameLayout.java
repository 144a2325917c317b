package dev.faultline.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The layout of one frame: which items are drawn as cards (and in which lane of their band), and how the rest are
 * gathered into clusters drawn as count badges (or dots, for one item). Every item that overlaps the window is either
 * a card or counted in exactly one cluster, so the clusters add up to the events they hold.
 *
 * <p>Per band the work is bounded by what is visible plus log n. When the band's items in view, estimated from the
 * {@link DensityPyramid}, fit the card budget, they are fetched from the {@link IntervalIndex} and packed into lanes:
 * the selected event first, then by importance (dates far vaguer than the window after exact ones), then by start
 * (greedy), with level of detail: at coarse zoom only
 * important events get cards. The leftovers are counted per cell of a time grid of power-of-two cells (about
 * {@link Options#cellPixels()} wide), aligned with the pyramid's cells, so clusters stay put while panning and split
 * in two when zooming in. When there are too many items to fetch, only headline items (and the selection) are fetched
 * and the clusters come straight from the pyramid's counts: a zoomed-out frame over a million events reads a few
 * dozen cells per band.
 */
public final class FrameLayout {

    /** How a band was laid out. */
    public enum Mode {
        /** Items in view were fetched; leftovers counted from them. */
        CARDS,
        /** Too many to fetch: clusters from the pyramid's counts, cards only for headlines and the selection. */
        SUMMARY
    }

    /**
     * A band to lay out: a swimlane, how many card lanes it has, and how far from the left edge its first lane is
     * kept free (for the band's name), in pixels.
     */
    public record Band(int group, int lanes, double reserved) {

        public Band(int group, int lanes) {
            this(group, lanes, 0);
        }
    }

    /**
     * Tuning.
     *
     * @param cellPixels   the least width of a cluster cell, in pixels
     * @param cardBudget   the most items of one band fetched and packed per frame
     * @param cardGap      space kept free after a card in its lane, in pixels
     * @param maxCardWidth the widest a card can be, which bounds how far left of the window a card can start
     * @param badgeGap     space kept between two badges; closer badges merge
     */
    public record Options(double cellPixels, int cardBudget, double cardGap, double maxCardWidth, double badgeGap) {

        /**
         * A band fetches its items while at most 600 are in view: about what three lanes of cards, the overflow and
         * long ranges from the left come to when cards are a few pixels apart. Beyond that most would be clusters
         * anyway, and the pyramid draws those without touching items.
         */
        public static final Options DEFAULT = new Options(36, 600, 6, 240, 4);
    }

    /**
     * Events gathered because they are too dense to show one by one. {@code x} is where the badge is centred (the
     * mean of its events' starts, kept inside its cells and the window), {@code width} its drawn width,
     * {@code [from, to)} the time its cells cover. {@code members} lists the items when the frame fetched them, and
     * is null when the cluster came from the pyramid (ask {@link FrameLayout#members(Cluster)}).
     */
    public record Cluster(int band, int group, double x, double width, int count, long from, long to, int[] members,
            int single) {
    }

    private final TimelineItems items;
    private final TimeScale scale;
    private final List<Band> bands;
    private final Mode[] modes;
    private int cardCount;
    private int[] cardItem = new int[64];
    private int[] cardBand = new int[64];
    private int[] cardLane = new int[64];
    private double[] cardX = new double[64];
    private double[] cardBarEnd = new double[64];
    private double[] cardWidth = new double[64];
    private final List<Cluster> clusters = new ArrayList<>();
    /** Per band, the card items sorted, to leave them out of a pyramid cluster's members. */
    private final int[][] bandCards;

    private FrameLayout(TimelineItems items, TimeScale scale, List<Band> bands) {
        this.items = items;
        this.scale = scale;
        this.bands = List.copyOf(bands);
        this.modes = new Mode[bands.size()];
        this.bandCards = new int[bands.size()][];
    }

    /** The importance an event needs to get a card at a zoom, unless it is selected: detail fades as one zooms out. */
    public static int cardImportanceFloor(double msPerPixel) {
        double days = msPerPixel / TimeScale.DAY;
        if (days <= 0.5) {
            return 1;
        } else if (days <= 1.5) {
            return 2;
        } else if (days <= 4) {
            return 3;
        }
        return 4;
    }

    /**
     * Lays out a frame.
     *
     * @param cardWidth    the width in pixels of an item's card (its text and padding)
     * @param clusterWidth the width in pixels of a cluster's badge for a count (a dot for 1)
     * @param selected     the items of the selected event (several when it shows in several lanes), sorted
     */
    public static FrameLayout compute(TimelineItems items, TimeScale scale, List<Band> bands,
            IntToDoubleFunction cardWidth, IntToDoubleFunction clusterWidth, int[] selected, Options options) {
        FrameLayout layout = new FrameLayout(items, scale, bands);
        Work work = new Work();
        for (int b = 0; b < bands.size(); b++) {
            layout.layBand(b, bands.get(b), cardWidth, clusterWidth, selected == null ? new int[0] : selected,
                    options, work);
        }
        return layout;
    }

    /** Scratch space reused across bands of a frame. */
    private static final class Work {
        final IntList candidates = new IntList(256);
        final LanePacker packer = new LanePacker();
        long[] keys = new long[256];
    }

    private void layBand(int b, Band band, IntToDoubleFunction cardWidth, IntToDoubleFunction clusterWidth,
            int[] selected, Options options, Work work) {
        int g = band.group();
        double ms = scale.msPerPixel();
        long a = (long) Math.floor(scale.start());
        long bEnd = (long) Math.ceil(scale.end());
        long lookback = (long) Math.ceil(options.maxCardWidth() * ms);
        DensityPyramid pyramid = items.pyramid();

        double cellMillis = options.cellPixels() * ms;
        int estimateLevel = pyramid.levelFor(cellMillis);
        long estimate = pyramid.count(g, estimateLevel, pyramid.cellOf(estimateLevel, a - lookback),
                pyramid.cellOf(estimateLevel, bEnd));
        Mode mode = estimate <= options.cardBudget() ? Mode.CARDS : Mode.SUMMARY;
        modes[b] = mode;

        IntList candidates = work.candidates;
        candidates.clear();
        if (mode == Mode.CARDS) {
            items.index().query(g, a - lookback, bEnd, candidates);
        } else {
            DensityPyramid headlines = items.headlinePyramid();
            if (headlines != null) {
                int level = headlines.levelFor(cellMillis);
                long few = headlines.count(g, level, headlines.cellOf(level, a - lookback),
                        headlines.cellOf(level, bEnd));
                if (few <= options.cardBudget()) {
                    items.headlineIndex().query(g, a - lookback, bEnd, candidates);
                }
            }
            for (int s : selected) {
                if (items.group(s) == g && items.start(s) < bEnd && items.effectiveEnd(s) > a - lookback
                        && !contains(candidates, s)) {
                    candidates.add(s);
                }
            }
        }

        // Priority order: selected, then matching before dimmed, then importance, then start (greedy by start).
        int k = candidates.size();
        if (work.keys.length < k) {
            work.keys = new long[Math.max(k, work.keys.length * 2)];
        }
        long[] keys = work.keys;
        long base = a - lookback;
        long span = Math.max(1, bEnd - base);
        int coarsen = Math.max(0, 64 - Long.numberOfLeadingZeros(span) - 37);
        double window = scale.span();
        for (int p = 0; p < k; p++) {
            int i = candidates.get(p);
            long tier = Arrays.binarySearch(selected, i) >= 0 ? 0
                    : 1 + (items.isDimmed(i) ? 6 : 0) + (5 - items.importance(i));
            // Within an importance, a date known only to the month or year that spans far more than the window
            // says little at this zoom: it yields its lane to exact ones.
            byte precision = items.precision(i);
            long vague = (precision == TimelineItems.MONTH || precision == TimelineItems.YEAR)
                    && items.end(i) - items.start(i) > 2 * window ? 1 : 0;
            long when = Math.max(0, Math.min(span, items.start(i) - base)) >> coarsen;
            keys[p] = (tier << 59) | (vague << 58) | (when << 21) | p;
        }
        Arrays.sort(keys, 0, k);

        int floor = cardImportanceFloor(ms);
        LanePacker packer = work.packer;
        packer.reset(band.lanes());
        if (band.reserved() > 0 && band.lanes() > 0) {
            packer.placeIn(0, Double.NEGATIVE_INFINITY, band.reserved());
        }
        IntList leftovers = new IntList(Math.max(16, k / 2));
        IntList placed = new IntList(64);
        double width = scale.width();
        for (int p = 0; p < k; p++) {
            int i = candidates.get((int) (keys[p] & ((1 << 21) - 1)));
            boolean inWindow = items.start(i) < bEnd && items.effectiveEnd(i) > a;
            double x0 = scale.toX(items.start(i));
            double xEnd = Math.max(x0, scale.toX(items.effectiveEnd(i)));
            double w = cardWidth.applyAsDouble(i);
            double right = Math.max(xEnd, x0 + w);
            boolean cardVisible = right > 0 && x0 < width;
            boolean eligible = (keys[p] >>> 59) == 0 || items.importance(i) >= floor;
            int lane = -1;
            if (cardVisible && eligible) {
                lane = packer.place(x0, right + options.cardGap());
            }
            if (lane >= 0) {
                addCard(i, b, lane, x0, xEnd, w);
                placed.add(i);
            } else if (inWindow) {
                leftovers.add(i);
            }
        }
        int[] cardsOfBand = placed.toArray();
        Arrays.sort(cardsOfBand);
        bandCards[b] = cardsOfBand;

        List<Cluster> bandClusters = mode == Mode.CARDS
                ? cellsFromItems(b, g, leftovers, pyramid, cellMillis, a, bEnd, clusterWidth)
                : cellsFromPyramid(b, g, cardsOfBand, pyramid, cellMillis, a, bEnd, clusterWidth);
        clusters.addAll(merge(bandClusters, clusterWidth, options.badgeGap()));
    }

    private static boolean contains(IntList list, int value) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == value) {
                return true;
            }
        }
        return false;
    }

    /** The grid shift for cells at least {@code cellMillis} wide: a power of two, aligned with the pyramid. */
    private static int gridShift(double cellMillis) {
        int shift = 0;
        while (shift < 62 && (1L << shift) < cellMillis) {
            shift++;
        }
        return shift;
    }

    private List<Cluster> cellsFromItems(int b, int g, IntList leftovers, DensityPyramid pyramid, double cellMillis,
            long a, long bEnd, IntToDoubleFunction clusterWidth) {
        List<Cluster> out = new ArrayList<>();
        if (leftovers.isEmpty()) {
            return out;
        }
        int shift = gridShift(cellMillis);
        long origin = pyramid.origin();
        long first = (a - origin) >> shift;
        long last = (bEnd - 1 - origin) >> shift;
        int cells = (int) Math.min(Integer.MAX_VALUE - 8, last - first + 1);
        int[] count = new int[cells];
        double[] sumX = new double[cells];
        IntList[] members = new IntList[cells];
        for (int p = 0; p < leftovers.size(); p++) {
            int i = leftovers.get(p);
            long t = Math.max(items.start(i), a);
            int cell = (int) (((t - origin) >> shift) - first);
            if (cell < 0 || cell >= cells) {
                continue;
            }
            count[cell]++;
            sumX[cell] += scale.toX(t);
            if (members[cell] == null) {
                members[cell] = new IntList(4);
            }
            members[cell].add(i);
        }
        for (int c = 0; c < cells; c++) {
            if (count[c] == 0) {
                continue;
            }
            long from = origin + ((first + c) << shift);
            long to = from + (1L << shift);
            double x = clampX(sumX[c] / count[c], from, to);
            int[] list = members[c].toArray();
            out.add(new Cluster(b, g, x, clusterWidth.applyAsDouble(count[c]), count[c], from, to, list,
                    count[c] == 1 ? list[0] : -1));
        }
        return out;
    }

    private List<Cluster> cellsFromPyramid(int b, int g, int[] cards, DensityPyramid pyramid, double cellMillis,
            long a, long bEnd, IntToDoubleFunction clusterWidth) {
        List<Cluster> out = new ArrayList<>();
        int level = pyramid.levelFor(cellMillis);
        long first = pyramid.cellOf(level, a);
        long last = pyramid.cellOf(level, bEnd - 1);
        long origin = pyramid.origin();
        for (long c = first; c <= last; c++) {
            int n = pyramid.count(g, level, c);
            if (n == 0) {
                continue;
            }
            long sum = pyramid.offsetSum(g, level, c);
            long from = pyramid.cellStart(level, c);
            long to = from + pyramid.cellWidth(level);
            for (int i : cards) {
                if (items.start(i) >= from && items.start(i) < to) {
                    n--;
                    sum -= items.start(i) - origin;
                }
            }
            if (n <= 0) {
                continue;
            }
            double x = clampX(scale.toX(origin + (double) sum / n), from, to);
            int single = -1;
            if (n == 1) {
                for (int i : items.startingIn(g, from, to)) {
                    if (Arrays.binarySearch(cards, i) < 0) {
                        single = i;
                        break;
                    }
                }
            }
            out.add(new Cluster(b, g, x, clusterWidth.applyAsDouble(n), n, from, to, null, single));
        }
        return out;
    }

    /** Keeps a badge within its cells and on screen. */
    private double clampX(double x, long from, long to) {
        double lo = Math.max(0, scale.toX(from));
        double hi = Math.min(scale.width(), scale.toX(to));
        return lo > hi ? x : Math.max(lo, Math.min(hi, x));
    }

    /** Merges neighbouring badges that would overlap, left to right; counts and members add up. */
    /**
     * Merges badges that would touch. Positions are first kept on screen (a badge for events that began left of the
     * window sits whole at its left edge), so the badges compared are where they will be drawn: two clamped to the
     * same edge merge rather than overlap.
     */
    private List<Cluster> merge(List<Cluster> cells, IntToDoubleFunction clusterWidth, double gap) {
        List<Cluster> out = new ArrayList<>(cells.size());
        for (Cluster c : cells) {
            Cluster current = onScreen(c);
            while (!out.isEmpty()) {
                Cluster prev = out.get(out.size() - 1);
                if (prev.x() + prev.width() / 2 + gap <= current.x() - current.width() / 2) {
                    break;
                }
                out.remove(out.size() - 1);
                int count = prev.count() + current.count();
                double x = (prev.x() * prev.count() + current.x() * current.count()) / count;
                int[] members = prev.members() != null && current.members() != null
                        ? concat(prev.members(), current.members()) : null;
                current = onScreen(new Cluster(prev.band(), prev.group(), x, clusterWidth.applyAsDouble(count),
                        count, Math.min(prev.from(), current.from()), Math.max(prev.to(), current.to()), members,
                        -1));
            }
            out.add(current);
        }
        return out;
    }

    /** The cluster with its badge's centre moved, if needed, so the whole badge is on screen with a pixel to spare. */
    private Cluster onScreen(Cluster c) {
        double half = c.width() / 2;
        double x = Math.max(half + 1, Math.min(scale.width() - half - 1, c.x()));
        return x == c.x() ? c : new Cluster(c.band(), c.group(), x, c.width(), c.count(), c.from(), c.to(), c.members(),
                c.single());
    }

    private static int[] concat(int[] x, int[] y) {
        int[] out = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }

    private void addCard(int item, int band, int lane, double x, double barEnd, double w) {
        if (cardCount == cardItem.length) {
            int n = cardCount * 2;
            cardItem = Arrays.copyOf(cardItem, n);
            cardBand = Arrays.copyOf(cardBand, n);
            cardLane = Arrays.copyOf(cardLane, n);
            cardX = Arrays.copyOf(cardX, n);
            cardBarEnd = Arrays.copyOf(cardBarEnd, n);
            cardWidth = Arrays.copyOf(cardWidth, n);
        }
        cardItem[cardCount] = item;
        cardBand[cardCount] = band;
        cardLane[cardCount] = lane;
        cardX[cardCount] = x;
        cardBarEnd[cardCount] = barEnd;
        cardWidth[cardCount] = w;
        cardCount++;
    }

    /** The items of a cluster, in start order for pyramid clusters. */
    public int[] members(Cluster cluster) {
        if (cluster.members() != null) {
            return cluster.members().clone();
        }
        int[] cards = bandCards[cluster.band()];
        IntList out = new IntList(Math.min(cluster.count(), 1 << 16));
        int g = cluster.group();
        int from = items.firstStartingAtOrAfter(g, cluster.from());
        int to = items.firstStartingAtOrAfter(g, cluster.to());
        for (int i = from; i < to; i++) {
            if (Arrays.binarySearch(cards, i) < 0) {
                out.add(i);
            }
        }
        return out.toArray();
    }

    public TimelineItems items() {
        return items;
    }

    public TimeScale scale() {
        return scale;
    }

    public List<Band> bands() {
        return bands;
    }

    /** How band {@code b} was laid out. */
    public Mode mode(int b) {
        return modes[b];
    }

    public int cardCount() {
        return cardCount;
    }

    /** The item of card {@code k}. */
    public int cardItem(int k) {
        return cardItem[k];
    }

    /** The index (in {@link #bands()}) of the band of card {@code k}. */
    public int cardBand(int k) {
        return cardBand[k];
    }

    public int cardLane(int k) {
        return cardLane[k];
    }

    /** The x of the card's event start; the card body starts here. */
    public double cardX(int k) {
        return cardX[k];
    }

    /** The x of the card's event end (equal to {@link #cardX} for an instant narrower than a pixel). */
    public double cardBarEnd(int k) {
        return cardBarEnd[k];
    }

    /** The width of the card's body. */
    public double cardWidth(int k) {
        return cardWidth[k];
    }

    /** The right edge of what the card occupies in its lane: the end of its bar or of its body. */
    public double cardRight(int k) {
        return Math.max(cardBarEnd[k], cardX[k] + cardWidth[k]);
    }

    /** Every cluster, band by band, left to right within a band. */
    public List<Cluster> clusters() {
        return clusters;
    }
}
