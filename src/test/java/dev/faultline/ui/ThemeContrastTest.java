package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.export.PictureColors;
import dev.faultline.load.ModelLoader;
import dev.faultline.model.Faction;
import dev.faultline.model.TimelineModel;
import dev.faultline.timeline.ColourContrast;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both themes read: text at least 4.5:1 against what it sits on, and every faction colour of the shipped model, as
 * the timeline draws it, at least 3:1 against the canvas (WCAG 2.1, 1.4.3 and 1.4.11). Read from the stylesheets and
 * the model as shipped, so a changed token or faction colour is caught here.
 */
class ThemeContrastTest {

    private static final Pattern TOKEN = Pattern.compile("(-fl-[a-z-]+)\\s*:\\s*#([0-9a-fA-F]{6})\\s*;");

    static Map<String, Integer> tokens(Theme theme) throws IOException {
        String file = theme == Theme.DARK ? "tokens-dark.css" : "tokens-light.css";
        try (InputStream in = Theme.class.getResourceAsStream("theme/" + file)) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, Integer> out = new HashMap<>();
            Matcher m = TOKEN.matcher(css);
            while (m.find()) {
                out.put(m.group(1), Integer.parseInt(m.group(2), 16));
            }
            return out;
        }
    }

    private static TimelineModel shipped() {
        return new ModelLoader().load(Path.of("assets/model/openai-crisis.json")).model().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void textIsAtLeastFourAndAHalfToOneOnWhatItSitsOn(Theme theme) throws IOException {
        Map<String, Integer> t = tokens(theme);
        String[][] pairs = {
            {"-fl-fg", "-fl-bg"}, {"-fl-fg", "-fl-bg-subtle"}, {"-fl-fg", "-fl-surface"},
            {"-fl-fg-muted", "-fl-bg"}, {"-fl-fg-muted", "-fl-surface"}, {"-fl-badge-fg", "-fl-badge"},
            {"-fl-note-fg", "-fl-note-bg"}, {"-fl-warn-fg", "-fl-warn-bg"}, {"-fl-mark-fg", "-fl-mark"},
            {"-fl-fg", "-fl-era"}
        };
        for (String[] p : pairs) {
            assertThat(t).containsKeys(p[0], p[1]);
            assertThat(ColourContrast.ratio(t.get(p[0]), t.get(p[1]))).as(theme + " " + p[0] + " on " + p[1])
                    .isGreaterThanOrEqualTo(ColourContrast.TEXT);
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyFactionColourAsDrawnIsAtLeastThreeToOneOnTheCanvas(Theme theme) throws IOException {
        int canvas = tokens(theme).get("-fl-bg");
        for (Faction f : shipped().factions()) {
            int model = Integer.parseInt(f.color().substring(1), 16);
            int drawn = ColourContrast.readableOn(model, canvas, ColourContrast.GRAPHICS);
            assertThat(ColourContrast.ratio(drawn, canvas)).as(theme + " " + f.id())
                    .isGreaterThanOrEqualTo(ColourContrast.GRAPHICS);
            // Nudged, not replaced: still far from the background's opposite, so factions stay apart.
            assertThat(drawn).as(theme + " " + f.id()).isNotIn(0x000000, 0xffffff);
            if (ColourContrast.ratio(model, canvas) >= ColourContrast.GRAPHICS) {
                assertThat(drawn).as("a colour that already reads is left as it is").isEqualTo(model);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theCommandLinePicturesUseTheStylesheetsColours(Theme theme) throws IOException {
        Map<String, Integer> t = tokens(theme);
        PictureColors c = theme == Theme.DARK ? PictureColors.DARK : PictureColors.LIGHT;
        assertThat(c.background()).isEqualTo(t.get("-fl-bg"));
        assertThat(c.text()).isEqualTo(t.get("-fl-fg"));
        assertThat(c.mutedText()).isEqualTo(t.get("-fl-fg-muted"));
        assertThat(c.grid()).isEqualTo(t.get("-fl-border-muted"));
        assertThat(c.majorGrid()).isEqualTo(t.get("-fl-border"));
        assertThat(c.accent()).isEqualTo(t.get("-fl-accent"));
        assertThat(c.card()).isEqualTo(t.get("-fl-surface"));
        assertThat(c.badge()).isEqualTo(t.get("-fl-badge"));
        assertThat(c.badgeText()).isEqualTo(t.get("-fl-badge-fg"));
        assertThat(c.era()).isEqualTo(t.get("-fl-era"));
    }
}
