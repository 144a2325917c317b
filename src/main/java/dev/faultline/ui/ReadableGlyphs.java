package dev.faultline.ui;

import java.util.function.IntPredicate;

/**
 * Source text as it is DISPLAYED where the bundled font lacks a character (the seeds' emoji): a readable stand-in of
 * the same length in UTF-16 units, so every offset into the source (anchors, selection, find, citations) still
 * points at the same place; copying still copies the original. A keycap "1️⃣" (digit, U+FE0F, U+20E3) shows as
 * "(1)"; ✨ as ☆; any other missing character as ◇ (a pair of surrogates as ◇ and a no-break space). Never a box.
 */
public final class ReadableGlyphs {

    /** Shown for a missing character; the bundled face has it. */
    static final char MISSING = '◇';
    private static final char VARIATION_SELECTOR = '\uFE0F';
    private static final char KEYCAP = '\u20E3';
    private static final char SOFT_HYPHEN = '\u00AD';

    private ReadableGlyphs() {
    }

    /** The text with the bundled font's missing characters replaced, length unchanged. */
    public static String forDisplay(String text) {
        return forDisplay(text, BundledFont.characterMap()::has);
    }

    /** The text with the characters {@code fontHas} lacks replaced, length unchanged (for tests). */
    public static String forDisplay(String text, IntPredicate fontHas) {
        if (text == null || text.isEmpty() || allShown(text, fontHas)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && i + 2 < text.length() && text.charAt(i + 1) == VARIATION_SELECTOR
                    && text.charAt(i + 2) == KEYCAP) {
                out.append('(').append(c).append(')');
                i += 3;
                continue;
            }
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (fontHas.test(cp) || Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.appendCodePoint(cp);
            } else if ((cp == VARIATION_SELECTOR || cp == 0x200D) && fontHas.test(SOFT_HYPHEN)) {
                // Invisible joiners the face lacks: an invisible stand-in, not a marker.
                out.append(SOFT_HYPHEN);
            } else if (cp == 0x2728) {
                out.append('☆');
            } else {
                out.append(MISSING);
                if (n == 2) {
                    out.append('\u00A0');
                }
            }
            i += n;
        }
        return out.toString();
    }

    private static boolean allShown(String text, IntPredicate fontHas) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!fontHas.test(cp) && !Character.isWhitespace(cp) && !Character.isISOControl(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
