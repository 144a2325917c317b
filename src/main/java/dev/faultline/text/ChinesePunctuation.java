package dev.faultline.text;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Punctuation in Chinese text: Chinese prose, as written in Taiwan, takes full-width marks ({@code ，：；？！（）}), and
 * a half-width comma or colon between hanzi is a typing slip a reader sees at once. This finds such marks and makes
 * them full width. A mark is in Chinese text when, on either side, a hanzi or a Chinese mark comes before any other
 * mark or bracket: the Latin words and numbers between belong to a Chinese clause ({@code CEO;2023年}). A pair of
 * brackets turns together, and bounds a clause ({@code （Karen Hao, Empire of AI）} keeps its inner comma, which is
 * between Latin words). Numbers ({@code 1,500}, {@code 12:47}) and addresses keep their marks. Only curated text is
 * meant: quotes keep their source's punctuation, and so do a source's words quoted in curated text between 「」.
 */
public final class ChinesePunctuation {

    private static final String HALF = ",:;?!()";
    private static final String FULL = "，：；？！（）";

    private ChinesePunctuation() {
    }

    /** Whether a character makes the text around it Chinese: a hanzi, or a CJK or full-width mark. */
    static boolean chinese(int c) {
        return c >= 0 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                || c == 0x30FB || c == 0x2026 || c == 0x2014;
    }

    /** The index of the first half-width mark in Chinese text, or -1. */
    public static int firstHalfWidth(String s) {
        boolean[] marks = halfWidthMarks(s);
        for (int i = 0; i < marks.length; i++) {
            if (marks[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The text with every half-width mark in Chinese text made full width, and the spaces around it dropped. */
    public static String toFullWidth(String s) {
        // Again until nothing changes: a mark made full width is Chinese context for a half-width one beside it.
        String before = s;
        for (int pass = 0; pass < 8; pass++) {
            String after = onePass(before);
            if (after.equals(before)) {
                return after;
            }
            before = after;
        }
        return before;
    }

    private static String onePass(String s) {
        boolean[] marks = halfWidthMarks(s);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (marks[i]) {
                while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                out.append(FULL.charAt(HALF.indexOf(c)));
                while (i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean[] halfWidthMarks(String s) {
        boolean[] marks = new boolean[s.length()];
        Deque<Integer> open = new ArrayDeque<>();
        int quoted = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '「' || c == '『') {
                quoted++;
            } else if ((c == '」' || c == '』') && quoted > 0) {
                quoted--;
            }
            // Inside 「」 the text is a source's words, with the source's punctuation.
            if (quoted > 0 || HALF.indexOf(c) < 0 || number(s, i) || (c == ':' && s.startsWith("//", i + 1))) {
                continue;
            }
            boolean chineseBeside = chineseTowards(s, i, -1) || chineseTowards(s, i, +1);
            if (c == '(') {
                open.push(i);
                marks[i] = chineseBeside;
            } else if (c == ')') {
                if (open.isEmpty()) {
                    marks[i] = chineseBeside;
                } else {
                    int o = open.pop();
                    boolean pair = chineseBeside || marks[o];
                    marks[o] = pair;
                    marks[i] = pair;
                }
            } else {
                marks[i] = chineseBeside;
            }
        }
        return marks;
    }

    /**
     * A thousands comma ("1,500": three digits after it) or a clock's colon ("12:47": one or two digits before it,
     * two after) belongs to its number; a comma or colon after a source's key ("001,2024年", "003:500位") does not.
     */
    private static boolean number(String s, int i) {
        char c = s.charAt(i);
        if ((c != ',' && c != ':') || i == 0 || !Character.isDigit(s.charAt(i - 1))) {
            return false;
        }
        int after = 0;
        while (i + 1 + after < s.length() && Character.isDigit(s.charAt(i + 1 + after))) {
            after++;
        }
        if (c == ',') {
            return after == 3;
        }
        int before = 0;
        while (i - 1 - before >= 0 && Character.isDigit(s.charAt(i - 1 - before))) {
            before++;
        }
        return after == 2 && before <= 2;
    }

    /**
     * Whether the first hanzi or Chinese mark before ({@code -1}) or after ({@code +1}) index i comes before any
     * other half-width mark, quote or bracket: the Latin words, numbers and spaces between are part of a Chinese
     * clause ("CEO;2023年" is in one, "Karen Hao, Empire" is not).
     */
    private static boolean chineseTowards(String s, int i, int step) {
        for (int k = i + step; k >= 0 && k < s.length(); k += step) {
            char c = s.charAt(k);
            if (Character.isSurrogate(c)) {
                continue;
            }
            // Brackets bound a clause whichever their width: the Latin inside （Karen Hao, Empire of AI） is not
            // Chinese for being bracketed in Chinese text.
            if ((HALF.indexOf(c) >= 0 && !number(s, k)) || "\"[]{}<>（）".indexOf(c) >= 0) {
                return false;
            }
            if (chinese(c)) {
                return true;
            }
        }
        return false;
    }
}
