package dev.faultline.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Properties;

/**
 * Headless commands: {@code --validate}, {@code --list}, {@code --generate-model}, {@code --frame-bench},
 * {@code --help} and {@code --version}. None of them needs a display, and none ends in a stack trace.
 */
final class CommandLine {

    /** The commands that run without a display, for messages that must name them. */
    static final String HEADLESS_COMMANDS = "--validate FILE, --list [MODEL], --generate-model N DIR, --help,"
            + " --version";

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
                case "--generate-model" -> {
                    return GenerateModelCommand.run(args, out, err);
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

    /** The version this jar was built as, from the filtered {@code version.properties}; "unknown" without it. */
    static String version() {
        try (InputStream in = CommandLine.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown (the build left out version.properties)";
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
                "       java -jar faultline.jar --generate-model N DIR   write a synthetic model of N events and its"
                        + " seed",
                "       java -jar faultline.jar --frame-bench N    play the shared frame-time workload with N events",
                "       java -jar faultline.jar --help | -h        this help",
                "       java -jar faultline.jar --version | -v     the version");
    }
}
