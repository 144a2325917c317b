package dev.faultline.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.TimelineModel;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A query that is one of a person's names, in any script or case, finds the same events as any other form of it. */
class NameFormSearchTest {

    private static final TimelineModel MODEL = SeedModel.build();
    private static final SearchIndex INDEX = SearchIndex.build(MODEL);

    private static Set<String> found(String text) {
        return INDEX.apply(EventFilter.NONE.withText(text)).events().stream().map(e -> e.id())
                .collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "sam-altman|altman|Sam Altman|SAM ALTMAN|奥特曼|奧特曼|薩姆|萨姆·奥特曼",
        "ilya-sutskever|sutskever|Ilya Sutskever|蘇茨克維|苏茨克维|伊爾亞|ilya|",
        "mira-murati|murati|Mira Murati|穆拉蒂|米拉・穆拉蒂|米拉||"})
    void everyNameFormOfAPersonFindsTheSameEvents(String id, String first, String second, String third, String fourth,
            String fifth, String sixth, String seventh) {
        Set<String> expected = found(first);
        assertThat(expected).isNotEmpty();
        for (String form : new String[] {second, third, fourth, fifth, sixth, seventh}) {
            if (form != null) {
                assertThat(found(form)).as(form).isEqualTo(expected);
                assertThat(INDEX.namedPeople(form)).as(form).containsExactly(id);
            }
        }
        // Every event the person takes part in is among them.
        Set<String> theirs = MODEL.events().stream().filter(e -> e.people().contains(id)).map(e -> e.id())
                .collect(Collectors.toSet());
        assertThat(expected).containsAll(theirs);
    }

    @Test
    void aChineseNameFindsAnEventThatOnlyWritesTheLatinName() {
        Set<String> latinOnly = found("\"Altman\"");
        Set<String> byChinese = found("奥特曼");
        assertThat(byChinese).containsAll(latinOnly);
    }

    @Test
    void theResultSaysWhoseNameMatched() {
        SearchResults r = INDEX.search(EventFilter.NONE.withText("奧特曼"), 50);
        assertThat(r.namedPeople()).containsExactly("sam-altman");
        assertThat(r.matchCount()).isEqualTo(found("altman").size());
    }

    @Test
    void plainTextStillMatchesLiterally() {
        assertThat(INDEX.namedPeople("board")).isEmpty();
        assertThat(INDEX.namedPeople("Altman fired")).isEmpty();
        assertThat(INDEX.search(EventFilter.NONE.withText("board"), 50).namedPeople()).isEmpty();
        // Two words that are not one name still both have to occur.
        assertThat(found("Altman Brockman")).isSubsetOf(found("Brockman"));
    }

    @Test
    void aPartTwoPeopleShareNamesNeither() {
        assertThat(INDEX.namedPeople("Sam")).containsExactly("sam-altman");
        assertThat(List.of(INDEX.namedPeople("·"))).containsExactly(List.of());
    }
}
