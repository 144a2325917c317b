package dev.faultline.app;

import dev.faultline.export.ExportFormat;
import dev.faultline.export.ExportWriter;
import dev.faultline.export.PictureColors;
import dev.faultline.export.TimelinePicture;
import dev.faultline.model.Event;
import dev.faultline.model.PartialDate;
import dev.faultline.model.TimelineModel;
import dev.faultline.timeline.LaneGrouping;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code --export FORMAT --out FILE [picture options] [--list options] [MODEL]}: writes the events that match the
 * {@code --list} filters (parsed by {@link ListCommand}) as CSV, JSON or TimelineJS JSON, or a picture of them on the
 * timeline as PNG (1× or 2×) or SVG. No display is needed. Exit status 0 written, 1 invalid model or the file could
 * not be written, 2 bad usage.
 */
final class ExportCommand {

    static final int WRITTEN = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private ExportCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        ExportFormat format = null;
        Path file = null;
        int width = 1400;
        int height = 700;
        Locale locale = Locale.ENGLISH;
        PictureColors colors = PictureColors.LIGHT;
        LaneGrouping grouping = LaneGrouping.BY_FACTION;
        List<String> rest = new ArrayList<>();
        rest.add(args[0]);
        String[] from = {null};
        String[] to = {null};
        try {
            if (args.length > 1 && !args[1].startsWith("-")) {
                format = format(args[1]);
            }
            for (int i = format == null ? 1 : 2; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--help", "-h" -> {
                        out.println(usage());
                        return WRITTEN;
                    }
                    case "--out", "-o" -> file = path(value(args, ++i, arg));
                    case "--width" -> width = size(arg, value(args, ++i, arg), 200, 16_000);
                    case "--height" -> height = size(arg, value(args, ++i, arg), 120, 16_000);
                    case "--lang" -> locale = language(value(args, ++i, arg));
                    case "--theme" -> colors = theme(value(args, ++i, arg));
                    case "--lanes" -> grouping = lanes(value(args, ++i, arg));
                    case "--format" -> throw new IllegalArgumentException(
                            "--export takes its format first: --export FORMAT (one of " + formats() + ")");
                    default -> {
                        if (arg.equals("--from") || arg.equals("--to")) {
                            (arg.equals("--from") ? from : to)[0] = i + 1 < args.length ? args[i + 1] : null;
                        }
                        rest.add(arg);
                    }
                }
            }
            if (format == null) {
                throw new IllegalArgumentException("--export needs a format: " + formats());
            }
            if (file == null) {
                throw new IllegalArgumentException("--export needs --out FILE");
            }
        } catch (IllegalArgumentException e) {
            err.println("faultline: " + e.getMessage());
            err.println("Run 'java -jar faultline.jar --export --help' for the options.");
            return USAGE;
        }

        ListCommand.Selected selected = ListCommand.select(rest.toArray(String[]::new), out, err);
        if (selected.model() == null) {
            return selected.status() == ListCommand.USAGE ? USAGE : FAILED;
        }
        TimelineModel model = selected.model();
        List<Event> events = selected.matches().events();
        TimelinePicture.Request picture = null;
        if (format.isPicture()) {
            long[] window = window(events, from[0], to[0]);
            picture = new TimelinePicture.Request(model, new HashSet<>(selected.matches().ids()), true, grouping,
                    window[0], window[1], width, height, locale, colors);
        }
        try {
            ExportWriter.write(format, new ExportWriter.Input(model, events, locale, picture), file);
        } catch (IOException e) {
            err.println("faultline: could not write " + file + ": " + e.getMessage());
            return FAILED;
        }
        out.println("wrote " + file + " (" + format.id() + ", " + events.size() + " of " + model.events().size()
                + " events)");
        return WRITTEN;
    }

    /** The window a picture shows: the filter's --from/--to if given, else the matching events with a margin. */
    static long[] window(List<Event> events, String from, String to) {
        long start;
        long end;
        if (events.isEmpty()) {
            start = PartialDate.ofYear(2015).startMillis();
            end = PartialDate.ofYear(2025).endMillisExclusive();
        } else {
            start = events.stream().mapToLong(e -> e.date().startMillis()).min().orElseThrow();
            end = events.stream().mapToLong(e -> e.date().endMillisExclusive()).max().orElseThrow();
            long margin = Math.max((end - start) / 30, 6 * 3_600_000L);
            start -= margin;
            end += margin;
        }
        try {
            if (from != null) {
                start = PartialDate.parse(from).startMillis();
            }
            if (to != null) {
                end = PartialDate.parse(to).endMillisExclusive();
            }
        } catch (IllegalArgumentException e) {
            // ListCommand reports bad dates; it has already refused them by now.
        }
        return new long[] {start, Math.max(end, start + 3_600_000L)};
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].isBlank()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static ExportFormat format(String id) {
        return ExportFormat.fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown export format '" + id
                + "'" + ListCommand.suggestion(id.toLowerCase(Locale.ROOT),
                        Arrays.stream(ExportFormat.values()).map(ExportFormat::id).toList())
                + "; formats are " + formats()));
    }

    private static String formats() {
        return Arrays.stream(ExportFormat.values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a usable path: " + text);
        }
    }

    private static int size(String option, String text, int min, int max) {
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a whole number of pixels from " + min + " to " + max
                + ", not '" + text + "'");
    }

    private static Locale language(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "en" -> Locale.ENGLISH;
            case "zh", "zh-tw", "zh-hant" -> Locale.TRADITIONAL_CHINESE;
            default -> throw new IllegalArgumentException("--lang is en or zh, not '" + text + "'");
        };
    }

    private static PictureColors theme(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "light" -> PictureColors.LIGHT;
            case "dark" -> PictureColors.DARK;
            default -> throw new IllegalArgumentException("--theme is light or dark, not '" + text + "'");
        };
    }

    private static LaneGrouping lanes(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "faction" -> LaneGrouping.BY_FACTION;
            case "person" -> LaneGrouping.BY_PERSON;
            case "compact" -> LaneGrouping.COMPACT;
            default -> throw new IllegalArgumentException("--lanes is faction, person or compact, not '" + text
                    + "'");
        };
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "usage: java -jar faultline.jar --export FORMAT --out FILE [options] [--list filters] [MODEL]",
                "  Writes the events of MODEL (the built-in model if none is given) that match the filters, or a",
                "  picture of them on the timeline. No display is needed.",
                "",
                "  FORMAT           png, png2x (twice the pixels), svg (text kept as text): the timeline;",
                "                   csv (RFC 4180), json, timelinejs (TimelineJS 3 JSON, with eras): the events",
                "  --out FILE       where to write (replaced if it exists)",
                "  --width N        picture width in pixels (default 1400)",
                "  --height N       picture height in pixels (default 700; taller if the lanes need it)",
                "  --lang en|zh     language of the picture and of TimelineJS text (default en)",
                "  --theme light|dark   picture colours (default light)",
                "  --lanes faction|person|compact   swimlanes of the picture (default faction)",
                "",
                "  The filters are those of --list (see --list --help): --faction, --person, --kind, --source, --from,",
                "  --to, --text. A picture shows --from to --to when given, else all matching events.",
                "",
                "  Exit status: 0 written, 1 the model has errors or the file could not be written, 2 bad usage.");
    }
}
