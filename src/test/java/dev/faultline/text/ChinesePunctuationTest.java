package dev.faultline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChinesePunctuationTest {

    @Test
    void aHalfWidthCommaOrColonBetweenHanziBecomesFullWidth() {
        assertThat(ChinesePunctuation.toFullWidth("斷層線:OpenAI 領導權危機,與其後的出走潮;誰?"))
                .isEqualTo("斷層線：OpenAI 領導權危機，與其後的出走潮；誰？");
        assertThat(ChinesePunctuation.firstHalfWidth("斷層線:OpenAI")).isEqualTo(3);
    }

    @Test
    void aMarkBetweenLatinWordsOfAChineseClauseIsChineseToo() {
        // The nearest hanzi on one side comes before any other mark: the clause is Chinese.
        assertThat(ChinesePunctuation.toFullWidth("並有權罷免CEO;2023年11月")).isEqualTo("並有權罷免CEO；2023年11月");
        assertThat(ChinesePunctuation.toFullWidth("據001,2024年9月25日")).isEqualTo("據001，2024年9月25日");
        assertThat(ChinesePunctuation.toFullWidth("003:500位老部下")).isEqualTo("003：500位老部下");
    }

    @Test
    void bracketsTurnInPairsAndKeepTheLatinInside() {
        assertThat(ChinesePunctuation.toFullWidth("郝珂靈《AI帝國》(Karen Hao, Empire of AI)的書摘"))
                .isEqualTo("郝珂靈《AI帝國》（Karen Hao, Empire of AI）的書摘");
        assertThat(ChinesePunctuation.toFullWidth("發布GPT-4 (2023年3月14日,策展人的知識)。"))
                .isEqualTo("發布GPT-4（2023年3月14日，策展人的知識）。");
        // A mark beside a bracket made full width is in Chinese text too (a second pass finds it).
        assertThat(ChinesePunctuation.toFullWidth("(Wired,2023年4月);7,840萬美元"))
                .isEqualTo("（Wired，2023年4月）；7,840萬美元");
    }

    @Test
    void numbersTimesAndAddressesKeepTheirMarks() {
        assertThat(ChinesePunctuation.toFullWidth("逾1,700億美元,19日12:47發文,見https://openai.com/blog。"))
                .isEqualTo("逾1,700億美元，19日12:47發文，見https://openai.com/blog。");
    }

    @Test
    void aSourcesWordsQuotedInCornerBracketsKeepTheirPunctuation() {
        String s = "員工信寫道「沒有員工,OpenAI什麼也不是」,而股票代碼「(600558)」是轉載造成的";
        assertThat(ChinesePunctuation.toFullWidth(s))
                .isEqualTo("員工信寫道「沒有員工,OpenAI什麼也不是」，而股票代碼「(600558)」是轉載造成的");
    }

    @Test
    void englishTextIsLeftAlone() {
        String s = "The board fires Sam Altman (17 Nov 2023): a surprise, to most; why? wtf!";
        assertThat(ChinesePunctuation.toFullWidth(s)).isEqualTo(s);
        assertThat(ChinesePunctuation.firstHalfWidth(s)).isEqualTo(-1);
    }

    @Test
    void makingTextFullWidthTwiceChangesNothingMoreAndLeavesNothingToFind() {
        // Seeded random mixes of hanzi, Latin, digits, spaces, marks and brackets.
        String alphabet = "董事會奧特曼「」《》、。AIOpenCEO0123456789 ,:;?!()";
        SplittableRandom random = new SplittableRandom(20261130);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String once = ChinesePunctuation.toFullWidth(b.toString());
            assertThat(ChinesePunctuation.toFullWidth(once)).as("from %s", b).isEqualTo(once);
            assertThat(ChinesePunctuation.firstHalfWidth(once)).as("from %s", b).isEqualTo(-1);
        }
    }
}
