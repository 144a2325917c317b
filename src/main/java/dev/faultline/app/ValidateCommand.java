package dev.faultline.app;

import dev.faultline.load.LoadResult;
import dev.faultline.load.ModelLoader;
import dev.faultline.load.Problem;
import dev.faultline.text.Printable;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@code --validate FILE}: loads a model file without a display and prints every problem compiler-style
 * ({@code FILE:LINE:COL: message}), then a one-line summary. Exit status 0 when the model is valid (warnings allowed),
 * 1 when it has errors, 2 on bad usage.
 */
final class ValidateCommand {

    static final int VALID = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    private ValidateCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 2 && (args[1].equals("--help") || args[1].equals("-h"))) {
            out.println(usage());
            return VALID;
        }
        if (args.length != 2 || args[1].startsWith("--")) {
            err.println("faultline: " + Printable.escape(args.length < 2 ? "--validate needs a model file"
                    : args.length > 2 ? "--validate takes one model file, not " + (args.length - 1) + " arguments"
                    : "unknown option " + args[1]));
            err.println(usage());
            return USAGE;
        }
        Path file;
        try {
            file = Path.of(args[1]);
        } catch (InvalidPathException e) {
            err.println("faultline: not a usable path: " + Printable.escape(args[1]));
            return USAGE;
        }
        LoadResult result = new ModelLoader().load(file);
        for (Problem problem : result.problems()) {
            out.println(problem.format());
        }
        result.unlistedNote().ifPresent(out::println);
        out.println(summary(file, result));
        return result.isValid() ? VALID : INVALID;
    }

    static String summary(Path file, LoadResult result) {
        LoadResult.Counts c = result.counts();
        Path name = file.getFileName();
        return Printable.escape(String.valueOf(name == null ? file : name)) + ": " + count(c.events(), "event") + ", " + count(c.people(), "person",
                "people") + ", " + count(c.sources(), "source") + ", " + count(c.anchoredExcerpts(), "excerpt")
                + " anchored; " + count(result.errorCount(), "error") + ", "
                + count(result.warningCount(), "warning");
    }

    private static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    private static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "usage: java -jar faultline.jar --validate FILE",
                "  Checks a Faultline model file and the seed texts it references, and prints every problem as",
                "  FILE:LINE:COL: message, then a summary. Exit status: 0 valid (warnings allowed), 1 invalid,",
                "  2 bad usage.");
    }
}
