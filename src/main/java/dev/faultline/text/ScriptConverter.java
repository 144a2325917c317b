package dev.faultline.text;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Converts curated Traditional Chinese (Taiwan forms) to Simplified for the 简体 UI, and finds characters that belong
 * to one script only, so that the loader can refuse a Simplified character in curated text and tests can check that
 * each UI shows one script.
 *
 * <p>Traditional to Simplified is the safe direction: many Simplified characters stand for several Traditional ones
 * (发 for 發 and 髮), so the reverse would guess. Conversion is ICU's {@code Traditional-Simplified} transform, the same
 * table that {@link ScriptFolding} folds with, so what the app converts and what search folds agree.
 *
 * <p>"Simplified-only" means: the Simplified-to-Traditional transform changes the character, and the character is not
 * in Big5 (the Traditional character set of Taiwan, as {@code x-windows-950}). The second test keeps characters that
 * are good Traditional too (里, 干, 后, 台, 面) from being called Simplified. "Traditional-only" is the mirror: the
 * Traditional-to-Simplified transform changes it. Thread-safe.
 */
public final class ScriptConverter {

    private static final ScriptConverter INSTANCE = new ScriptConverter();

    private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
    private final Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
    private final Charset big5 = Charset.forName("x-windows-950");

    private ScriptConverter() {
    }

    /** The shared instance (the transforms are costly to build). */
    public static ScriptConverter instance() {
        return INSTANCE;
    }

    /** The Simplified form of a Traditional text; text in no Chinese script comes back unchanged. */
    public String toSimplified(String traditional) {
        if (traditional == null || traditional.isEmpty() || !hasHan(traditional)) {
            return traditional;
        }
        String simplified;
        synchronized (toSimplified) {
            simplified = toSimplified.transliterate(traditional);
        }
        // Marks as the mainland writes them (GB/T 15834): the parts of a foreign name apart with the interpunct ·
        // where Taiwan writes ・ or ‧ (search folds every one of these dots to one), and quotation marks “” ‘’ where
        // Taiwan writes 「」『』. Only curated text and the interface come here; quotes keep their source's marks.
        return simplified.replace('・', '·').replace('‧', '·')
                .replace('「', '“').replace('」', '”').replace('『', '‘').replace('』', '’');
    }

    /**
     * ICU's Traditional form of a Simplified text: a suggestion for error messages only, since one Simplified
     * character may stand for several Traditional ones (发: 發, 髮).
     */
    public String toTraditional(String simplified) {
        if (simplified == null || simplified.isEmpty() || !hasHan(simplified)) {
            return simplified;
        }
        synchronized (toTraditional) {
            return toTraditional.transliterate(simplified);
        }
    }

    /** The characters of a text that only Simplified Chinese writes, in order of first appearance. */
    public Set<String> simplifiedOnly(CharSequence text) {
        // A plain loop, and a set only once one is found: the loader asks this of every curated string.
        Set<String> found = null;
        CharsetEncoder encoder = null;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp < 0x2E80 || !isHan(cp)) {
                continue; // below the CJK radicals nothing is Han
            }
            if (encoder == null) {
                encoder = big5.newEncoder();
            }
            if (isSimplifiedOnly(cp, encoder)) {
                if (found == null) {
                    found = new LinkedHashSet<>();
                }
                found.add(Character.toString(cp));
            }
        }
        return found == null ? Set.of() : found;
    }

    /** Per character of the Basic Multilingual Plane: decided yet, and if so whether it is Simplified-only. */
    private final java.util.BitSet decided = new java.util.BitSet(0x10000);
    private final java.util.BitSet simplifiedOnlyChars = new java.util.BitSet(0x10000);

    /**
     * Whether a Han character is one only Simplified writes, remembered per character: the loader asks this for
     * every character of every curated string, millions of times for a large model.
     */
    private boolean isSimplifiedOnly(int cp, CharsetEncoder encoder) {
        boolean bmp = cp < 0x10000;
        if (bmp) {
            synchronized (decided) {
                if (decided.get(cp)) {
                    return simplifiedOnlyChars.get(cp);
                }
            }
        }
        String c = Character.toString(cp);
        // The Big5 test first: it is cheap and passes nearly every character of Traditional text, so the costly
        // transliteration runs only for the few left.
        boolean answer;
        if (encoder.canEncode(c)) {
            answer = false;
        } else {
            String traditional;
            synchronized (toTraditional) {
                traditional = toTraditional.transliterate(c);
            }
            answer = !traditional.equals(c);
        }
        if (bmp) {
            synchronized (decided) {
                simplifiedOnlyChars.set(cp, answer);
                decided.set(cp);
            }
        }
        return answer;
    }

    /** The characters of a text that only Traditional Chinese writes, in order of first appearance. */
    public Set<String> traditionalOnly(CharSequence text) {
        Set<String> found = new LinkedHashSet<>();
        text.codePoints().filter(ScriptConverter::isHan).forEach(cp -> {
            String c = Character.toString(cp);
            String simplified;
            synchronized (toSimplified) {
                simplified = toSimplified.transliterate(c);
            }
            if (!simplified.equals(c)) {
                found.add(c);
            }
        });
        return found;
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(ScriptConverter::isHan);
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
