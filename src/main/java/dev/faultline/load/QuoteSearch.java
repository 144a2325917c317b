package dev.faultline.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every place a quote stands verbatim in one seed text, in time linear in the text and the quote whatever they
 * hold. {@code String.indexOf} is quote × text in the worst case (a 100 KB quote against a 4 MiB seed of near
 * repeats took minutes); this uses Knuth–Morris–Pratt for a single search, and once a seed has been searched a few
 * times (a model quotes most seeds many times) a hash table of the {@value #WINDOW}-character windows that start at
 * every {@value #STRIDE}th character, so that each further quote costs a look at the few places that share one of
 * its first windows. When those are too many to be cheap (a seed of one repeated character), the search falls back
 * to KMP.
 *
 * <p>The table is sparse because a model of a million events quotes 44 million characters of seed: a window at every
 * character, sorted, cost 8 bytes a character and most of the load's time; this costs about 2 bytes a character and
 * no sort. An occurrence starting at {@code s} is found through the window at {@code s + j}, for the one {@code j}
 * below {@value #STRIDE} that puts it on the stride.
 *
 * <p>Scans (short quotes, and long ones whose windows are too common) are linear each, but a model may hold hundreds
 * of thousands of quotes: once the scans of one seed add up to {@value #SCAN_ALLOWANCE} times its length, the seed
 * gets a suffix array (built once, in n log n), and every later quote costs a binary search, whatever the text
 * holds. A quote found more than {@value #MAX_LISTED} times is reported as too common rather than listed.
 */
final class QuoteSearch {

    /** Window length of the table; shorter quotes are searched with {@code indexOf}, linear for them. */
    static final int WINDOW = 12;
    /** The table holds the windows starting at every {@code STRIDE}th character. */
    static final int STRIDE = 4;
    /** Quotes at least this long can be found through the table. */
    private static final int INDEXED_LENGTH = WINDOW + STRIDE - 1;
    /** Scanned characters, as a multiple of the seed's length, before the seed gets its suffix array. */
    static final int SCAN_ALLOWANCE = 16;
    /** Occurrences beyond this are not listed: a quote that common cannot say which passage it means. */
    static final int MAX_LISTED = 10_000;

    /** Where a quote occurs: the first starts in text order, or that it occurs too often to list. */
    record Found(List<Integer> starts, boolean tooCommon) {
        static final Found NONE = new Found(List.of(), false);
    }

    /** Searches before the table is built: a seed quoted once or twice is not worth indexing. */
    private static final int SEARCHES_BEFORE_INDEX = 4;

    private final String text;
    private int searches;
    /** Per bucket (a window hash masked), 1 + the number of the last window in it; 0 when empty. Null until built. */
    private int[] heads;
    /** Per window (number k starts at {@code k * STRIDE}), 1 + the number of the previous window in its bucket. */
    private int[] next;
    /** Characters scanned so far, against {@link #SCAN_ALLOWANCE}. */
    private long scanned;
    /** The seed's suffixes in sorted order; null until the scans have cost enough to build it. */
    private int[] suffixes;

    QuoteSearch(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** True when the quote stands somewhere in the text. */
    boolean contains(String quote) {
        Found found = find(quote, 1);
        return found.tooCommon() || !found.starts().isEmpty();
    }

    /**
     * The start offsets of the quote in the text, overlapping ones included, in order, at most {@code cap}. A quote
     * too common to list from the suffix array is scanned for, linear in the text.
     */
    List<Integer> occurrences(String quote, int cap) {
        Found found = find(quote, cap);
        return found.tooCommon() ? kmp(text, quote, cap) : found.starts();
    }

    /** Where the quote occurs: at most {@code cap} starts, in order, or too common to list. */
    Found find(String quote, int cap) {
        int m = quote.length();
        if (m == 0 || m > text.length()) {
            return Found.NONE;
        }
        if (suffixes != null) {
            return fromSuffixes(quote, cap);
        }
        if (m >= INDEXED_LENGTH && heads == null && ++searches > SEARCHES_BEFORE_INDEX) {
            buildIndex();
        }
        if (m >= INDEXED_LENGTH && heads != null) {
            List<Integer> found = fromIndex(quote, cap);
            if (found != null) {
                return new Found(found, false);
            }
        }
        if (scanned > (long) SCAN_ALLOWANCE * text.length()) {
            suffixes = SuffixArray.of(text);
            return fromSuffixes(quote, cap);
        }
        scanned += text.length() + (long) m;
        if (m < WINDOW) {
            // indexOf costs at most text × WINDOW here: linear.
            List<Integer> starts = new ArrayList<>();
            for (int i = text.indexOf(quote); i >= 0 && starts.size() < cap; i = text.indexOf(quote, i + 1)) {
                starts.add(i);
            }
            return new Found(starts, false);
        }
        return new Found(kmp(text, quote, cap), false);
    }

    /** The occurrences by two binary searches of the suffix array. */
    private Found fromSuffixes(String quote, int cap) {
        int lo = firstSuffix(quote, true);
        int hi = firstSuffix(quote, false);
        if (hi - lo > MAX_LISTED) {
            return new Found(List.of(), true);
        }
        int[] starts = Arrays.copyOfRange(suffixes, lo, hi);
        Arrays.sort(starts);
        List<Integer> result = new ArrayList<>(Math.min(cap, starts.length));
        for (int i = 0; i < starts.length && result.size() < cap; i++) {
            result.add(starts[i]);
        }
        return new Found(result, false);
    }

    /**
     * The first suffix (in sorted order) that starts with the quote or sorts after it ({@code orEqual}), or the first
     * that sorts after every suffix starting with it.
     */
    private int firstSuffix(String quote, boolean orEqual) {
        int lo = 0;
        int hi = suffixes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(quote, suffixes[mid]);
            if (c > 0 || !orEqual && c == 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The quote against the suffix at {@code start}: 0 when the suffix starts with the quote. */
    private int compare(String quote, int start) {
        for (int i = 0; i < quote.length(); i++) {
            if (start + i >= text.length()) {
                return 1; // the suffix is a proper prefix of the quote: it sorts first
            }
            int c = quote.charAt(i) - text.charAt(start + i);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The occurrences from the table, or null when checking every candidate would cost more than a scan. */
    private List<Integer> fromIndex(String quote, int cap) {
        int m = quote.length();
        int mask = heads.length - 1;
        long budget = 8L * (text.length() + m);
        long spent = 0;
        IntList starts = new IntList();
        for (int j = 0; j < STRIDE; j++) {
            int hash = hash(quote, j);
            for (int k = heads[hash & mask]; k != 0; k = next[k - 1]) {
                int window = (k - 1) * STRIDE;
                int start = window - j;
                spent += WINDOW;
                if (start >= 0 && start + m <= text.length() && text.regionMatches(window, quote, j, WINDOW)) {
                    spent += m;
                    if (text.regionMatches(start, quote, 0, m)) {
                        starts.add(start);
                    }
                }
                if (spent > budget) {
                    scanned += spent;
                    return null; // a window shared by much of the text: a scan is cheaper from here
                }
            }
        }
        int[] sorted = starts.sorted();
        List<Integer> result = new ArrayList<>(Math.min(cap, sorted.length));
        for (int i = 0; i < sorted.length && result.size() < cap; i++) {
            result.add(sorted[i]);
        }
        return result;
    }

    private void buildIndex() {
        int windows = text.length() < WINDOW ? 0 : (text.length() - WINDOW) / STRIDE + 1;
        int buckets = Integer.highestOneBit(Math.max(1, windows)) * 2;
        int[] bucketHeads = new int[buckets];
        int[] chain = new int[windows];
        int mask = buckets - 1;
        int h = 0;
        int power = 1;
        for (int i = 0; i < WINDOW; i++) {
            power *= 31;
        }
        for (int i = 0; i < text.length(); i++) {
            h = h * 31 + text.charAt(i);
            if (i >= WINDOW) {
                h -= power * text.charAt(i - WINDOW);
            }
            int start = i - WINDOW + 1;
            if (start >= 0 && start % STRIDE == 0) {
                int k = start / STRIDE;
                chain[k] = bucketHeads[h & mask];
                bucketHeads[h & mask] = k + 1;
            }
        }
        heads = bucketHeads;
        next = chain;
    }

    /** The hash of the window at {@code from}, as {@link #buildIndex} computes it. */
    private static int hash(String s, int from) {
        int h = 0;
        for (int i = from; i < from + WINDOW; i++) {
            h = h * 31 + s.charAt(i);
        }
        return h;
    }

    /** A growable list of ints, sorted on request (candidates come from the table in no useful order). */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] sorted() {
            int[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }

    /** Knuth–Morris–Pratt: every start of {@code quote} in {@code text}, at most {@code cap}, in text + quote steps. */
    static List<Integer> kmp(String text, String quote, int cap) {
        int m = quote.length();
        int[] border = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && quote.charAt(i) != quote.charAt(k)) {
                k = border[k - 1];
            }
            if (quote.charAt(i) == quote.charAt(k)) {
                k++;
            }
            border[i] = k;
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = 0, k = 0; i < text.length() && starts.size() < cap; i++) {
            while (k > 0 && text.charAt(i) != quote.charAt(k)) {
                k = border[k - 1];
            }
            if (text.charAt(i) == quote.charAt(k)) {
                k++;
            }
            if (k == m) {
                starts.add(i - m + 1);
                k = border[k - 1];
            }
        }
        return starts;
    }
}
