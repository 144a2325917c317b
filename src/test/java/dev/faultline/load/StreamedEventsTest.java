package dev.faultline.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faultline.model.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events are read in a second pass, streamed one at a time, so that a million of them never stand in memory as a
 * tree. These stories check that nothing about a model's meaning depends on it.
 */
class StreamedEventsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String smallCrisis() throws IOException {
        return Files.readString(TestModels.resource("valid/small-crisis.json"));
    }

    private static Optional<String> seed(String relative) {
        Path file = TestModels.resource("valid/small-crisis.json").resolveSibling(relative).normalize();
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The model with its top-level members in the given order (the rest after, as they were). */
    private static String reordered(String json, String... first) {
        Map<String, Object> members = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
        });
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : first) {
            out.put(name, members.remove(name));
        }
        out.putAll(members);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
    }

    @Test
    void eventsWrittenBeforeThePeopleAndSourcesTheyCiteLoadAllTheSame() throws IOException {
        String json = reordered(smallCrisis(), "events", "disagreements");
        assertThat(json.indexOf("\"events\"")).isLessThan(json.indexOf("\"sources\""));

        LoadResult result = new ModelLoader().load("reordered.json", json, StreamedEventsTest::seed);

        assertThat(result.problems()).isEmpty();
        assertThat(result.model().orElseThrow().events()).extracting(Event::id)
                .containsExactly("altman-fired", "microsoft-hires-altman", "altman-returns");
        assertThat(result.counts()).isEqualTo(new LoadResult.Counts(3, 2, 2, 7));
    }

    @Test
    void aRepeatedFieldInsideAnEventIsReportedAtItsLineWithItsPath() throws IOException {
        String json = smallCrisis().replaceFirst("\"importance\": (\\d)", "\"importance\": $1, \"importance\": 2");

        LoadResult result = new ModelLoader().load("dup.json", json, StreamedEventsTest::seed);

        int line = 1 + (int) json.substring(0, json.indexOf("\"importance\": 2")).chars().filter(c -> c == '\n')
                .count();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.jsonPath()).isEqualTo("$.events[0].importance");
            assertThat(p.message()).startsWith("duplicate field \"importance\"");
        });
    }

    @Test
    void eventsThatAreNotAnArrayAreReportedAsBefore() throws IOException {
        Map<String, Object> members = JSON.readValue(smallCrisis(),
                new TypeReference<LinkedHashMap<String, Object>>() {
                });
        members.put("events", "none");
        members.remove("disagreements");

        LoadResult result = new ModelLoader().load("m.json", JSON.writeValueAsString(members),
                StreamedEventsTest::seed);

        assertThat(result.model()).isEmpty();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.message())
                .contains("\"events\" must be an array"));
    }

    @Test
    void aFileThatChangedBetweenThePassesIsReportedNotMisread() throws IOException {
        String json = smallCrisis();
        Problems problems = new Problems("m.json");
        LocatedJson root = LocatedJsonReader.read("m.json", ModelText.of(json), problems, f -> {
        }, true).orElseThrow();
        long at = ((LocatedJson.JsonObject) root).members().get("events").value().at();
        String changed = json.replaceFirst("\"format\": 1,", "\"format\": 1, \"more\": [1, 2, 3],\n");
        List<LocatedJson> seen = new ArrayList<>();

        boolean read = LocatedJsonReader.stream("m.json", ModelText.of(changed), problems, f -> {
        }, at + 1, (item, i) -> seen.add(item));

        assertThat(read).isFalse();
        assertThat(seen).isEmpty();
        assertThat(problems.sorted()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("changed while it was being read; open it again"));
    }

    @Test
    void theFirstPassKeepsOnlyTheEventsCountAndPosition() throws IOException {
        Problems problems = new Problems("m.json");
        String json = smallCrisis();
        LocatedJson root = LocatedJsonReader.read("m.json", ModelText.of(json), problems, f -> {
        }, true).orElseThrow();

        assertThat(((LocatedJson.JsonObject) root).members().get("events").value())
                .isInstanceOfSatisfying(LocatedJson.StreamedArray.class, a -> {
                    assertThat(a.size()).isEqualTo(3);
                    assertThat(a.position().line()).isEqualTo(json.lines().toList()
                            .indexOf("  \"events\": [") + 1);
                });
    }

    @Test
    void theModelFileIsReadFromDiskOnEachPassWithoutBeingHeldWhole(@org.junit.jupiter.api.io.TempDir Path temp)
            throws IOException {
        // A byte-order mark, then the model: columns count from after the mark in both passes.
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Files.copy(TestModels.resource("seeds/trad.txt"), seeds.resolve("trad.txt"));
        Files.copy(TestModels.resource("seeds/simp.txt"), seeds.resolve("simp.txt"));
        Path dir = Files.createDirectories(temp.resolve("valid"));
        Path model = dir.resolve("m.json");
        Files.write(model, ("\uFEFF" + smallCrisis().replaceFirst("\"importance\": (\\d)", "\"importance\": 9"))
                .getBytes(StandardCharsets.UTF_8));

        LoadResult result = new ModelLoader().load(model);

        String text = smallCrisis();
        int offset = text.indexOf("\"importance\": ") + "\"importance\": ".length();
        int line = 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        int column = offset - text.lastIndexOf('\n', offset - 1);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.jsonPath()).isEqualTo("$.events[0].importance");
        });
    }

    @Test
    @Timeout(10)
    void theParserThreadHandsOverEveryItemInOrderAndStopsWhenTheReaderStops() throws InterruptedException {
        List<Integer> seen = new ArrayList<>();
        boolean parsed = EventPipeline.run(visitor -> {
            for (int i = 0; i < 10_000; i++) {
                visitor.visit(new LocatedJson.JsonNull(i), i);
            }
            return true;
        }, (item, i) -> seen.add(i));
        assertThat(parsed).isTrue();
        assertThat(seen).hasSize(10_000).isSorted();

        AtomicBoolean parserStopped = new AtomicBoolean();
        Thread[] parser = new Thread[1];
        assertThatThrownBy(() -> EventPipeline.run(visitor -> {
            parser[0] = Thread.currentThread();
            try {
                for (int i = 0; ; i++) { // would never end on its own
                    visitor.visit(new LocatedJson.JsonNull(i), i);
                }
            } finally {
                parserStopped.set(true);
            }
        }, (item, i) -> {
            if (i == 5_000) {
                throw new CancellationException("cancelled");
            }
        })).isInstanceOf(CancellationException.class);
        parser[0].join(5_000);
        assertThat(parserStopped).isTrue();

        assertThatThrownBy(() -> EventPipeline.run(visitor -> {
            throw new IllegalStateException("parser broke");
        }, (item, i) -> {
        })).isInstanceOf(IllegalStateException.class).hasMessage("parser broke");
    }
}
