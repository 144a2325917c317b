package dev.faultline.app;

import java.io.PrintStream;

/** Headless commands: {@code --validate}, {@code --list}, {@code --coverage}, {@code --export}, {@code --frame-bench}, {@code --help}. */
final class CommandLine {

    private CommandLine() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args[0];
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
            default -> {
                err.println("faultline: unknown option " + command);
                err.println(usage());
                return 2;
            }
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
                "       java -jar faultline.jar --startup-bench N  time N bare-window and N app starts to the first frame",
                "       java -jar faultline.jar --frame-bench N    play the shared frame-time workload with N events");
    }
}
