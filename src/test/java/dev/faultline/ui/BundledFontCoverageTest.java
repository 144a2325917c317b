package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static FontCharacterMap cmap;

    @BeforeAll
    static void readCharacterMap() throws IOException {
        cmap = FontCharacterMap.of(ByteBuffer.wrap(Files.readAllBytes(FONT)));
    }

    @Test
    void theFontFileIsTheRenamedSubsetAndSmall() throws IOException {
        assertThat(Files.size(FONT)).isLessThan(10L * 1024 * 1024);
        String bytes = new String(Files.readAllBytes(FONT), StandardCharsets.ISO_8859_1);
        assertThat(bytes).contains("FaultlineCJK-Regular");
        // The map reader can say no as well as yes: the compass emoji of a seed is not in a CJK text face.
        assertThat(cmap.has('奧')).isTrue();
        assertThat(cmap.has(0x1F9ED)).isFalse();
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
                .filter(cp -> !cmap.has(cp))
                .forEach(cp -> absent.add(new String(Character.toChars(cp)) + " U+" + Integer.toHexString(cp)));
        return List.copyOf(absent);
    }
}
