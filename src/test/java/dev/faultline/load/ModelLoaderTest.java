package dev.faultline.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.Event;
import dev.faultline.model.Excerpt;
import dev.faultline.model.NonArticleKind;
import dev.faultline.model.Source;
import dev.faultline.model.TimelineModel;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLoaderTest {

    @TempDir
    Path temp;

    @Test
    void aValidModelLoadsWithEveryQuoteAnchoredToItsSeedText() throws IOException {
        LoadResult result = TestModels.load("valid/small-crisis.json");

        assertThat(result.problems()).isEmpty();
        TimelineModel model = result.model().orElseThrow();
        assertThat(model.events()).extracting(Event::id)
                .containsExactly("altman-fired", "microsoft-hires-altman", "altman-returns");
        Source trad = model.source("trad-news").orElseThrow();
        assertThat(trad.text()).isEqualTo(Files.readString(TestModels.resource("seeds/trad.txt")));
        Stream.concat(model.events().stream().flatMap(e -> e.excerpts().stream()),
                model.disagreements().stream().flatMap(d -> d.claims().stream()).map(c -> c.excerpt()))
                .forEach(x -> assertThat(model.source(x.sourceId()).orElseThrow().slice(x.range()))
                        .isEqualTo(x.quote()));
        assertThat(result.counts()).isEqualTo(new LoadResult.Counts(3, 2, 2, 7));
    }

    @Test
    void theOccurrenceNumberPicksTheSecondOfTwoEqualSentences() {
        TimelineModel model = TestModels.load("valid/small-crisis.json").model().orElseThrow();
        Source trad = model.source("trad-news").orElseThrow();
        Excerpt second = model.event("altman-fired").orElseThrow().excerpts().get(2);

        assertThat(second.occurrence()).isEqualTo(2);
        assertThat(second.range().start()).isEqualTo(trad.text().lastIndexOf(second.quote()))
                .isGreaterThan(trad.text().indexOf(second.quote()));
    }

    @Test
    void nonArticlePartsAreAnchoredToo() {
        Source trad = TestModels.load("valid/small-crisis.json").model().orElseThrow().source("trad-news")
                .orElseThrow();

        assertThat(trad.nonArticle()).singleElement().satisfies(part -> {
            assertThat(part.kind()).isEqualTo(NonArticleKind.PREAMBLE);
            assertThat(trad.slice(part.range())).isEqualTo("好的，以下是整理後的文稿。");
            assertThat(part.range().start()).isZero();
        });
        assertThat(trad.nonArticleAt(3)).isPresent();
        assertThat(trad.nonArticleAt(20)).isEmpty();
    }

    @Test
    void curationSlipsAreWarningsAndTheModelStillLoads() {
        LoadResult result = TestModels.load("valid/warnings.json");

        assertThat(result.model()).isPresent();
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(p -> p.line() + ":" + p.column() + " " + p.message())
                .containsExactly(
                        "17:13 source \"simp\" is cited by no event",
                        "27:142 \"zh\" of \"description\" has a half-width ',' in Chinese text (character 4);"
                                + " Chinese text takes full-width marks (，：；？！（）), as written in Taiwan; a source's"
                                + " words quoted in 「」 keep theirs",
                        "35:13 person \"adam-dangelo\" takes part in no event",
                        "37:19 alias \"德安傑羅\" occurs in no seed text");
        assertThat(result.warnings()).allSatisfy(p -> assertThat(p.format()).contains(": warning: "));
    }

    @Test
    void everyProblemIsReportedInFileOrderNotJustTheFirst() throws IOException {
        String json = Files.readString(TestModels.resource("valid/minimal.json"))
                .replace("\"color\": \"#0072B2\"", "\"color\": \"blue\"")
                .replace("\"kind\": \"return\"", "\"kind\": \"comeback\"")
                .replace("\"importance\": 5,\n      \"excerpts\": [{\"source\": \"trad\", \"quote\": \"OpenAI",
                        "\"importance\": 0,\n      \"excerpts\": [{\"source\": \"trad\", \"quote\": \"OpenAI");
        Path model = Files.createDirectories(temp.resolve("models")).resolve("three-errors.json");
        Files.writeString(model, json);
        Files.createDirectories(temp.resolve("seeds"));
        Files.copy(TestModels.resource("seeds/trad.txt"), temp.resolve("seeds/trad.txt"));

        LoadResult result = new ModelLoader().load(model);

        assertThat(result.errors()).extracting(Problem::line).containsExactly(18, 42, 49);
        assertThat(result.errors()).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).startsWith("colour \"blue\""),
                m -> assertThat(m).contains("\"importance\" must be a whole number from 1 to 5, not 0"),
                m -> assertThat(m).startsWith("unknown event kind \"comeback\""));
    }

    @Test
    void aSeedThatIsNotUtf8IsReportedAtTheOffendingByteInTheSeed() {
        LoadResult result = TestModels.load("invalid/seed-not-utf8.json");

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("latin1.txt");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(4);
            assertThat(p.jsonPath()).isEqualTo("$.sources[0].file");
            assertThat(p.message()).isEqualTo("seed file is not valid UTF-8: byte 16 (0xE9) does not form a"
                    + " character; save the file as UTF-8");
        });
    }

    @Test
    void aModelFileThatIsNotUtf8IsRefusedSayingWhere() throws IOException {
        Path model = temp.resolve("latin1.json");
        Files.write(model, "{\n  \"title\": \"caf\u00e9\"\n}\n".getBytes(StandardCharsets.ISO_8859_1));

        LoadResult result = new ModelLoader().load(model);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.format()).isEqualTo(model + ":2:16: model file is not valid UTF-8: byte 17 (0xE9) does"
                    + " not form a character; save the file as UTF-8");
        });
    }

    @Test
    void anOversizedModelIsRefusedWithoutReadingIt() throws IOException {
        Path model = temp.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(model.toFile(), "rw")) {
            file.setLength(ModelLoader.MAX_MODEL_BYTES + 1); // sparse: nothing is written
        }

        LoadResult result = new ModelLoader().load(model);

        assertThat(result.problems()).singleElement().extracting(Problem::format)
                .isEqualTo(model + ": model file is too large (536,870,913 bytes); the limit is 512 MiB");
    }

    @Test
    void anOversizedSeedIsRefusedAtTheSourceThatNamesIt() throws IOException {
        Path models = Files.createDirectories(temp.resolve("model"));
        Files.copy(TestModels.resource("valid/minimal.json"), models.resolve("m.json"));
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        try (RandomAccessFile file = new RandomAccessFile(seeds.resolve("trad.txt").toFile(), "rw")) {
            file.setLength(ModelLoader.MAX_SEED_BYTES + 1);
        }

        LoadResult result = new ModelLoader().load(models.resolve("m.json"));

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).isEqualTo("seed file \"../seeds/trad.txt\" is too large (4,194,305 bytes); the"
                    + " limit is 4 MiB");
        });
    }

    @Test
    void absurdNestingIsRefusedByTheParserLimits() {
        String json = "{\n  \"title\": " + "[".repeat(100) + "]".repeat(100) + "\n}";

        LoadResult result = new ModelLoader().load("deep.json", json, f -> Optional.empty());

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("JSON syntax error: Document nesting depth (65) exceeds the maximum"
                    + " allowed (64)");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void aByteOrderMarkAtTheStartOfASeedIsNotPartOfItsText() {
        LoadResult result = TestModels.load("valid/bom-seed.json");

        TimelineModel model = result.model().orElseThrow();
        Source source = model.sources().get(0);
        assertThat(source.text()).startsWith("董事會表示");
        assertThat(model.event("altman-fired").orElseThrow().excerpts().get(0).range().start()).isZero();
    }

    @Test
    void aModelInsideAJarLoadsThroughItsZipFileSystem() throws IOException {
        Path jar = temp.resolve("faultline.jar");
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of("create", "true"))) {
            Files.createDirectories(zip.getPath("/assets/model"));
            Files.createDirectories(zip.getPath("/assets/seeds"));
            Files.copy(TestModels.resource("valid/small-crisis.json"), zip.getPath("/assets/model/small.json"));
            Files.copy(TestModels.resource("seeds/trad.txt"), zip.getPath("/assets/seeds/trad.txt"));
            Files.copy(TestModels.resource("seeds/simp.txt"), zip.getPath("/assets/seeds/simp.txt"));
        }

        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            LoadResult result = new ModelLoader().load(zip.getPath("/assets/model/small.json"));

            assertThat(result.problems()).isEmpty();
            assertThat(result.model().orElseThrow().sources()).hasSize(2);
        }
    }

    @Test
    void aMissingModelOrADirectoryIsAProblemNotAnException() {
        assertThat(new ModelLoader().load(temp.resolve("nowhere.json")).problems())
                .singleElement().extracting(Problem::message).isEqualTo("model file not found");
        assertThat(new ModelLoader().load(temp).problems())
                .singleElement().extracting(Problem::message).isEqualTo("model file is not a regular file");
    }

    @Test
    void aModelCanBeLoadedFromMemoryWithSeedsFromAMap() throws IOException {
        String json = Files.readString(TestModels.resource("valid/minimal.json"));
        Map<String, String> seeds = Map.of("../seeds/trad.txt",
                Files.readString(TestModels.resource("seeds/trad.txt")));

        LoadResult result = new ModelLoader().load("minimal.json", json, f -> Optional.ofNullable(seeds.get(f)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.model().orElseThrow().events()).hasSize(2);
    }

    @Test
    void aSeedMissingFromMemoryIsReportedLikeAMissingFile() throws IOException {
        String json = Files.readString(TestModels.resource("valid/minimal.json"));

        LoadResult result = new ModelLoader().load("minimal.json", json, f -> Optional.empty());

        assertThat(result.errors()).extracting(Problem::format)
                .containsExactly("minimal.json:8:15: seed file \"../seeds/trad.txt\" not found (at $.sources[0].file)");
        assertThat(result.counts().anchoredExcerpts()).isZero();
    }

    @Test
    void theResultNeverHandsOutAModelAlongsideErrors() {
        List<Problem> problems = List.of(Problem.fileError("x.json", "broken"));

        assertThat(new ModelLoader().load("x.json", "{}", f -> Optional.empty()).model()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LoadResult(
                Optional.of(TestModels.load("valid/minimal.json").model().orElseThrow()), problems,
                LoadResult.Counts.NONE)).isInstanceOf(IllegalArgumentException.class);
    }
}
