package dev.faultline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Folding makes the same word in either script, any width and any case compare equal, and keeps lengths. */
class ScriptFoldingTest {

    private final ScriptFolding folding = ScriptFolding.instance();

    @ParameterizedTest
    @CsvSource({
        "奧特曼, 奥特曼",
        "蘇茨克維, 苏茨克维",
        "董事會, 董事会",
        "ＡＰＥＣ, APEC",
        "Sam Altman, SAM ALTMAN",
        "薩姆・奧特曼, 萨姆·奥特曼",
        "GPT－４o, gpt-4O"})
    void bothFormsFoldAlike(String a, String b) {
        assertThat(folding.fold(a)).isEqualTo(folding.fold(b));
        assertThat(folding.equivalent(a, b)).isTrue();
    }

    @Test
    void foldingKeepsTheLengthSoOffsetsPointIntoTheOriginal() {
        String text = "OpenAI的CEO薩姆・奧特曼在毫無預警的情況下被董事會解職";
        String folded = folding.fold(text);
        int at = folded.indexOf(folding.fold("奥特曼"));

        assertThat(folded).hasSameSizeAs(text);
        assertThat(text.substring(at, at + 3)).isEqualTo("奧特曼");
    }

    @Test
    void simplifiedTextIsLeftSimplified() {
        assertThat(folding.fold("将原CEO Sam Altman开除出公司")).isEqualTo("将原ceo sam altman开除出公司");
    }

    @Test
    void differentWordsStayDifferent() {
        assertThat(folding.equivalent("奥特曼", "奧特斯")).isFalse();
        assertThat(folding.equivalent("altman", "altmen")).isFalse();
    }

    @Test
    void theDenseTableAgreesWithScriptFoldingOnEveryCharacter() {
        FoldTable table = FoldTable.instance();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (table.fold((char) c) != folding.fold((char) c)) {
                assertThat(table.fold((char) c)).as("U+%04X", c).isEqualTo(folding.fold((char) c));
            }
        }
    }
}
