package dev.faultline.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.DateSpan;
import dev.faultline.model.LocalizedText;
import dev.faultline.model.PartialDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One formatter: dates at their precision, ranges, plurals and curated text, in each of the three languages. */
class LocalFormatTest {

    private static final LocalFormat EN = LocalFormat.of(Language.ENGLISH);
    private static final LocalFormat HANT = LocalFormat.of(Language.TRADITIONAL);
    private static final LocalFormat HANS = LocalFormat.of(Language.SIMPLIFIED);

    @Test
    void aDateIsSaidAtItsOwnPrecision() {
        assertThat(EN.date(PartialDate.ofMonth(2023, 11))).isEqualTo("Nov 2023");
        assertThat(HANT.date(PartialDate.ofMonth(2023, 11))).isEqualTo("2023年11月");
        assertThat(EN.date(PartialDate.ofYear(2015))).isEqualTo("2015");
        assertThat(HANS.date(PartialDate.ofYear(2015))).isEqualTo("2015年");
        assertThat(EN.date(PartialDate.ofDay(2023, 11, 17))).isEqualTo("17 Nov 2023");
    }

    @Test
    void anInferredDateSaysAbout() {
        DateSpan inferred = new DateSpan(PartialDate.ofDay(2023, 11, 20), null, true, null);
        assertThat(EN.span(inferred)).isEqualTo("about 20 Nov 2023");
        assertThat(HANT.span(inferred)).isEqualTo("約2023年11月20日");
        assertThat(HANS.span(inferred)).isEqualTo("约2023年11月20日");
    }

    @Test
    void aRangeWritesWhatItsEndsShareOnce() {
        PartialDate a = PartialDate.ofDay(2023, 11, 17);
        assertThat(EN.range(a, PartialDate.ofDay(2023, 11, 21))).isEqualTo("17–21 Nov 2023");
        assertThat(EN.range(a, PartialDate.ofDay(2023, 12, 2))).isEqualTo("17 Nov – 2 Dec 2023");
        assertThat(HANT.range(a, PartialDate.ofDay(2023, 11, 21))).isEqualTo("2023年11月17日–21日");
        assertThat(EN.range(PartialDate.ofYear(2014), PartialDate.ofYear(2016))).isEqualTo("2014 – 2016");
        assertThat(EN.range(a, a)).isEqualTo("17 Nov 2023");
    }

    @Test
    void countsFollowPluralRules() {
        assertThat(EN.message("count.eventsOf", 1, 1)).isEqualTo("1 of 1 event");
        assertThat(EN.message("count.eventsOf", 2, 12345)).isEqualTo("2 of 12,345 events");
        Phrasebook shell = Phrasebook.open("dev.faultline.ui.i18n.shell", Language.ENGLISH);
        assertThat(shell.format("status.warnings", 1)).isEqualTo("1 warning");
        assertThat(shell.format("status.warnings", 2)).isEqualTo("2 warnings");
        assertThat(shell.format("status.loadFailed", "a.json", 1)).contains("1 problem.").doesNotContain("problems");
        assertThat(shell.format("status.loadFailed", "a.json", 3)).contains("3 problems");
    }

    @Test
    void curatedChineseIsConvertedForTheSimplifiedUiAndEnglishOnlyTextIsMarked() {
        LocalizedText both = LocalizedText.of("Board fires Altman", "董事會解僱奧特曼");
        assertThat(HANT.text(both)).isEqualTo("董事會解僱奧特曼");
        assertThat(HANS.text(both)).isEqualTo("董事会解雇奥特曼");
        assertThat(EN.text(both)).isEqualTo("Board fires Altman");
        LocalizedText english = LocalizedText.of("003 and 004: cut", null);
        assertThat(HANT.marked(english)).isEqualTo("003 and 004: cut（僅英文）");
        assertThat(HANS.marked(english)).isEqualTo("003 and 004: cut（仅英文）");
        assertThat(EN.marked(english)).isEqualTo("003 and 004: cut");
        assertThat(HANT.curated(english).englishOnly()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"zh-CN, SIMPLIFIED", "zh-SG, SIMPLIFIED", "zh-Hans, SIMPLIFIED", "zh-TW, TRADITIONAL",
        "zh-HK, TRADITIONAL", "zh-MO, TRADITIONAL", "zh-Hant, TRADITIONAL", "zh, TRADITIONAL", "en-GB, ENGLISH",
        "fr-FR, ENGLISH"})
    void aSystemLocaleStartsInItsScript(String tag, Language expected) {
        assertThat(Language.of(Locale.forLanguageTag(tag))).isEqualTo(expected);
    }

    @Test
    void simplifiedStringsAreConvertedFromTheTraditionalBundle() {
        Phrasebook hant = Phrasebook.open("dev.faultline.ui.i18n.shell", Language.TRADITIONAL);
        Phrasebook hans = Phrasebook.open("dev.faultline.ui.i18n.shell", Language.SIMPLIFIED);
        assertThat(hans.keys()).isEqualTo(hant.keys());
        assertThat(hant.get("menu.file.open")).isEqualTo("開啟模型(_O)…");
        assertThat(hans.get("menu.file.open")).isEqualTo("开启模型(_O)…");
    }
}
