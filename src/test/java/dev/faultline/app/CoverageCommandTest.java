package dev.faultline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int coverage(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static String resource(String name) {
        try {
            return Path.of(CoverageCommandTest.class.getResource("/load/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyUncitedSentenceIsPrintedWithItsLineThenTheCountsPerSourceAndOverall() {
        int status = coverage("--coverage", resource("valid/coverage.json"));

        assertThat(status).isZero();
        assertThat(outLines()).containsExactly(
                "== trad-news (../seeds/trad.txt)",
                "    4  董事會表示，奧特曼在與董事會的溝通中不夠坦誠。",
                "    6  員工聯名信要求董事會辭職，奧特曼於11月22日回歸。",
                "trad-news: 2 of 5 sentences cited (40.0%), 3 accounted for (60.0%), 2 uncited",
                "",
                "== simp-news (../seeds/simp.txt)",
                "    2  首席科学家伊利亚·苏茨克维参与了这次“政变”。",
                "    3  11月21日,OpenAI宣布奥特曼将回归,董事会重组。",
                "simp-news: 1 of 3 sentences cited (33.3%), 1 accounted for (33.3%), 2 uncited",
                "",
                "overall: 3 of 8 sentences cited (37.5%), 4 accounted for (50.0%), 4 uncited");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aModelWithErrorsIsReportedAsValidateDoesAndExitsOne() {
        String file = resource("invalid/bad-color.json");

        int status = coverage("--coverage", file);

        assertThat(status).isEqualTo(1);
        assertThat(outLines()).first().asString().startsWith(file + ":18:72: colour \"#0072B\"");
        assertThat(outLines()).last().asString().endsWith("1 error, 0 warnings");
    }

    @Test
    void twoModelsOrAnUnknownOptionIsBadUsage() {
        assertThat(coverage("--coverage", "a.json", "b.json")).isEqualTo(2);
        assertThat(coverage("--coverage", "--verbose")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar faultline.jar --coverage [MODEL]");
    }

    @Test
    void helpExplainsTheReportAndTheMainUsageNamesIt() {
        assertThat(coverage("--coverage", "--help")).isZero();
        assertThat(coverage("--help")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("usage: java -jar faultline.jar --coverage [MODEL]", "Sentences end at a line break")
                .contains("java -jar faultline.jar --coverage [MODEL]  print the sentences no event cites");
    }

    @Test
    void controlCharactersInASentenceArePrintedEscaped() {
        assertThat(CoverageCommand.escaped("a\tb\u202Ec\\d")).isEqualTo("a\\tb\\u202Ec\\\\d");
    }
}
