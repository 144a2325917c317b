package dev.faultline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptConverterTest {

    private final ScriptConverter converter = ScriptConverter.instance();

    @Test
    void traditionalCurationReadsAsSimplifiedInTheSimplifiedUi() {
        assertThat(converter.toSimplified("董事會解僱執行長山姆・奧特曼")).isEqualTo("董事会解雇执行长山姆·奥特曼");
        assertThat(converter.toSimplified("The board")).isEqualTo("The board");
    }

    @Test
    void namesAndQuotationsReadWithTheMainlandsMarksInTheSimplifiedUi() {
        // Taiwan separates the parts with ・ or ‧; Simplified Chinese writes · (GB/T 15834).
        assertThat(converter.toSimplified("薩姆・奧特曼與伊爾亞‧蘇茨克維")).isEqualTo("萨姆·奥特曼与伊尔亚·苏茨克维");
        // Quotation marks too: 「」 and 『』 in Taiwan, “” and ‘’ on the mainland.
        assertThat(converter.toSimplified("以「溝通不坦誠」為由,引『原話』")).isEqualTo("以“沟通不坦诚”为由,引‘原话’");
        // The same name is one name to search either way.
        assertThat(ScriptFolding.instance().equivalent("萨姆·奥特曼", "薩姆・奧特曼")).isTrue();
    }

    @Test
    void aSimplifiedCharacterInCuratedTextIsFoundButSharedOnesAreNot() {
        // 雇 is good Traditional too (Taiwan writes both 雇 and 僱).
        assertThat(converter.simplifiedOnly("董事会解雇执行长")).containsExactly("会", "执", "长");
        // 里 (as in 公里), 台 and 干 are Traditional characters too.
        assertThat(converter.simplifiedOnly("公里 台灣 干擾 董事會")).isEmpty();
    }

    @Test
    void aSimplifiedCharacterGetsItsTraditionalFormSuggested() {
        assertThat(converter.toTraditional("奥特曼回归")).isEqualTo("奧特曼回歸");
    }

    @Test
    void aTraditionalCharacterInTheSimplifiedUiIsFound() {
        assertThat(converter.traditionalOnly("董事会 董事會")).containsExactly("會");
        assertThat(converter.traditionalOnly(converter.toSimplified("國際 發展 奧特曼"))).isEmpty();
    }
}
