package dev.faultline.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.FactionMembership;
import dev.faultline.model.LocalizedText;
import dev.faultline.model.Person;
import dev.faultline.model.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding people by any form of their name, in any script, width or case. */
class AliasIndexTest {

    private static Person person(String id, String en, String zh, String... aliases) {
        return new Person(id, LocalizedText.of(en, zh), List.of(aliases), LocalizedText.of("", ""), List.of(),
                List.<FactionMembership>of());
    }

    private final AliasIndex people = AliasIndex.ofPeople(List.of(
            person("sam-altman", "Sam Altman", "薩姆・奧特曼", "Altman", "奧特曼", "萨姆·奥特曼"),
            person("ilya-sutskever", "Ilya Sutskever", "伊爾亞・蘇茨克維", "Ilya"),
            person("samuel-x", "Samuel X", null)));

    private static String fold(String s) {
        return ScriptFolding.instance().fold(s);
    }

    @Test
    void aSimplifiedTermFindsATraditionalName() {
        List<AliasIndex.Match> found = people.containing(fold("奥特曼"));

        assertThat(found).extracting(AliasIndex.Match::id).containsExactly("sam-altman");
        assertThat(found.get(0).form()).isEqualTo("薩姆・奧特曼");
        assertThat(found.get(0).range()).isEqualTo(new TextRange(3, 6));
    }

    @Test
    void aTraditionalTermFindsASimplifiedAlias() {
        AliasIndex simplifiedOnly = AliasIndex.of(java.util.Map.of("sam-altman", List.of("萨姆·奥特曼")));

        assertThat(simplifiedOnly.containing(fold("薩姆・奧特曼"))).extracting(AliasIndex.Match::id)
                .containsExactly("sam-altman");
    }

    @Test
    void latinNamesMatchInAnyCaseAndWidth() {
        assertThat(people.containing(fold("ALTMAN"))).extracting(AliasIndex.Match::id).containsExactly("sam-altman");
        assertThat(people.containing(fold("ｓｕｔｓｋｅｖｅｒ"))).extracting(AliasIndex.Match::id)
                .containsExactly("ilya-sutskever");
    }

    @Test
    void partOfANameFindsEveryoneWhoseNameHasIt() {
        assertThat(people.containing("sam")).extracting(AliasIndex.Match::id).containsExactly("sam-altman",
                "samuel-x");
    }

    @Test
    void canonicalNamesAreTriedBeforeAliases() {
        assertThat(people.match("sam-altman", "altman")).get().extracting(AliasIndex.Match::form)
                .isEqualTo("Sam Altman");
    }

    @Test
    void anUnknownIdOrAnEmptyTermMatchesNothing() {
        assertThat(people.match("nobody", "sam")).isEmpty();
        assertThat(people.containing("")).isEmpty();
        assertThat(people.forms("ilya-sutskever")).containsExactly("Ilya Sutskever", "伊爾亞・蘇茨克維", "Ilya");
    }
}
