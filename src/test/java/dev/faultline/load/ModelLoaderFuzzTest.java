package dev.faultline.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The loader, fuzzed with Jazzer: whatever bytes a model file holds, loading it ends in a result, every problem a
 * located message, never an exception, an internal error or a stack trace. Seeded with every test model under
 * {@code src/test/resources/load/} (copied into {@code ModelLoaderFuzzTestInputs/}), loaded from a real folder with
 * real seeds beside it, so the seed root, the size limits and the UTF-8 check are fuzzed too.
 *
 * <p>Plain {@code mvn test} replays the seeds; {@code mvn verify} fuzzes for {@value #VERIFY_DURATION} (Surefire sets
 * {@code JAZZER_FUZZ=1} there); see the README for a longer run.
 */
class ModelLoaderFuzzTest {

    static final String VERIFY_DURATION = "60s";

    private static final Path FOLDER = makeFolder();

    private static Path makeFolder() {
        try {
            Path root = Files.createTempDirectory("faultline-fuzz");
            Path seeds = Files.createDirectories(root.resolve("seeds"));
            for (String seed : new String[] {"trad.txt", "simp.txt", "bom.txt", "latin1.txt", "empty.txt"}) {
                Files.copy(TestModels.resource("seeds/" + seed), seeds.resolve(seed));
            }
            Files.createDirectories(root.resolve("models"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = VERIFY_DURATION)
    void anyModelFileGivesLocatedProblemsAndNeverAnException(byte[] bytes) throws IOException {
        Path model = Files.write(FOLDER.resolve("models/fuzzed.json"), bytes);

        LoadResult result = new ModelLoader().load(model);

        assertThat(result).isNotNull();
        assertThat(result.isValid()).isEqualTo(result.errorCount() == 0);
        for (Problem p : result.problems()) {
            assertThat(p.message()).doesNotStartWith("cannot be loaded:")
                    .doesNotStartWith("internal error").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(p.format()).doesNotContain("\u001B");
        }
    }
}
