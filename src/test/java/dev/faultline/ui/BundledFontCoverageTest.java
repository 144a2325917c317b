package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A glyph missing from the bundled subset silently vanishes on a machine without CJK fonts, so every character the app
 * can show from its own files must be in the subset's character map. Reads the font's cmap table directly.
 */
class BundledFontCoverageTest {

    private static final Path FONT = Path.of("assets/fonts/FaultlineCJK-Regular.otf");
    /** Emoji and emoji modifiers in the seeds that no CJK text face has; JavaFX falls back for these. */
    private static final String KNOWN_ABSENT_FROM_SEEDS = "\u2728\u20E3\uFE0F\uD83E\uDDED";

    private static BitSet cmap;

    @BeforeAll
    static void readCharacterMap() throws IOException {
        cmap = characterMap(ByteBuffer.wrap(Files.readAllBytes(FONT)));
    }

    @Test
    void theFontFileIsTheRenamedSubsetAndSmall() throws IOException {
        assertThat(Files.size(FONT)).isLessThan(10L * 1024 * 1024);
        String bytes = new String(Files.readAllBytes(FONT), StandardCharsets.ISO_8859_1);
        assertThat(bytes).contains("FaultlineCJK-Regular");
        // The map reader can say no as well as yes: the compass emoji of a seed is not in a CJK text face.
        assertThat(cmap.get('奧')).isTrue();
        assertThat(cmap.get(0x1F9ED)).isFalse();
    }

    @Test
    void everyCharacterOfTheUiStringsIsInTheFont() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties props = new Properties();
                try (var reader = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    props.load(reader);
                }
                props.values().forEach(v -> all.append(v));
            }
        }
        assertThat(all).isNotEmpty();
        assertThat(missing(all.toString(), "")).as("UI characters missing from the font").isEmpty();
    }

    @Test
    void everyCharacterOfTheShippedModelIsInTheFont() throws IOException {
        String model = Files.readString(Path.of("assets/model/openai-crisis.json"));
        // The model quotes the seeds verbatim, emoji included; anything else it says must be in the font.
        assertThat(missing(model, KNOWN_ABSENT_FROM_SEEDS)).as("model characters missing from the font").isEmpty();
    }

    @Test
    void everyCharacterOfTheSeedsIsInTheFontButTheirEmoji() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                all.append(Files.readString(p));
            }
        }
        assertThat(missing(all.toString(), KNOWN_ABSENT_FROM_SEEDS)).as("seed characters missing from the font")
                .isEmpty();
    }

    @Test
    void theCommonTraditionalAndSimplifiedSetsAreCovered() {
        // Spot checks across Big5 level 1 and GB2312: characters a person is likely to type in the search box.
        String typed = "奥奧特曼蘇苏茨克維维董事會会辭辞職职聯联創创始员員發发佈布謝谢謝龜龟鬱郁";
        assertThat(missing(typed, "")).isEmpty();
    }

    private static List<String> missing(String text, String allowedAbsent) {
        TreeSet<String> absent = new TreeSet<>();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                .filter(cp -> allowedAbsent.indexOf(cp) < 0)
                .filter(cp -> !cmap.get(cp))
                .forEach(cp -> absent.add(new String(Character.toChars(cp)) + " U+" + Integer.toHexString(cp)));
        return List.copyOf(absent);
    }

    /** Code points mapped by the font's Unicode cmap subtables (formats 4 and 12). */
    static BitSet characterMap(ByteBuffer font) {
        int numTables = Short.toUnsignedInt(font.getShort(4));
        int cmapOffset = -1;
        for (int i = 0; i < numTables; i++) {
            int record = 12 + 16 * i;
            String tag = new String(new byte[] {font.get(record), font.get(record + 1), font.get(record + 2),
                    font.get(record + 3)}, StandardCharsets.US_ASCII);
            if (tag.equals("cmap")) {
                cmapOffset = font.getInt(record + 8);
            }
        }
        if (cmapOffset < 0) {
            throw new IllegalStateException("no cmap table");
        }
        BitSet mapped = new BitSet(0x110000);
        int subtables = Short.toUnsignedInt(font.getShort(cmapOffset + 2));
        for (int i = 0; i < subtables; i++) {
            int entry = cmapOffset + 4 + 8 * i;
            int platform = Short.toUnsignedInt(font.getShort(entry));
            int offset = cmapOffset + font.getInt(entry + 4);
            int format = Short.toUnsignedInt(font.getShort(offset));
            if (platform != 0 && platform != 3) {
                continue;
            }
            if (format == 4) {
                int segX2 = Short.toUnsignedInt(font.getShort(offset + 6));
                int ends = offset + 14;
                int starts = ends + segX2 + 2;
                int deltas = starts + segX2;
                int rangeOffsets = deltas + segX2;
                for (int s = 0; s < segX2 / 2; s++) {
                    int end = Short.toUnsignedInt(font.getShort(ends + 2 * s));
                    int start = Short.toUnsignedInt(font.getShort(starts + 2 * s));
                    int delta = font.getShort(deltas + 2 * s);
                    int ro = Short.toUnsignedInt(font.getShort(rangeOffsets + 2 * s));
                    for (int c = start; c <= end && c != 0xFFFF; c++) {
                        int glyph;
                        if (ro == 0) {
                            glyph = (c + delta) & 0xFFFF;
                        } else {
                            int at = rangeOffsets + 2 * s + ro + 2 * (c - start);
                            glyph = Short.toUnsignedInt(font.getShort(at));
                            glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                        }
                        if (glyph != 0) {
                            mapped.set(c);
                        }
                    }
                }
            } else if (format == 12) {
                long groups = Integer.toUnsignedLong(font.getInt(offset + 12));
                for (long g = 0; g < groups; g++) {
                    int at = (int) (offset + 16 + 12 * g);
                    int start = font.getInt(at);
                    int end = font.getInt(at + 4);
                    int glyph = font.getInt(at + 8);
                    for (int c = start; c <= end; c++) {
                        if (glyph + (c - start) != 0) {
                            mapped.set(c);
                        }
                    }
                }
            }
        }
        return mapped;
    }
}
