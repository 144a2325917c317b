package dev.faultline.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.TextRange;
import org.junit.jupiter.api.Test;

class QuoteAnchorTest {

    private static final SeedText TRAD = SeedText.of("trad", "seeds/trad.txt", String.join("\n",
            "好的，以下是整理後的文稿。",
            "",
            "2023年11月17日，OpenAI董事會宣布解僱執行長山姆・奧特曼。",
            "董事會表示，奧特曼在與董事會的溝通中不夠坦誠。",
            "三天後，微軟宣布聘請奧特曼與布羅克曼。",
            "員工聯名信要求董事會辭職，奧特曼於11月22日回歸。",
            "董事會表示，奧特曼在與董事會的溝通中不夠坦誠。",
            ""));

    @Test
    void aQuoteIsAnchoredAtItsUtf16Offset() {
        // 𠀋 is outside the Basic Multilingual Plane: two UTF-16 chars, and the offsets count both.
        SeedText seed = SeedText.of("s", "s.txt", "𠀋字在前。董事會宣布");

        QuoteAnchor.Outcome outcome = QuoteAnchor.anchor(seed, "董事會宣布", null);

        assertThat(outcome.range()).isEqualTo(new TextRange(6, 11));
        assertThat(outcome.occurrence()).isEqualTo(1);
    }

    @Test
    void theOccurrenceNumberPicksTheNthOfSeveralEqualPassages() {
        String quote = "董事會表示，奧特曼在與董事會的溝通中不夠坦誠。";

        QuoteAnchor.Outcome first = QuoteAnchor.anchor(TRAD, quote, 1);
        QuoteAnchor.Outcome second = QuoteAnchor.anchor(TRAD, quote, 2);

        assertThat(TRAD.lineOf(first.range().start())).isEqualTo(4);
        assertThat(TRAD.lineOf(second.range().start())).isEqualTo(7);
        assertThat(TRAD.text().substring(second.range().start(), second.range().end())).isEqualTo(quote);
        assertThat(second.occurrence()).isEqualTo(2);
    }

    @Test
    void aQuoteThatOccursTwiceNeedsAnOccurrenceNumber() {
        QuoteAnchor.Outcome outcome = QuoteAnchor.anchor(TRAD, "不夠坦誠", null);

        assertThat(outcome.anchored()).isFalse();
        assertThat(outcome.culprit()).isEqualTo(QuoteAnchor.Culprit.QUOTE);
        assertThat(outcome.problem()).isEqualTo("quote occurs twice in source \"trad\", at lines 4 and 7 of"
                + " seeds/trad.txt; add \"occurrence\": 1 or 2 to say which");
    }

    @Test
    void anOccurrenceBeyondTheLastIsBlamedOnTheOccurrence() {
        QuoteAnchor.Outcome outcome = QuoteAnchor.anchor(TRAD, "奧特曼", 9);

        assertThat(outcome.culprit()).isEqualTo(QuoteAnchor.Culprit.OCCURRENCE);
        assertThat(outcome.problem()).isEqualTo("\"occurrence\": 9 is out of range: the quote occurs 5 times in"
                + " source \"trad\"");
    }

    @Test
    void aQuoteTypedWithHalfWidthPunctuationShowsTheSeedsFullWidthPassage() {
        QuoteAnchor.Outcome outcome = QuoteAnchor.anchor(TRAD, "員工聯名信要求董事會辭職,奧特曼於11月22日回歸", null);

        assertThat(outcome.problem()).isEqualTo("quote not found in source \"trad\" (seeds/trad.txt); nearest"
                + " passage, line 6: \"員工聯名信要求董事會辭職，奧特曼於11月22日回歸\" — it differs by full-width vs"
                + " half-width punctuation (the quote has \",\" where the seed has \"，\")");
    }

    @Test
    void aQuoteConvertedToSimplifiedShowsTheTraditionalPassage() {
        QuoteAnchor.Outcome outcome = QuoteAnchor.anchor(TRAD, "三天后，微软宣布聘请奥特曼与布罗克曼。", null);

        assertThat(outcome.problem())
                .contains("nearest passage, line 5: \"三天後，微軟宣布聘請奧特曼與布羅克曼。\"")
                .contains("it differs by Traditional vs Simplified characters (the quote has \"后\" where the seed"
                        + " has \"後\", and 4 more)")
                .doesNotContain("wording");
    }

    @Test
    void aQuoteThatLostALineBreakSaysSo() {
        QuoteAnchor.Outcome outcome = QuoteAnchor.anchor(TRAD, "不夠坦誠。三天後，微軟宣布", null);

        assertThat(outcome.problem()).contains("line 4: \"不夠坦誠。\\n三天後，微軟宣布\"")
                .contains("white space or line breaks (the seed has \"\\n\" that the quote lacks)");
    }

    @Test
    void aRewordedQuoteSaysTheWordingDiffers() {
        QuoteAnchor.Outcome outcome = QuoteAnchor.anchor(TRAD, "微軟宣布僱用奧特曼與布羅克曼", null);

        assertThat(outcome.problem()).contains("line 5: \"微軟宣布聘請奧特曼與布羅克曼\"")
                .contains("different wording (the quote has \"僱用\" where the seed has \"聘請\")");
    }

    @Test
    void aQuoteFromElsewhereEntirelySaysNothingIsClose() {
        QuoteAnchor.Outcome outcome = QuoteAnchor.anchor(TRAD, "Microsoft hired Sam Altman on Monday", null);

        assertThat(outcome.problem()).startsWith("quote not found in source \"trad\" (seeds/trad.txt); nothing in"
                + " it is close");
    }

    @Test
    void inALongTextTheNearestPassageIsFoundAmongTheLikeliestWindows() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            text.append("這是一段無關的填充文字。");
        }
        int at = text.length();
        text.append("董事會表示，奧特曼在與董事會的溝通中不夠坦誠。");
        text.append("這是一段無關的填充文字。".repeat(1000));
        SeedText seed = SeedText.of("long", "long.txt", text.toString());

        NearMatch match = NearMatch.find(seed.text(), "董事會表示,奧特曼在與董事會的溝通中不夠坦誠。").orElseThrow();

        assertThat(match.start()).isEqualTo(at);
        assertThat(match.distance()).isEqualTo(1);
    }
}
