package dev.faultline.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The id form of the format, and "did you mean" suggestions for misspelt names and ids. */
final class Names {

    /** Longest name a suggestion is looked for: a longer one is no typing slip, and comparing it costs too much. */
    static final int MAX_SUGGESTED_LENGTH = 100;

    private Names() {
    }

    /**
     * True for lowercase kebab-case: {@code [a-z0-9]+(-[a-z0-9]+)*}, checked by hand because the regex recurses once
     * per hyphen and overflows the stack on a long crafted id.
     */
    static boolean isId(String text) {
        if (text.isEmpty() || text.charAt(0) == '-' || text.charAt(text.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alnum = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!alnum && (c != '-' || text.charAt(i - 1) == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The candidate nearest {@code name}, without a cap on the work (a short, fixed list such as field names). */
    static Optional<String> closest(String name, Collection<String> candidates) {
        return closest(name, candidates, new WorkBudget(Long.MAX_VALUE, Long.MAX_VALUE / 4));
    }

    /**
     * The candidate nearest {@code name} by edit distance, if one is near enough to be a likely misspelling; empty for
     * a very long name, and once {@code budget} is spent.
     */
    static Optional<String> closest(String name, Collection<String> candidates, WorkBudget budget) {
        if (name.length() > MAX_SUGGESTED_LENGTH) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(1, Math.min(3, name.length() / 3));
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - name.length()) > limit) {
                continue;
            }
            if (!budget.spend((long) (name.length() + 1) * (candidate.length() + 1))) {
                return Optional.empty();
            }
            int d = distance(name, candidate);
            if (d <= limit && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Edit distance counting a swap of two neighbours as one edit (optimal string alignment), case-insensitive: "titel"
     * is one slip from "title", and a wrongly cased name is a misspelling too. Three rows, so memory grows with the
     * shorter name only.
     */
    static int distance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int n = y.length();
        int[] before = new int[n + 1];
        int[] prev = new int[n + 1];
        int[] cur = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= n; j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], before[j - 2] + 1);
                }
            }
            int[] swap = before;
            before = prev;
            prev = cur;
            cur = swap;
        }
        return prev[n];
    }
}
