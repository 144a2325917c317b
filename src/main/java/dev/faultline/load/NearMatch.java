package dev.faultline.load;

import dev.faultline.text.Printable;
import dev.faultline.text.ScriptFolding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The passage of a text nearest to a quote that does not occur in it, and what sets the two apart. A quote that
 * fails to anchor is nearly always a copy with one thing changed: full-width punctuation typed as half-width, a
 * character converted between Traditional and Simplified script, a space or line break lost.
 *
 * <p>The passage is found with Sellers' approximate substring match (edit distance, with the passage free to start
 * anywhere), which costs quote length × text length: fine for seed texts of tens of thousands of characters. For a
 * larger text it runs only around the few windows that share the most character pairs with the quote.
 */
record NearMatch(int start, int end, int distance) {

    /** Longest quote worth searching for: beyond it, no near match is reported. */
    static final int MAX_QUOTE = 2000;
    private static final long FULL_SEARCH_BUDGET = 20_000_000L;
    private static final int CANDIDATE_WINDOWS = 6;

    /** What sets a stretch of the quote apart from the seed, in the order messages list them. */
    enum Difference {
        WIDTH("full-width vs half-width punctuation"),
        SCRIPT("Traditional vs Simplified characters"),
        PUNCTUATION("different punctuation"),
        SPACE("white space or line breaks"),
        WORDING("different wording");

        final String description;

        Difference(String description) {
            this.description = description;
        }
    }

    /** One stretch where quote and passage differ. */
    record Hunk(String inQuote, String inSeed, Difference kind) {
    }

    /** Roughly how many steps {@link #find} takes, for {@link WorkBudget}. */
    static long cost(String text, String quote) {
        long full = (long) quote.length() * text.length();
        return full <= FULL_SEARCH_BUDGET ? full
                : 4L * text.length() + (long) CANDIDATE_WINDOWS * 3 * quote.length() * quote.length()
                        + (long) CANDIDATE_WINDOWS * text.length();
    }

    static Optional<NearMatch> find(String text, String quote) {
        if (quote.isEmpty() || text.isEmpty() || quote.length() > MAX_QUOTE) {
            return Optional.empty();
        }
        if ((long) quote.length() * text.length() <= FULL_SEARCH_BUDGET) {
            return Optional.of(sellers(text, quote, 0, text.length()));
        }
        NearMatch best = null;
        for (int windowStart : candidateWindows(text, quote)) {
            int from = Math.max(0, windowStart - quote.length());
            int to = Math.min(text.length(), windowStart + 2 * quote.length());
            NearMatch m = sellers(text, quote, from, to);
            if (best == null || m.distance < best.distance) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Edit distance of the quote to its best-matching substring of {@code text[from, to)}. */
    private static NearMatch sellers(String text, String quote, int from, int to) {
        int m = quote.length();
        int[] prev = new int[m + 1];
        int[] prevStart = new int[m + 1];
        int[] cur = new int[m + 1];
        int[] curStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prev[i] = i;
            prevStart[i] = from;
        }
        int bestDistance = prev[m];
        int bestStart = from;
        int bestEnd = from;
        for (int j = from; j < to; j++) {
            char t = text.charAt(j);
            cur[0] = 0;
            curStart[0] = j + 1;
            for (int i = 1; i <= m; i++) {
                int diagonal = prev[i - 1] + (quote.charAt(i - 1) == t ? 0 : 1);
                int skipText = prev[i] + 1;
                int skipQuote = cur[i - 1] + 1;
                if (diagonal <= skipText && diagonal <= skipQuote) {
                    cur[i] = diagonal;
                    curStart[i] = prevStart[i - 1];
                } else if (skipText <= skipQuote) {
                    cur[i] = skipText;
                    curStart[i] = prevStart[i];
                } else {
                    cur[i] = skipQuote;
                    curStart[i] = curStart[i - 1];
                }
            }
            // On a tie prefer the passage whose length is nearest the quote's: a changed last character is likelier
            // than a dropped one.
            if (cur[m] < bestDistance || cur[m] == bestDistance
                    && Math.abs(j + 1 - curStart[m] - m) < Math.abs(bestEnd - bestStart - m)) {
                bestDistance = cur[m];
                bestStart = curStart[m];
                bestEnd = j + 1;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
            swap = prevStart;
            prevStart = curStart;
            curStart = swap;
        }
        return new NearMatch(bestStart, bestEnd, bestDistance);
    }

    /** Starts of the windows of quote length that share the most character pairs with the quote. */
    private static List<Integer> candidateWindows(String text, String quote) {
        Set<Integer> pairs = new HashSet<>();
        for (int i = 0; i + 1 < quote.length(); i++) {
            pairs.add(quote.charAt(i) << 16 | quote.charAt(i + 1));
        }
        int n = text.length();
        int w = quote.length();
        int[] hits = new int[n];
        for (int j = 0; j + 1 < n; j++) {
            hits[j] = pairs.contains(text.charAt(j) << 16 | text.charAt(j + 1)) ? 1 : 0;
        }
        int[] score = new int[Math.max(1, n - w + 1)];
        int sum = 0;
        for (int j = 0; j < Math.min(w, n); j++) {
            sum += hits[j];
        }
        score[0] = sum;
        for (int j = 1; j + w <= n; j++) {
            sum += hits[j + w - 1] - hits[j - 1];
            score[j] = sum;
        }
        List<Integer> chosen = new ArrayList<>();
        boolean[] taken = new boolean[score.length];
        for (int k = 0; k < CANDIDATE_WINDOWS; k++) {
            int best = -1;
            for (int j = 0; j < score.length; j++) {
                if (!taken[j] && (best < 0 || score[j] > score[best])) {
                    best = j;
                }
            }
            if (best < 0) {
                break;
            }
            chosen.add(best);
            for (int j = Math.max(0, best - w); j < Math.min(score.length, best + w); j++) {
                taken[j] = true;
            }
        }
        return chosen;
    }

    /**
     * The stretches where {@code quote} and {@code passage} differ, from an optimal alignment; empty when they are too
     * long to align cheaply.
     */
    static List<Hunk> differences(String quote, String passage) {
        int m = quote.length();
        int n = passage.length();
        if ((long) (m + 1) * (n + 1) > 4_000_000L) {
            return List.of();
        }
        int[][] d = new int[m + 1][n + 1];
        for (int i = 0; i <= m; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= n; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                int cost = quote.charAt(i - 1) == passage.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        // Walk back from the end, gathering runs of edits into hunks.
        List<Hunk> hunks = new ArrayList<>();
        StringBuilder q = new StringBuilder();
        StringBuilder s = new StringBuilder();
        int i = m;
        int j = n;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && quote.charAt(i - 1) == passage.charAt(j - 1) && d[i][j] == d[i - 1][j - 1]) {
                flush(hunks, q, s);
                i--;
                j--;
            } else if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + 1) {
                q.append(quote.charAt(--i));
                s.append(passage.charAt(--j));
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                q.append(quote.charAt(--i));
            } else {
                s.append(passage.charAt(--j));
            }
        }
        flush(hunks, q, s);
        Collections.reverse(hunks);
        return hunks;
    }

    private static void flush(List<Hunk> hunks, StringBuilder q, StringBuilder s) {
        if (q.isEmpty() && s.isEmpty()) {
            return;
        }
        String inQuote = q.reverse().toString();
        String inSeed = s.reverse().toString();
        hunks.add(new Hunk(inQuote, inSeed, classify(inQuote, inSeed)));
        q.setLength(0);
        s.setLength(0);
    }

    static Difference classify(String inQuote, String inSeed) {
        if (inQuote.strip().isEmpty() && inSeed.strip().isEmpty()
                || inQuote.replaceAll("\\s", "").equals(inSeed.replaceAll("\\s", ""))) {
            return Difference.SPACE;
        }
        if (inQuote.length() != inSeed.length()) {
            return Difference.WORDING;
        }
        Difference kind = null;
        for (int k = 0; k < inQuote.length(); k++) {
            Difference pair = classify(inQuote.charAt(k), inSeed.charAt(k));
            if (kind != null && pair != kind) {
                return Difference.WORDING;
            }
            kind = pair;
        }
        return kind;
    }

    private static Difference classify(char a, char b) {
        if (halfWidth(a) == halfWidth(b)) {
            return Difference.WIDTH;
        }
        if (isPunctuation(a) && isPunctuation(b)) {
            return Difference.PUNCTUATION;
        }
        if (Character.UnicodeScript.of(a) == Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(b) == Character.UnicodeScript.HAN
                && ScriptFolding.instance().fold(a) == ScriptFolding.instance().fold(b)) {
            return Difference.SCRIPT;
        }
        return Difference.WORDING;
    }

    /** The half-width (ASCII) form of a full-width character, or the character itself. */
    static char halfWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.MATH_SYMBOL && c < 0x80;
    }

    /** A one-line summary of how the quote differs from the passage: kinds, counts and a first example of each. */
    static String explain(String quote, String passage) {
        List<Hunk> hunks = differences(quote, passage);
        if (hunks.isEmpty()) {
            return "";
        }
        Map<Difference, List<Hunk>> byKind = new EnumMap<>(Difference.class);
        for (Hunk h : hunks) {
            byKind.computeIfAbsent(h.kind(), k -> new ArrayList<>()).add(h);
        }
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, list) -> {
            Hunk first = list.get(0);
            String example;
            if (first.inSeed().isEmpty()) {
                example = "the quote has " + shown(first.inQuote(), 40) + " that the seed lacks";
            } else if (first.inQuote().isEmpty()) {
                example = "the seed has " + shown(first.inSeed(), 40) + " that the quote lacks";
            } else {
                example = "the quote has " + shown(first.inQuote(), 40) + " where the seed has "
                        + shown(first.inSeed(), 40);
            }
            parts.add(kind.description + " (" + example
                    + (list.size() > 1 ? ", and " + (list.size() - 1) + " more" : "") + ")");
        });
        return String.join("; ", parts);
    }

    /** Text quoted for a one-line message: control characters escaped, long text cut with an ellipsis. */
    static String shown(String text, int max) {
        return Printable.quoted(text, max);
    }
}
