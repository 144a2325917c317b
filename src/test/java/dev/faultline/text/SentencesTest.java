package dev.faultline.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> sentences(String text) {
        return Sentences.split(text, 0, text.length()).stream()
                .map(r -> text.substring(r.start(), r.end())).toList();
    }

    @Test
    void chineseTerminatorsAndLineBreaksEndSentences() {
        assertThat(sentences("董事會宣布解僱他。他回來了嗎？回來了！\n三天後，微軟宣布聘請他"))
                .containsExactly("董事會宣布解僱他。", "他回來了嗎？", "回來了！", "三天後，微軟宣布聘請他");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(sentences("他說：「我不知道。」然後離開了。"))
                .containsExactly("他說：「我不知道。」", "然後離開了。");
    }

    @Test
    void asciiTerminatorsEndASentenceOnlyBeforeSpaceTheEndOrChinese() {
        assertThat(sentences("GPT-3.5 shipped at openai.com. Then what? 谁是赢家?能赢吗"))
                .containsExactly("GPT-3.5 shipped at openai.com.", "Then what?", "谁是赢家?", "能赢吗");
    }

    @Test
    void fragmentsWithoutALetterAreNotSentences() {
        assertThat(sentences("***\n2023\n  —— \n\n真的。")).containsExactly("真的。");
    }

    @Test
    void rangesPointIntoTheTextAndStayInsideTheGivenStretch() {
        String text = "前言。正文一。正文二。";
        List<TextRange> ranges = Sentences.split(text, 3, text.length());

        assertThat(ranges).containsExactly(new TextRange(3, 7), new TextRange(7, 11));
    }
}
