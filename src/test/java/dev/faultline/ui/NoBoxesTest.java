package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.Event;
import dev.faultline.model.Person;
import dev.faultline.model.TimelineModel;
import dev.faultline.text.Language;
import dev.faultline.text.LocalFormat;
import dev.faultline.text.Phrasebook;
import dev.faultline.timeline.AxisLabels;
import dev.faultline.timeline.TickUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * No string the app draws has a character its font cannot show: every UI string, date and axis label in each of the
 * three languages, the curated text of a model in each language, and the seeds as the reader displays them. Labels
 * draw everything in the bundled face; canvas text draws in it what {@link BundledFont#drawsInBundledFace} says.
 */
class NoBoxesTest {

    private static final List<String> BUNDLES = List.of("shell", "timeline", "detail", "filter");
    private static final FontCharacterMap FONT = BundledFont.characterMap();

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyUiStringOfEachLanguageIsInTheBundledFont(Language language) {
        StringBuilder all = new StringBuilder();
        for (String bundle : BUNDLES) {
            Phrasebook book = Phrasebook.open("dev.faultline.ui.i18n." + bundle, language);
            assertThat(book.keys()).as(bundle).isNotEmpty();
            book.keys().forEach(k -> all.append(book.get(k)));
        }
        all.append(language.autonym());
        assertThat(missing(all)).as("UI characters of %s missing from the font", language).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyDateAndAxisLabelOfEachLanguageIsInTheBundledFont(Language language) {
        StringBuilder all = new StringBuilder();
        LocalFormat f = LocalFormat.of(language);
        AxisLabels axis = AxisLabels.forLocale(language.locale());
        for (LocalDate d = LocalDate.of(2014, 1, 1); d.isBefore(LocalDate.of(2024, 1, 1)); d = d.plusDays(13)) {
            long millis = d.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            for (TickUnit u : TickUnit.values()) {
                all.append(axis.minor(u, millis)).append(axis.majorLong(u, millis)).append(axis.majorShort(u, millis));
            }
            all.append(f.span(new dev.faultline.model.DateSpan(
                    dev.faultline.model.PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
                    dev.faultline.model.PartialDate.ofDay(d.getYear(), 12, 31), true, null)));
        }
        all.append(f.number(1234567)).append(f.englishOnlyMarker());
        assertThat(all.toString()).as("the axis says something").contains("2015");
        assertThat(missing(all)).as("date characters of %s missing from the font", language).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theCuratedTextOfAModelInEachLanguageIsInTheBundledFont(Language language) {
        TimelineModel m = SampleModel.threeEvents();
        LocalFormat f = LocalFormat.of(language);
        StringBuilder all = new StringBuilder(f.text(m.title()));
        for (Event e : m.events()) {
            all.append(f.text(e.title())).append(f.marked(e.summary())).append(f.span(e.date()));
        }
        for (Person p : m.people()) {
            all.append(f.text(p.name())).append(f.marked(p.bio()));
        }
        assertThat(missing(all)).isEmpty();
    }

    @Test
    void theSeedsAsTheReaderShowsThemHaveNoMissingCharacterAndKeepTheirLength() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(p);
                String shown = ReadableGlyphs.forDisplay(text);
                assertThat(shown).as(p.toString()).hasSameSizeAs(text);
                assertThat(missing(shown)).as(p.toString()).isEmpty();
            }
        }
    }

    @Test
    void aKeycapReadsAsItsDigitAndEmojiAsMarkers() {
        String text = "AI產業的縮影。1\uFE0F\u20E3 一場週末政變 \uD83E\uDDED 結語 ✨每天";
        String shown = ReadableGlyphs.forDisplay(text);
        assertThat(shown).hasSameSizeAs(text).contains("(1) 一場週末政變").contains("◇\u00A0 結語").contains("☆每天")
                .doesNotContain("\u20E3");
        // Text the font has is left alone, to the character.
        assertThat(ReadableGlyphs.forDisplay("奧特曼 Altman")).isEqualTo("奧特曼 Altman");
    }

    @Test
    void theCheckCanFail() {
        assertThat(missing("中\u20E3")).containsExactly("\u20E3 U+20e3");
    }

    private static List<String> missing(CharSequence text) {
        TreeSet<String> absent = new TreeSet<>();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                .filter(cp -> !FONT.has(cp))
                .forEach(cp -> absent.add(new String(Character.toChars(cp)) + " U+" + Integer.toHexString(cp)));
        return List.copyOf(absent);
    }
}
