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
 */
final class QuoteSearch {

    /** Window length of the table; shorter quotes are searched with {@code indexOf}, linear for them. */
    static final int WINDOW = 12;
    /** The table holds the windows starting at every {@code STRIDE}th character. */
    static final int STRIDE = 4;
    /** Quotes at least this long can be found through the table. */
    private static final int INDEXED_LENGTH = WINDOW + STRIDE - 1;
    /** Searches before the table is built: a seed quoted once or twice is not worth indexing. */
    private static final int SEARCHES_BEFORE_INDEX = 4;

    private final String text;
    private int searches;
    /** Per bucket (a window hash masked), 1 + the number of the last window in it; 0 when empty. Null until built. */
    private int[] heads;
    /** Per window (number k starts at {@code k * STRIDE}), 1 + the number of the previous window in its bucket. */
    private int[] next;

    QuoteSearch(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** True when the quote stands somewhere in the text. */
    boolean contains(String quote) {
        return !occurrences(quote, 1).isEmpty();
    }

    /** The start offsets of the quote in the text, overlapping ones included, in order, at most {@code cap}. */
    List<Integer> occurrences(String quote, int cap) {
        int m = quote.length();
        if (m == 0 || m > text.length()) {
            return List.of();
        }
        if (m < WINDOW) {
            // indexOf costs at most text × WINDOW here: linear.
            List<Integer> starts = new ArrayList<>();
            for (int i = text.indexOf(quote); i >= 0 && starts.size() < cap; i = text.indexOf(quote, i + 1)) {
                starts.add(i);
            }
            return starts;
        }
        if (m >= INDEXED_LENGTH && heads == null && ++searches > SEARCHES_BEFORE_INDEX) {
            buildIndex();
        }
        if (m >= INDEXED_LENGTH && heads != null) {
            List<Integer> found = fromIndex(quote, cap);
            if (found != null) {
                return found;
            }
        }
        return kmp(text, quote, cap);
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
