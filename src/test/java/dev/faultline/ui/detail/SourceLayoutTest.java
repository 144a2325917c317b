package dev.faultline.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.NonArticleKind;
import dev.faultline.model.NonArticlePart;
import dev.faultline.model.Script;
import dev.faultline.model.Source;
import dev.faultline.model.SourceKind;
import dev.faultline.model.TextRange;
import dev.faultline.model.TimelineModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceLayoutTest {

    private static Source source(String text, List<NonArticlePart> parts) {
        return new Source("s", null, "s.txt", "T", "T", null, null, null, Script.TRADITIONAL, SourceKind.NEWS, null,
                parts, text);
    }

    private static TextRange rangeOf(String text, String part) {
        int at = text.indexOf(part);
        return new TextRange(at, at + part.length());
    }

    private static List<String> texts(String text, List<SourceLayout.Paragraph> paragraphs) {
        return paragraphs.stream().map(p -> text.substring(p.range().start(), p.range().end())).toList();
    }

    @Test
    void paragraphsAreTheNonBlankLinesWithoutTheirEdgeSpaces() {
        String text = "  第一段。 \n\n\n第二段。\n　\n**小標題**\n";

        List<SourceLayout.Block> blocks = SourceLayout.blocks(source(text, List.of()));

        assertThat(blocks).hasSize(1);
        assertThat(texts(text, blocks.get(0).paragraphs())).containsExactly("第一段。", "第二段。", "**小標題**");
        assertThat(blocks.get(0).paragraphs()).extracting(SourceLayout.Paragraph::heading)
                .containsExactly(false, false, true);
    }

    @Test
    void aPartThatIsNotArticleTextIsABlockOfItsOwnEvenWhenItStartsMidLine() {
        String text = "正文一。廣告開始\n廣告結束\n正文二。";
        NonArticlePart ad = new NonArticlePart(NonArticleKind.ADVERTISEMENT, rangeOf(text, "廣告開始\n廣告結束"), null);

        List<SourceLayout.Block> blocks = SourceLayout.blocks(source(text, List.of(ad)));

        assertThat(blocks).extracting(SourceLayout.Block::isArticle).containsExactly(true, false, true);
        assertThat(texts(text, blocks.get(0).paragraphs())).containsExactly("正文一。");
        assertThat(blocks.get(1).part()).isEqualTo(ad);
        assertThat(texts(text, blocks.get(1).paragraphs())).containsExactly("廣告開始", "廣告結束");
        assertThat(texts(text, blocks.get(2).paragraphs())).containsExactly("正文二。");
    }

    @Test
    void everyCharacterOfEveryRealSourceIsInExactlyOneParagraphOrIsSpace() {
        TimelineModel model = ReadingSample.model();
        for (Source s : model.sources()) {
            boolean[] covered = new boolean[s.text().length()];
            for (SourceLayout.Block b : SourceLayout.blocks(s)) {
                for (SourceLayout.Paragraph p : b.paragraphs()) {
                    for (int i = p.range().start(); i < p.range().end(); i++) {
                        assertThat(covered[i]).as("%s offset %d shown twice", s.id(), i).isFalse();
                        covered[i] = true;
                    }
                }
            }
            for (int i = 0; i < covered.length; i++) {
                char c = s.text().charAt(i);
                assertThat(covered[i] || Character.isWhitespace(c) || Character.isSpaceChar(c))
                        .as("%s offset %d (%s) not shown", s.id(), i, c).isTrue();
            }
        }
    }

    @Test
    void boldMarkersAreFoundInPairs() {
        String text = "**引言:OpenAI 的動盪** 與 **內幕**";

        assertThat(SourceLayout.boldMarkers(text, new TextRange(0, text.length())))
                .extracting(TextRange::start)
                .containsExactly(0, text.indexOf("** 與"), text.indexOf("**內幕"), text.lastIndexOf("**"));
    }
}
