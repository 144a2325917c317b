package dev.faultline.app;

import dev.faultline.load.LoadResult;
import dev.faultline.load.ModelLoader;
import dev.faultline.load.Problem;
import dev.faultline.model.TimelineModel;
import dev.faultline.query.Coverage;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code --coverage [MODEL]}: for each source, every sentence of article text that no event, disagreement or
 * deliberately uncited passage accounts for, with its line number, then the counts per source and overall. It is a
 * report, so a valid model exits 0 however much is uncited; 1 when the model has errors (printed as
 * {@code --validate} prints them), 2 on bad usage.
 */
final class CoverageCommand {

    static final int REPORTED = 0;
    static final int INVALID_MODEL = 1;
    static final int USAGE = 2;

    private CoverageCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 2 && (args[1].equals("--help") || args[1].equals("-h"))) {
            out.println(usage());
            return REPORTED;
        }
        if (args.length > 2 || args.length == 2 && args[1].startsWith("--")) {
            err.println("faultline: " + (args.length > 2 ? "--coverage takes at most one model file, not "
                    + (args.length - 1) + " arguments" : "unknown option " + args[1]));
            err.println(usage());
            return USAGE;
        }
        String name = args.length == 2 ? args[1] : null;
        Path path;
        try {
            path = name == null ? BuiltInModel.path() : Path.of(name);
        } catch (InvalidPathException e) {
            err.println("faultline: not a usable path: " + name);
            return USAGE;
        } catch (RuntimeException e) {
            err.println("faultline: the built-in model cannot be read: " + e.getMessage());
            return INVALID_MODEL;
        }
        LoadResult result = new ModelLoader().load(path);
        if (result.model().isEmpty()) {
            for (Problem problem : result.problems()) {
                out.println(problem.format());
            }
            out.println(ValidateCommand.summary(path, result));
            return INVALID_MODEL;
        }
        print(result.model().get(), out);
        out.flush();
        return REPORTED;
    }

    static void print(TimelineModel model, PrintStream out) {
        List<Coverage.OfSource> sources = Coverage.of(model);
        int cited = 0;
        int accounted = 0;
        int total = 0;
        for (Coverage.OfSource source : sources) {
            out.println("== " + source.source().id() + " (" + source.source().file() + ")");
            for (Coverage.Sentence sentence : source.uncited()) {
                out.println(String.format(Locale.ROOT, "%5d  %s", sentence.line(),
                        escaped(source.source().slice(sentence.range()))));
            }
            out.println(counts(source.source().id(), source.cited(), source.accountedFor(), source.total()));
            out.println();
            cited += source.cited();
            accounted += source.accountedFor();
            total += source.total();
        }
        out.println(counts("overall", cited, accounted, total));
    }

    /** "id: 40 of 52 sentences cited (76.9%), 50 accounted for (96.2%), 2 uncited". */
    static String counts(String label, int cited, int accounted, int total) {
        return String.format(Locale.ROOT, "%s: %d of %d sentences cited (%s), %d accounted for (%s), %d uncited",
                label, cited, total, share(cited, total), accounted, share(accounted, total), total - accounted);
    }

    private static String share(int part, int total) {
        return total == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / total);
    }

    /** Control and format characters (tabs, bidi overrides, zero-width marks) as {@code \t} or {@code \u200B}. */
    static String escaped(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\\') {
                sb.append("\\\\");
            } else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "usage: java -jar faultline.jar --coverage [MODEL]",
                "  For each source, prints every sentence of article text that no event excerpt, disagreement claim",
                "  or \"uncited\" entry accounts for (LINE  text), then per source and overall how many sentences are",
                "  cited and accounted for. Non-article parts are left out. Sentences end at a line break, at 。！？,",
                "  and at . ! ? before a space, the end or a non-ASCII character. The built-in model when no MODEL is",
                "  given. Exit status: 0 reported, 1 the model has errors (printed as --validate does), 2 bad usage.");
    }
}
