package dev.faultline.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every place a quote stands verbatim in one seed text, in time linear in the text and the quote whatever they
 * hold. {@code String.indexOf} is quote × text in the worst case (a 100 KB quote against a 4 MiB seed of near
 * repeats took minutes); this uses Knuth–Morris–Pratt for a single search, and once a seed has been searched a few
 * times (a model quotes most seeds many times) an index of the hashes of every {@value #WINDOW}-character window,
 * sorted, so that each further quote costs a binary search and a check of the few places that share its first window.
 * When a window is too common for that to be cheap (a seed of one repeated character), the search falls back to KMP.
 */
final class QuoteSearch {

    /** Window length of the index; shorter quotes are searched with {@code indexOf}, linear for them. */
    static final int WINDOW = 12;
    /** Searches before the index is built: a seed quoted once or twice is not worth indexing. */
    private static final int SEARCHES_BEFORE_INDEX = 4;

    private final String text;
    private int searches;
    /** (window hash << 32 | start), sorted (by hash, then start: starts are non-negative); null until built. */
    private long[] index;

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
        if (index == null && ++searches > SEARCHES_BEFORE_INDEX) {
            index = buildIndex(text);
        }
        if (index != null) {
            List<Integer> found = fromIndex(quote, cap);
            if (found != null) {
                return found;
            }
        }
        return kmp(text, quote, cap);
    }

    /** The occurrences from the index, or null when checking every candidate would cost more than a scan. */
    private List<Integer> fromIndex(String quote, int cap) {
        int hash = hash(quote, 0);
        int lo = lowerBound(index, (long) hash << 32);
        int hi = hash == Integer.MAX_VALUE ? index.length : lowerBound(index, (long) (hash + 1) << 32);
        if ((long) (hi - lo) * Math.min(quote.length(), 64) > 4L * (text.length() + quote.length())) {
            return null;
        }
        List<Integer> starts = new ArrayList<>();
        int[] positions = new int[hi - lo];
        for (int k = lo; k < hi; k++) {
            positions[k - lo] = (int) index[k];
        }
        Arrays.sort(positions);
        long checked = 0;
        for (int p : positions) {
            if (starts.size() >= cap) {
                break;
            }
            if (p + quote.length() <= text.length() && text.regionMatches(p, quote, 0, quote.length())) {
                starts.add(p);
            }
            checked += quote.length();
            if (checked > 8L * (text.length() + quote.length())) {
                return null; // many near copies of a long quote: a scan is cheaper from here
            }
        }
        return starts;
    }

    private static long[] buildIndex(String text) {
        int count = text.length() - WINDOW + 1;
        long[] entries = new long[Math.max(0, count)];
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
            if (i >= WINDOW - 1) {
                entries[i - WINDOW + 1] = ((long) h << 32) | (i - WINDOW + 1);
            }
        }
        Arrays.sort(entries);
        return entries;
    }

    /** The hash of the window at {@code from}, as {@link #buildIndex} computes it. */
    private static int hash(String s, int from) {
        int h = 0;
        for (int i = from; i < from + WINDOW; i++) {
            h = h * 31 + s.charAt(i);
        }
        return h;
    }

    /** The first index whose entry is at least {@code key} (entries sort by hash, then by start). */
    private static int lowerBound(long[] a, long key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
