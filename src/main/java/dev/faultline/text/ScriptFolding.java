package dev.faultline.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds text so that equal words compare equal whatever script, width or case they were written in: Traditional to
 * Simplified (ICU's {@code Traditional-Simplified} transliterator), full-width to half-width (NFKC), upper to lower
 * case, and the several middle dots of name separators ({@code ・ · • ‧}) to one.
 *
 * <p>Folding is done one UTF-16 unit at a time and never changes a string's length, so an offset into the folded text
 * is the same offset into the original: a match found in folded text can be highlighted in the source as written.
 * A character whose fold would be longer or shorter than itself is left as it is. Thread-safe.
 */
public final class ScriptFolding {

    private static final ScriptFolding INSTANCE = new ScriptFolding();

    private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
    private final Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    private final ConcurrentHashMap<Character, Character> cache = new ConcurrentHashMap<>();

    private ScriptFolding() {
    }

    /** The shared instance (the transliterator is costly to build). */
    public static ScriptFolding instance() {
        return INSTANCE;
    }

    /** The folded form of a text, of the same length. */
    public String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    /** The folded form of one UTF-16 unit (surrogates are returned as they are). */
    public char fold(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        return cache.computeIfAbsent(c, this::computeFold);
    }

    private char computeFold(char c) {
        switch (c) {
            case '・', '·', '•', '‧', '･', '∙', '⋅' -> {
                return '·';
            }
            default -> {
            }
        }
        String s = String.valueOf(c);
        String width = nfkc.normalize(s);
        if (width.length() == 1) {
            s = width;
        }
        String simplified;
        synchronized (toSimplified) {
            simplified = toSimplified.transliterate(s);
        }
        if (simplified.length() == 1) {
            s = simplified;
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        return lower.length() == 1 ? lower.charAt(0) : s.charAt(0);
    }

    /** True when the two texts fold to the same form. */
    public boolean equivalent(CharSequence a, CharSequence b) {
        return a.length() == b.length() && fold(a).equals(fold(b));
    }
}
