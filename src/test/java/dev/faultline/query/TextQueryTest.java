package dev.faultline.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Splitting and folding a search text into terms. */
class TextQueryTest {

    @Test
    void wordsSplitOnAnyWhiteSpaceIncludingTheIdeographicSpace() {
        assertThat(TextQuery.parse(" Sam\tAltman　奧特曼 ").terms()).containsExactly("sam", "altman", "奥特曼");
    }

    @Test
    void aQuotedPhraseStaysOneTerm() {
        assertThat(TextQuery.parse("\"Sam Altman\" board").terms()).containsExactly("sam altman", "board");
        assertThat(TextQuery.parse("“fires sam”").terms()).containsExactly("fires sam");
    }

    @Test
    void termsAreFoldedForWidthCaseAndScript() {
        assertThat(TextQuery.parse("ＧＰＴ 薩姆・奧特曼").terms()).containsExactly("gpt", "萨姆·奥特曼");
    }

    @Test
    void punctuationOnlyTermsAndRepeatsAreDropped() {
        assertThat(TextQuery.parse("- · altman ALTMAN").terms()).containsExactly("altman");
        assertThat(TextQuery.parse(null).isEmpty()).isTrue();
        assertThat(TextQuery.parse("  ").isEmpty()).isTrue();
    }
}
