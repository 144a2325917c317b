package dev.faultline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int validate(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static String resource(String name) {
        try {
            return Path.of(ValidateCommandTest.class.getResource("/load/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aValidModelPrintsOnlyItsSummaryAndExitsZero() {
        int status = validate("--validate", resource("valid/small-crisis.json"));

        assertThat(status).isZero();
        assertThat(outLines()).containsExactly(
                "small-crisis.json: 3 events, 2 people, 2 sources, 7 excerpts anchored; 0 errors, 0 warnings");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void warningsArePrintedButTheModelIsStillValid() {
        String file = resource("valid/warnings.json");

        int status = validate("--validate", file);

        assertThat(status).isZero();
        assertThat(outLines()).containsExactly(
                file + ":17:13: warning: source \"simp\" is cited by no event (at $.sources[1].id)",
                file + ":27:142: warning: \"zh\" of \"description\" has a half-width ',' in Chinese text (character"
                        + " 4); Chinese text takes full-width marks (，：；？！（）), as written in Taiwan; a source's words"
                        + " quoted in 「」 keep theirs (at $.factions[0].description.zh)",
                file + ":35:13: warning: person \"adam-dangelo\" takes part in no event (at $.people[0].id)",
                file + ":37:19: warning: alias \"德安傑羅\" occurs in no seed text (at $.people[0].aliases[0])",
                "warnings.json: 2 events, 2 people, 2 sources, 4 excerpts anchored; 0 errors, 4 warnings");
    }

    @Test
    void anInvalidModelPrintsEachProblemWhereItIsAndExitsOne() {
        String file = resource("invalid/unknown-person.json");

        int status = validate("--validate", file);

        assertThat(status).isEqualTo(1);
        assertThat(outLines()).containsExactly(
                file + ":51:18: no person has the id \"sam-altmann\"; did you mean \"sam-altman\"?"
                        + " (at $.events[1].people[0])",
                "unknown-person.json: 2 events, 1 person, 1 source, 4 excerpts anchored; 1 error, 0 warnings");
    }

    @Test
    void aMissingFileIsInvalidNotAUsageError() {
        int status = validate("--validate", "no/such/model.json");

        assertThat(status).isEqualTo(1);
        assertThat(outLines()).first().isEqualTo("no/such/model.json: model file not found");
    }

    @Test
    void noFileIsAUsageError() {
        assertThat(validate("--validate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("faultline: --validate needs a model file")
                .contains("usage: java -jar faultline.jar --validate FILE");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void twoFilesAreAUsageError() {
        assertThat(validate("--validate", "a.json", "b.json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("faultline: --validate takes one model file, not 2 arguments");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(validate("--validate", "--strict")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("faultline: unknown option --strict");
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        assertThat(validate("--validate", "--help")).isZero();
        assertThat(outLines()).first().isEqualTo("usage: java -jar faultline.jar --validate FILE");
    }
}
