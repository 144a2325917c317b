package dev.faultline.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.LocalizedText;
import dev.faultline.model.Person;
import dev.faultline.model.TextRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionFinderTest {

    private static List<String> mentioned(String text, List<TextRange> ranges) {
        return ranges.stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    private static int countOf(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }

    @Test
    void aTraditionalAliasFindsTheSimplifiedFormInASimplifiedSource() throws IOException {
        String simplified = Files.readString(Path.of("seeds/003_3fc5ce4f1f89eb97.txt"));
        MentionFinder finder = MentionFinder.of(List.of("奧特曼"));

        List<TextRange> found = finder.findIn(simplified);

        assertThat(found).isNotEmpty();
        assertThat(mentioned(simplified, found)).containsOnly("奥特曼").hasSize(countOf(simplified, "奥特曼"));
    }

    @Test
    void aSimplifiedAliasFindsTheTraditionalFormInATraditionalSource() throws IOException {
        String traditional = Files.readString(Path.of("seeds/000_367d240735b54457.txt"));
        MentionFinder finder = MentionFinder.of(List.of("奥特曼"));

        List<TextRange> found = finder.findIn(traditional);

        assertThat(mentioned(traditional, found)).containsOnly("奧特曼").hasSize(countOf(traditional, "奧特曼"));
    }

    @Test
    void aShortLatinAliasIsNotFoundInsideLongerWords() {
        String text = "Samuel and Samsung met Sam's team; 由Sam帶領, then SAM spoke. Sam";

        List<TextRange> found = MentionFinder.of(List.of("Sam")).findIn(text);

        assertThat(mentioned(text, found)).containsExactly("Sam", "Sam", "SAM", "Sam");
        assertThat(found.get(0).start()).isEqualTo(text.indexOf("Sam's"));
        assertThat(found.get(1).start()).isEqualTo(text.indexOf("Sam帶領"));
    }

    @Test
    void overlappingAliasesResolveToTheLongestAndNeverOverlap() {
        String text = "CEO Sam Altman met Altman, then Sam left.";

        List<TextRange> found = MentionFinder.of(List.of("Sam", "Altman", "Sam Altman")).findIn(text);

        assertThat(mentioned(text, found)).containsExactly("Sam Altman", "Altman", "Sam");
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
        }
    }

    @Test
    void aFullNameWithAnotherKindOfMiddleDotIsOneMention() {
        String text = "人工智能公司OpenAI首席执行官萨姆·奥特曼(Sam Altman)表达了看好";

        List<TextRange> found = MentionFinder.of(List.of("奧特曼", "薩姆・奧特曼", "Sam Altman")).findIn(text);

        assertThat(mentioned(text, found)).containsExactly("萨姆·奥特曼", "Sam Altman");
    }

    @Test
    void aPersonIsFoundByTheirCanonicalNamesAsWellAsTheirAliases() {
        Person ilya = new Person("ilya-sutskever", LocalizedText.of("Ilya Sutskever", "伊爾亞・蘇茨克維"),
                List.of("Ilya"), LocalizedText.of("Chief scientist.", null), List.of(), List.of());
        String text = "首席科學家伊爾亞・蘇茨克維與Ilya Sutskever、Ilya。";

        List<TextRange> found = MentionFinder.forPerson(ilya).findIn(text);

        assertThat(mentioned(text, found)).containsExactly("伊爾亞・蘇茨克維", "Ilya Sutskever", "Ilya");
    }

    @Test
    void blankFormsFindNothing() {
        assertThat(MentionFinder.of(List.of("", "  ")).findIn("anything at all")).isEmpty();
    }
}
