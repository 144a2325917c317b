package dev.faultline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faultline.model.TextRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PassageContextTest {

    private static TextRange rangeOf(String text, String quote) {
        int at = text.indexOf(quote);
        assertThat(at).as("quote in text").isGreaterThanOrEqualTo(0);
        return new TextRange(at, at + quote.length());
    }

    @Test
    void theContextStopsAtTheLineBreaksAroundTheParagraph() {
        String text = "前一段的話。\n這一段開頭。這裡有關鍵字。這一段結尾。\n後一段的話。";

        PassageContext ctx = PassageContext.around(text, rangeOf(text, "關鍵字"));

        assertThat(ctx.before()).isEqualTo("這一段開頭。這裡有");
        assertThat(ctx.focusText()).isEqualTo("關鍵字");
        assertThat(ctx.after()).isEqualTo("。這一段結尾。");
        assertThat(ctx.cutAtStart()).isFalse();
        assertThat(ctx.cutAtEnd()).isFalse();
        assertThat(ctx.paragraph()).isEqualTo(rangeOf(text, "這一段開頭。這裡有關鍵字。這一段結尾。"));
    }

    @Test
    void aLongParagraphIsCutToWholeSentencesEitherSide() {
        String text = "一號句。二號句。三號句。四號句。五號句有目標在此。六號句。七號句。八號句。";

        PassageContext ctx = PassageContext.around(text, rangeOf(text, "目標"), 1, 500);

        assertThat(text.substring(ctx.context().start(), ctx.context().end()))
                .isEqualTo("四號句。五號句有目標在此。六號句。");
        assertThat(ctx.cutAtStart()).isTrue();
        assertThat(ctx.cutAtEnd()).isTrue();
    }

    @Test
    void aPassageThatEndsItsSentenceCountsTheFollowingSentencesFromThere() {
        String text = "甲。乙說了這句話。丙。丁。戊。";

        PassageContext ctx = PassageContext.around(text, rangeOf(text, "乙說了這句話。"), 1, 500);

        assertThat(ctx.before()).isEqualTo("甲。");
        assertThat(ctx.after()).isEqualTo("丙。");
    }

    @Test
    void closingQuotesStayWithTheSentenceTheyClose() {
        String text = "他說:「我們必須停下。」目標在這裡。下一句。再下一句。";

        PassageContext ctx = PassageContext.around(text, rangeOf(text, "目標"), 1, 500);

        assertThat(ctx.before()).isEqualTo("他說:「我們必須停下。」");
        assertThat(ctx.after()).isEqualTo("在這裡。下一句。");
    }

    @Test
    void aDecimalPointOrAVersionNumberIsNotASentenceEnd() {
        String text = "OpenAI released GPT-4.5 and raised 1.5 billion. The target is here. Then more.";

        PassageContext ctx = PassageContext.around(text, rangeOf(text, "target"), 0, 500);

        assertThat(ctx.before()).isEqualTo("The ");
        assertThat(ctx.after()).isEqualTo(" is here.");
        PassageContext wider = PassageContext.around(text, rangeOf(text, "target"), 1, 500);
        assertThat(wider.before()).startsWith("OpenAI released GPT-4.5 and raised 1.5 billion.");
    }

    @Test
    void aParagraphWithoutSentenceEndsIsCutByCharacters() {
        String text = "前".repeat(500) + "目標" + "後".repeat(500);

        PassageContext ctx = PassageContext.around(text, rangeOf(text, "目標"), 2, 100);

        assertThat(ctx.before()).hasSize(100);
        assertThat(ctx.after()).hasSize(100);
        assertThat(ctx.cutAtStart()).isTrue();
        assertThat(ctx.cutAtEnd()).isTrue();
    }

    @Test
    void spacesAtTheEdgesOfTheContextAreLeftOut() {
        String text = "  第一句。  目標在此。  第二句。  \n";

        PassageContext ctx = PassageContext.around(text, rangeOf(text, "目標"));

        assertThat(ctx.before()).isEqualTo("第一句。  ");
        assertThat(ctx.after()).isEqualTo("在此。  第二句。");
    }

    @Test
    void aPassageAtTheStartOfItsLineHasNothingBeforeIt() {
        String text = "上一行。\n目標開頭的一行。第二句。";

        PassageContext ctx = PassageContext.around(text, rangeOf(text, "目標"));

        assertThat(ctx.before()).isEmpty();
        assertThat(ctx.cutAtStart()).isFalse();
    }

    @Test
    void offsetsIntoARealSeedFindTheSameTextAgain() throws IOException {
        String text = Files.readString(Path.of("seeds/000_367d240735b54457.txt"));
        String quote = "而這場政變只持續了一個週末";
        TextRange focus = rangeOf(text, quote);

        PassageContext ctx = PassageContext.around(text, focus);

        assertThat(ctx.focusText()).isEqualTo(quote);
        assertThat(ctx.focus()).isEqualTo(focus);
        assertThat(text.substring(ctx.context().start(), ctx.context().end()))
                .isEqualTo(ctx.before() + ctx.focusText() + ctx.after());
        assertThat(ctx.before()).startsWith("2023年11月,一場突如其來的董事會會議震撼了全球科技圈。");
        assertThat(ctx.after()).contains("到了週一,奧特曼便在微軟與員工的力挺下重返CEO位置。");
        assertThat(ctx.context().start()).isGreaterThan(text.lastIndexOf('\n', focus.start()));
        assertThat(text.substring(ctx.context().start(), ctx.context().end())).doesNotContain("\n");
    }

    @Test
    void aRangeOutsideTheTextIsRefused() {
        assertThatThrownBy(() -> PassageContext.around("短", new TextRange(0, 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
