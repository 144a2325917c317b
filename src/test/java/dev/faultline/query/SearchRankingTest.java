package dev.faultline.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.Source;
import dev.faultline.model.TextRange;
import dev.faultline.model.TimelineModel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Search results: ranked title, person, organisation, summary, excerpt, then by date; each with a snippet. */
class SearchRankingTest {

    private static final TimelineModel MODEL = SeedModel.build();
    private final SearchIndex index = SearchIndex.build(MODEL);

    private SearchResults search(String text) {
        return index.search(EventFilter.NONE.withText(text), 100);
    }

    private static String highlighted(Snippet s, int i) {
        TextRange r = s.highlights().get(i);
        return s.text().substring(r.start(), r.end());
    }

    @Test
    void titleHitsComeFirstThenPeopleThenExcerptsEachByDate() {
        SearchResults r = search("奥特曼");

        assertThat(r.hits()).extracting(SearchHit::eventId).containsExactly(
                "apec-remarks", "altman-fired", "altman-returns", "nadella-offer", "board-doubts");
        assertThat(r.hits()).extracting(SearchHit::field).containsExactly(SearchHit.Field.TITLE,
                SearchHit.Field.TITLE, SearchHit.Field.TITLE, SearchHit.Field.PERSON, SearchHit.Field.EXCERPT);
        assertThat(r.matchCount()).isEqualTo(5);
    }

    @Test
    void summaryHitsRankAfterNamesAndBeforeExcerpts() {
        SearchResults r = search("微軟");

        assertThat(r.hits()).extracting(h -> h.eventId() + ":" + h.field()).containsExactly(
                "microsoft-investment:TITLE", "nadella-offer:ORGANIZATION", "altman-returns:ORGANIZATION");
        SearchResults summaries = search("warning");
        assertThat(summaries.hits()).extracting(SearchHit::field).containsExactly(SearchHit.Field.SUMMARY);
    }

    @Test
    void aTitleHitHighlightsTheTermInTheTitleAsWritten() {
        // Quoted: the word as written, not the person's every name.
        SearchHit hit = search("\"ALTMAN\"").hits().get(1);

        assertThat(hit.eventId()).isEqualTo("altman-fired");
        assertThat(hit.snippet().text()).isEqualTo("Board fires Sam Altman");
        assertThat(highlighted(hit.snippet(), 0)).isEqualTo("Altman");
        assertThat(hit.matchRange()).isEqualTo(new TextRange(16, 22));
    }

    @Test
    void aTraditionalTitleIsHighlightedForASimplifiedQuery() {
        SearchHit hit = search("\"奥特曼\"").hits().get(1);

        assertThat(hit.snippet().text()).isEqualTo("董事會解職奧特曼");
        assertThat(highlighted(hit.snippet(), 0)).isEqualTo("奧特曼");
    }

    @Test
    void aPersonHitNamesThePersonAndTheFormThatMatched() {
        SearchHit hit = search("\"奥特曼\"").hits().get(3);

        assertThat(hit.refId()).isEqualTo("sam-altman");
        assertThat(hit.snippet().text()).isEqualTo("薩姆・奧特曼");
        assertThat(highlighted(hit.snippet(), 0)).isEqualTo("奧特曼");
    }

    @Test
    void anExcerptHitPointsIntoItsSource() {
        SearchHit hit = search("奥特曼").hits().get(4);
        Source source = MODEL.source(SeedModel.AI_EMPIRE).orElseThrow();

        assertThat(hit.field()).isEqualTo(SearchHit.Field.EXCERPT);
        assertThat(hit.refId()).isEqualTo(SeedModel.AI_EMPIRE);
        assertThat(source.slice(hit.matchRange())).isEqualTo("奧特曼");
        assertThat(source.slice(hit.passage())).isEqualTo("董事會中的首席科學家伊爾亞・蘇茨克維與其他成員認為奧特曼言行不一");
        assertThat(hit.snippet().text()).contains("奧特曼言行不一");
        assertThat(highlighted(hit.snippet(), 0)).isEqualTo("奧特曼");
    }

    @Test
    void everyTermIsHighlightedInTheSnippet() {
        SearchHit hit = search("board altman").hits().get(0);

        assertThat(hit.snippet().highlights()).hasSize(2);
        assertThat(highlighted(hit.snippet(), 0)).isEqualTo("Board");
        assertThat(highlighted(hit.snippet(), 1)).isEqualTo("Altman");
    }

    @Test
    void resultsStopAtTheLimitButCountEveryMatch() {
        SearchResults r = index.search(EventFilter.NONE.withText("奥特曼"), 2);

        assertThat(r.hits()).extracting(SearchHit::eventId).containsExactly("apec-remarks", "altman-fired");
        assertThat(r.matchCount()).isEqualTo(5);
        assertThat(r.truncated()).isTrue();
    }

    @Test
    void searchHonoursTheRestOfTheFilter() {
        SearchResults r = index.search(EventFilter.NONE.withText("奥特曼").withFactions(Set.of("safety")), 100);

        assertThat(r.hits()).extracting(SearchHit::eventId).containsExactly("altman-fired", "board-doubts");
    }

    @Test
    void withoutAQueryThereAreNoHits() {
        assertThat(index.search(EventFilter.NONE.withFactions(Set.of("safety")), 100).hits()).isEmpty();
    }

    @Test
    void aLongTextIsCutAroundTheHitWithEllipses() {
        String text = "a".repeat(100) + "Altman" + "b".repeat(200);
        Snippet s = Snippet.around(text, text.toLowerCase(), List.of("altman"), 100, 30, 90);

        assertThat(s.text()).startsWith("…a").endsWith("b…").hasSize(1 + 30 + 90 + 1);
        assertThat(highlighted(s, 0)).isEqualTo("Altman");
    }

    @Test
    void aSnippetIsOneLine() {
        String text = "first line\nAltman\nthird";
        Snippet s = Snippet.around(text, text.toLowerCase(), List.of("altman"), 11, 30, 90);

        assertThat(s.text()).isEqualTo("first line Altman third");
        assertThat(highlighted(s, 0)).isEqualTo("Altman");
    }
}
