package dev.faultline.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.Event;
import dev.faultline.model.Excerpt;
import dev.faultline.model.Organization;
import dev.faultline.model.Person;
import dev.faultline.model.Source;
import dev.faultline.model.TimelineModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The curated model that ships with the app: it loads cleanly, and it meets the curation rules. */
class ShippedModelTest {

    static final Path SHIPPED = Path.of("assets/model/openai-crisis.json");

    private static LoadResult result;
    private static TimelineModel model;

    @BeforeAll
    static void load() {
        result = new ModelLoader().load(SHIPPED);
        model = result.model().orElse(null);
    }

    @Test
    void theShippedModelLoadsWithNoErrors() {
        assertThat(result.errors()).as("errors:%n%s", formatted(result.errors())).isEmpty();
        assertThat(model).isNotNull();
        assertThat(model.sources()).hasSize(5);
    }

    @Test
    void theModelsChineseIsPunctuatedAsTaiwanWritesIt() {
        // Full-width ，：；？！（） in curated Chinese; CuratedTextRules warns at each half-width one.
        assertThat(result.problems()).filteredOn(p -> p.message().contains("half-width"))
                .as("half-width marks in curated Chinese").isEmpty();
    }

    @Test
    void everyPersonTakesPartInAnEvent() {
        assertThat(model.people()).allSatisfy(p ->
                assertThat(model.eventsWithPerson(p.id())).as("events with %s", p.id()).isNotEmpty());
    }

    @Test
    void everySourceIsCitedByAnEvent() {
        assertThat(model.sources()).allSatisfy(s ->
                assertThat(model.eventsCiting(s.id())).as("events citing %s", s.id()).isNotEmpty());
    }

    @Test
    void theKeyTheModelsTextCitesEachSourceByIsItsSeedsNumberAndNamesNoOtherSource() throws Exception {
        // The text says "003 says …"; the app shows each source's key beside it, so each key must be the one meant.
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Source s : model.sources()) {
            String number = Path.of(s.file()).getFileName().toString().substring(0, 3);
            assertThat(s.citeKey()).as("cite key of %s", s.id()).contains(number);
            keys.add(number);
        }
        String json = java.nio.file.Files.readString(SHIPPED);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![0-9A-Za-z.,$#])0[0-9]{2}(?![0-9])")
                .matcher(json);
        int mentions = 0;
        while (m.find()) {
            assertThat(keys).as("a key in the text at offset %d", m.start()).contains(m.group());
            mentions++;
        }
        assertThat(mentions).isGreaterThan(100);
    }

    @Test
    void everyEventHasAnExcerpt() {
        assertThat(model.events()).allSatisfy(e -> assertThat(e.excerpts()).as("excerpts of %s", e.id()).isNotEmpty());
    }

    @Test
    void everyAliasOccursVerbatimInSomeSeed() {
        List<String> texts = model.sources().stream().map(Source::text).toList();
        List<String> aliases = Stream.concat(model.people().stream().flatMap(p -> p.aliases().stream()),
                model.organizations().stream().flatMap(o -> o.aliases().stream())).toList();

        assertThat(aliases).isNotEmpty().allSatisfy(alias ->
                assertThat(texts).as("seeds holding alias \"%s\"", alias).anySatisfy(t -> assertThat(t).contains(alias)));
    }

    @Test
    void noTwoEventsCiteTheSamePassageUnlessACuratorNoteExplainsIt() {
        Map<String, List<Event>> eventsBySpan = new HashMap<>();
        for (Event event : model.events()) {
            for (Excerpt x : event.excerpts()) {
                String span = x.sourceId() + "@" + x.range().start() + "-" + x.range().end();
                List<Event> citing = eventsBySpan.computeIfAbsent(span, k -> new ArrayList<>());
                if (!citing.contains(event)) {
                    citing.add(event);
                }
            }
        }
        List<String> unexplained = new ArrayList<>();
        eventsBySpan.forEach((span, events) -> {
            for (int i = 0; i < events.size(); i++) {
                for (int j = i + 1; j < events.size(); j++) {
                    Event a = events.get(i);
                    Event b = events.get(j);
                    if (!mentions(a, b) && !mentions(b, a)) {
                        unexplained.add(a.id() + " and " + b.id() + " both quote " + span);
                    }
                }
            }
        });

        assertThat(unexplained).isEmpty();
    }

    private static boolean mentions(Event noted, Event other) {
        return noted.note().map(n -> n.en().contains(other.id())).orElse(false);
    }

    @Test
    void namesAreNotDeclaredTwiceUnderDifferentIds() {
        Map<String, List<String>> ownersByAlias = new HashMap<>();
        for (Person p : model.people()) {
            p.aliases().forEach(a -> ownersByAlias.computeIfAbsent(a, k -> new ArrayList<>()).add(p.id()));
        }
        for (Organization o : model.organizations()) {
            o.aliases().forEach(a -> ownersByAlias.computeIfAbsent(a, k -> new ArrayList<>()).add(o.id()));
        }

        assertThat(ownersByAlias.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " → " + e.getValue()).toList()).isEmpty();
    }

    private static String formatted(List<Problem> problems) {
        return problems.stream().map(Problem::format).collect(Collectors.joining(System.lineSeparator()));
    }
}
