package dev.faultline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No stack trace from any command line (issue 14): help, version, no display, hostile text in messages. */
class CommandLineEdgesTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shortAndLongHelpAndVersionAreCommandsNotTheWindow() {
        for (String arg : new String[] {"-h", "--help", "-v", "--version"}) {
            assertThat(CommandLine.isCommand(new String[] {arg})).as(arg).isTrue();
        }
        assertThat(CommandLine.isCommand(new String[] {"model.json"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"--model", "model.json"})).isFalse();

        assertThat(run("-h")).isZero();
        assertThat(out()).contains("--validate FILE").contains("--generate-model N DIR").contains("--version");
    }

    @Test
    void versionComesFromTheBuild() {
        assertThat(run("--version")).isZero();

        assertThat(out().strip()).matches("faultline \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void withoutADisplayTheWindowIsRefusedInOneLineNamingTheHeadlessCommands() {
        assertThat(WindowLaunch.displayAvailable("Linux", Map.of(), null)).isFalse();
        assertThat(WindowLaunch.displayAvailable("Linux", Map.of("DISPLAY", ":0"), null)).isTrue();
        assertThat(WindowLaunch.displayAvailable("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isTrue();
        assertThat(WindowLaunch.displayAvailable("Windows 11", Map.of(), null)).isTrue();

        assertThat(WindowLaunch.noDisplayMessage()).doesNotContain("\n").contains("--validate").contains("--list");
    }

    @Test
    void anUnknownOptionWithAnEscapeSequenceIsShownEscaped() {
        assertThat(run("--\u001B]0;pwned\u0007")).isEqualTo(2);

        assertThat(err()).contains("\\u001B").doesNotContain("\u001B").doesNotContain("\u0007");
    }

    @Test
    void aGeneratedModelValidates(@TempDir Path dir) throws IOException {
        assertThat(run("--generate-model", "1200", dir.toString())).isZero();
        assertThat(Files.exists(dir.resolve("model.json"))).isTrue();
        out.reset();

        assertThat(run("--validate", dir.resolve("model.json").toString())).as(out()).isZero();
        assertThat(out()).contains("1200 events").contains("1200 excerpts anchored; 0 errors, 0 warnings");
    }

    @Test
    void aBadEventCountIsAUsageError() {
        assertThat(run("--generate-model", "lots", "/tmp/x")).isEqualTo(2);
        assertThat(err()).contains("N must be a whole number");
    }

    @Test
    void validateSaysHowManyProblemsItLeftOutAndCountsThemAll(@TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("zeros.json"), "{\"events\": [0" + ",0".repeat(2000) + "]}");

        assertThat(run("--validate", model.toString())).isEqualTo(1);

        assertThat(out()).contains("more problems").contains("only the first 1,000 are");
        assertThat(out().lines().filter(l -> l.startsWith(model.toString() + ":"))).hasSizeLessThanOrEqualTo(1000);
        assertThat(out()).containsPattern("20\\d\\d errors");
    }
}
