package dev.faultline.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text query finds events by title, summary, excerpt, people's names and organisations' names, whatever script,
 * width or case the query and the text are written in; several words must all occur.
 */
class TextSearchTest {

    private final SearchIndex index = SearchIndex.build(SeedModel.build());

    private List<String> find(String text) {
        return index.apply(EventFilter.NONE.withText(text)).ids();
    }

    @Test
    void aSimplifiedQueryFindsTraditionalText() {
        // board-doubts has neither Altman as a person nor his name in a title: only its Traditional excerpt has 奧特曼.
        assertThat(find("奥特曼")).contains("board-doubts", "altman-returns");
    }

    @Test
    void aTraditionalQueryFindsSimplifiedText() {
        assertThat(find("發言")).containsExactly("apec-remarks");
        assertThat(find("投資人")).containsExactly("investors-press-board");
    }

    @ParameterizedTest
    @ValueSource(strings = {"奥特曼", "奧特曼", "altman", "ALTMAN", "Ａｌｔｍａｎ"})
    void everyFormOfAltmansNameFindsAllHisEvents(String query) {
        assertThat(find(query)).contains("apec-remarks", "altman-fired", "nadella-offer", "altman-returns");
    }

    @Test
    void fullWidthLatinFindsHalfWidthText() {
        assertThat(find("ＡＰＥＣ")).containsExactly("apec-remarks");
    }

    @Test
    void aTermMixingScriptsAndNameDotsFindsItsPassage() {
        // The seed writes 薩姆・奧特曼 (Traditional, katakana middle dot); the query is Simplified with a Latin dot.
        assertThat(find("CEO萨姆·奥特曼在")).containsExactly("altman-fired");
    }

    @Test
    void severalWordsMustAllOccur() {
        assertThat(find("board altman")).containsExactly("altman-fired");
        assertThat(find("board")).hasSizeGreaterThan(1);
        assertThat(find("board zzzz")).isEmpty();
    }

    @Test
    void wordsMayBeFoundInDifferentFields() {
        // "investors" is in the title, 施压 only in the excerpt.
        assertThat(find("investors 施壓")).containsExactly("investors-press-board");
    }

    @Test
    void anAliasFindsTheEventsOfItsPerson() {
        // employee-letter mentions no Sutskever anywhere in its text; he is among its people.
        assertThat(find("Sutskever")).contains("employee-letter", "altman-fired", "board-doubts", "ssi-founded");
        assertThat(find("蘇茨克維")).contains("employee-letter");
        assertThat(find("苏茨克维")).contains("employee-letter");
    }

    @Test
    void anOrganisationNameFindsItsEvents() {
        assertThat(find("微软")).contains("microsoft-investment", "nadella-offer", "altman-returns");
    }

    @Test
    void partOfAWordFindsTheWord() {
        assertThat(find("brock")).containsExactly("brockman-leave");
        assertThat(find("4o")).containsExactly("murati-leaves");
        assertThat(find("gpt-4o")).containsExactly("murati-leaves");
    }

    @Test
    void aQuotedPhraseMustOccurAsWritten() {
        assertThat(find("\"fires sam\"")).containsExactly("altman-fired");
        assertThat(find("\"sam fires\"")).isEmpty();
    }

    @Test
    void aBlankOrPunctuationOnlyQueryConstrainsNothing() {
        assertThat(find("   ")).hasSize(12);
        assertThat(find("· -")).hasSize(12);
    }

    @Test
    void theQueryAndTheOtherConstraintsCombine() {
        EventFilter f = EventFilter.NONE.withText("奥特曼").withFactions(java.util.Set.of("safety"));

        assertThat(index.apply(f).ids()).containsExactly("board-doubts", "altman-fired");
    }
}
