package dev.faultline.load;

import java.util.Arrays;

/**
 * The suffix array of a text (the start of every suffix, in sorted order of the suffixes, comparing UTF-16 units), by
 * prefix doubling with counting sorts: n log n time whatever the text, four ints per character while it is built and
 * one kept. {@link QuoteSearch} builds one for a seed whose quotes would otherwise cost a scan each.
 */
final class SuffixArray {

    private SuffixArray() {
    }

    static int[] of(String text) {
        int n = text.length();
        int[] sa = new int[n];
        if (n == 0) {
            return sa;
        }
        int[] rank = new int[n];
        int[] tmp = new int[n];
        int[] count = new int[Math.max(Character.MAX_VALUE + 1, n) + 1];
        for (int i = 0; i < n; i++) {
            count[text.charAt(i) + 1]++;
        }
        for (int c = 1; c < count.length; c++) {
            count[c] += count[c - 1];
        }
        for (int i = 0; i < n; i++) {
            sa[count[text.charAt(i)]++] = i;
        }
        rank[sa[0]] = 0;
        for (int i = 1; i < n; i++) {
            rank[sa[i]] = rank[sa[i - 1]] + (text.charAt(sa[i]) != text.charAt(sa[i - 1]) ? 1 : 0);
        }
        for (int k = 1; rank[sa[n - 1]] < n - 1; k <<= 1) {
            // Order by the second half's rank: the suffixes too short to have one come first, then the rest in
            // the order of their second halves, which is the current order shifted by k.
            int p = 0;
            for (int i = n - k; i < n; i++) {
                tmp[p++] = i;
            }
            for (int j = 0; j < n; j++) {
                if (sa[j] >= k) {
                    tmp[p++] = sa[j] - k;
                }
            }
            // Then, stably, by the first half's rank.
            int classes = rank[sa[n - 1]] + 1;
            Arrays.fill(count, 0, classes + 1, 0);
            for (int i = 0; i < n; i++) {
                count[rank[i] + 1]++;
            }
            for (int c = 1; c <= classes; c++) {
                count[c] += count[c - 1];
            }
            for (int j = 0; j < n; j++) {
                sa[count[rank[tmp[j]]]++] = tmp[j];
            }
            tmp[sa[0]] = 0;
            for (int i = 1; i < n; i++) {
                int prev = sa[i - 1];
                int cur = sa[i];
                boolean same = rank[prev] == rank[cur]
                        && (prev + k < n ? rank[prev + k] : -1) == (cur + k < n ? rank[cur + k] : -1);
                tmp[cur] = tmp[prev] + (same ? 0 : 1);
            }
            int[] swap = rank;
            rank = tmp;
            tmp = swap;
        }
        return sa;
    }
}
