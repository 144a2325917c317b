package dev.faultline.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Properties;

/**
 * Headless commands: {@code --validate}, {@code --list}, {@code --coverage}, {@code --export},
 * {@code --generate-model}, {@code --startup-bench}, {@code --frame-bench}, {@code --help} and {@code --version}.
 * None of them but the two benches needs a display, and none ends in a stack trace.
 */
final class CommandLine {

    /** The commands that run without a display, for messages that must name them. */
    static final String HEADLESS_COMMANDS = "--validate FILE, --list [MODEL], --coverage [MODEL], --export FORMAT"
            + " --out FILE, --generate-model N DIR, --help, --version";

    /** The build's stamp: the version Help → About and {@code --version} show (Maven resource filtering). */
    static final String BUILD_INFO = "/dev/faultline/build.properties";

    private CommandLine() {
    }

    /** True when {@code args} ask for a command rather than the window (an option other than {@code --model}). */
    static boolean isCommand(String[] args) {
        return args.length > 0 && args[0].startsWith("-") && !args[0].equals("--model");
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args[0];
        try {
            switch (command) {
                case "--validate" -> {
                    return ValidateCommand.run(args, out, err);
                }
                case "--list" -> {
                    return ListCommand.run(args, out, err);
                }
                case "--coverage" -> {
                    return CoverageCommand.run(args, out, err);
                }
                case "--export" -> {
                    return ExportCommand.run(args, out, err);
                }
                case "--generate-model" -> {
                    return GenerateModelCommand.run(args, out, err);
                }
                case "--startup-bench" -> {
                    return StartupBenchCommand.run(args, out, err);
                }
                case "--frame-bench" -> {
                    return FrameBenchCommand.run(args, out, err);
                }
                case "--help", "-h" -> {
                    out.println(usage());
                    return 0;
                }
                case "--version", "-v" -> {
                    out.println("faultline " + version());
                    return 0;
                }
                default -> {
                    err.println("faultline: unknown option " + dev.faultline.text.Printable.escape(command));
                    err.println(usage());
                    return 2;
                }
            }
        } catch (OutOfMemoryError e) {
            err.println("faultline: out of memory; give Java more heap with -Xmx (a model of a million events needs"
                    + " about 4 GB: java -Xmx4g -jar …)");
            return 1;
        } catch (RuntimeException | LinkageError e) {
            // A broken jar (a class or resource missing) or a fault of ours: one line, never a trace.
            err.println("faultline: " + command + " failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + dev.faultline.text.Printable.escape(e.getMessage())));
            return 1;
        }
    }

    /** The version this jar was built as, from the filtered {@code build.properties}; "unknown" without it. */
    static String version() {
        try (InputStream in = CommandLine.class.getResourceAsStream(BUILD_INFO)) {
            if (in == null) {
                return "unknown (the build left out build.properties)";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown (built without resource filtering)" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "usage: java -jar faultline.jar [MODEL]            open the app (on the built-in model if none given)",
                "       java -jar faultline.jar --validate FILE    check a model file; exit 0 valid, 1 invalid, 2 usage",
                "       java -jar faultline.jar --list [options] [MODEL]   print matching events (see --list --help)",
                "       java -jar faultline.jar --coverage [MODEL]  print the sentences no event cites, per source",
                "       java -jar faultline.jar --export FORMAT --out FILE [options] [MODEL]   write png, png2x, svg,",
                "                                   csv, json or timelinejs of the matching events (see --export --help)",
                "       java -jar faultline.jar --generate-model N DIR   write a synthetic model of N events and its"
                        + " seed",
                "       java -jar faultline.jar --startup-bench N  time N bare-window and N app starts to the first frame",
                "       java -jar faultline.jar --frame-bench N    play the shared frame-time workload with N events",
                "       java -jar faultline.jar --help | -h        this help",
                "       java -jar faultline.jar --version | -v     the version");
    }
}
