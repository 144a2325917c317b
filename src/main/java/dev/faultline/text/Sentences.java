package dev.faultline.text;

import dev.faultline.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences, simply and predictably, for coverage counts. A sentence ends at a line break; after a
 * Chinese terminator 。！？; or after an ASCII {@code . ! ?} that is followed by white space, the end of the text or a
 * non-ASCII character (the half-width reprints write "生效!" and "是谁?能"), so "3.5", "openai.com" and "![image]"
 * do not split. Closing quotes and brackets after a terminator stay with its sentence. Each sentence is trimmed of
 * white space, and a fragment with no letter (Han characters are letters) is not a sentence: "2023", "***", "—".
 */
public final class Sentences {

    private static final String TERMINATORS = "。！？";
    private static final String ASCII_TERMINATORS = ".!?";
    private static final String CLOSERS = "”’」』）》〉】\"')]";

    private Sentences() {
    }

    /** The sentences of {@code text[from, to)}, as ranges into {@code text}, in order. */
    public static List<TextRange> split(String text, int from, int to) {
        List<TextRange> sentences = new ArrayList<>();
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\n' || c == '\r') {
                end = i;
            } else if (TERMINATORS.indexOf(c) >= 0 || ASCII_TERMINATORS.indexOf(c) >= 0 && endsAscii(text, i, to)) {
                end = i + 1;
                while (end < to && (CLOSERS.indexOf(text.charAt(end)) >= 0 || TERMINATORS.indexOf(text.charAt(end)) >= 0
                        || ASCII_TERMINATORS.indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
            }
            if (end < 0) {
                i++;
                continue;
            }
            add(text, start, end, sentences);
            start = end;
            i = Math.max(end, i + 1);
        }
        add(text, start, to, sentences);
        return sentences;
    }

    /** Whether an ASCII terminator at {@code i} ends a sentence: white space, the end, or a non-ASCII character next. */
    private static boolean endsAscii(String text, int i, int to) {
        int next = i + 1;
        while (next < to && (CLOSERS.indexOf(text.charAt(next)) >= 0
                || ASCII_TERMINATORS.indexOf(text.charAt(next)) >= 0)) {
            next++;
        }
        if (next >= to) {
            return true;
        }
        char n = text.charAt(next);
        return Character.isWhitespace(n) || n > 0x7F;
    }

    private static void add(String text, int start, int end, List<TextRange> sentences) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                sentences.add(new TextRange(start, end));
                return;
            }
            i += Character.charCount(cp);
        }
    }
}
