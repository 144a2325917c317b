package dev.faultline.app;

import dev.faultline.text.Printable;
import dev.faultline.timeline.SyntheticWorkload;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code --generate-model N DIR}: writes a valid synthetic model of N events, {@code DIR/model.json}, with its seed
 * texts in {@code DIR/seeds/}: the shared workload's events ({@code ../shared/bench/workload.md}, mulberry32 seed 42,
 * via {@link SyntheticWorkload}), five factions, one source per {@value #EVENTS_PER_SEED} events, and each event
 * quoting its own line of its source verbatim. Dates are days (the workload's instants floored to their UTC day), so
 * they claim no more precision than a day. For measuring the loader and the app at scale: {@code --validate} it, or
 * open it.
 */
final class GenerateModelCommand {

    /** Events per seed file: about 2.5 MB of seed text each, under the seed size limit. */
    static final int EVENTS_PER_SEED = 50_000;
    static final int MAX_EVENTS = 5_000_000;
    private static final List<String> COLOURS = List.of("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#CC79A7");
    private static final String[] KINDS = {"product", "research", "funding", "statement", "hire"};

    private GenerateModelCommand() {
    }

    static int run(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        if (args.length == 2 && (args[1].equals("--help") || args[1].equals("-h"))) {
            out.println(usage());
            return 0;
        }
        int n;
        Path dir;
        try {
            if (args.length != 3) {
                throw new IllegalArgumentException("--generate-model takes N and DIR");
            }
            n = Integer.parseInt(args[1].replace("_", "").replace(",", ""));
            if (n < 1 || n > MAX_EVENTS) {
                throw new IllegalArgumentException("N must be from 1 to " + MAX_EVENTS + ", not " + n);
            }
            dir = Path.of(args[2]);
        } catch (NumberFormatException e) {
            err.println("faultline: N must be a whole number, not " + Printable.escape(args[1]));
            err.println(usage());
            return 2;
        } catch (IllegalArgumentException e) { // InvalidPathException too
            err.println("faultline: " + Printable.escape(String.valueOf(e.getMessage())));
            err.println(usage());
            return 2;
        }
        try {
            long started = System.nanoTime();
            Path model = write(n, dir);
            out.printf("wrote %s: %,d events, %,d seed files (%,d bytes in all) in %.1f s%n", model, n,
                    seedCount(n), sizeOf(dir), (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (IOException e) {
            err.println("faultline: cannot write " + Printable.escape(dir.toString()) + ": " + e.getMessage());
            return 1;
        }
    }

    static int seedCount(int n) {
        return (n + EVENTS_PER_SEED - 1) / EVENTS_PER_SEED;
    }

    /** Writes the model and its seeds under {@code dir}; returns the model file. */
    static Path write(int n, Path dir) throws IOException {
        SyntheticWorkload.Events events = SyntheticWorkload.generate(n);
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        int seedFiles = seedCount(n);
        for (int s = 0; s < seedFiles; s++) {
            try (Writer w = Files.newBufferedWriter(seeds.resolve(seedName(s)), StandardCharsets.UTF_8)) {
                w.write("Synthetic seed " + s + " of the shared workload.\n");
                for (int i = s * EVENTS_PER_SEED; i < Math.min(n, (s + 1) * EVENTS_PER_SEED); i++) {
                    w.write(line(events, i));
                    w.write('\n');
                }
            }
        }
        Path model = dir.resolve("model.json");
        try (BufferedWriter w = Files.newBufferedWriter(model, StandardCharsets.UTF_8)) {
            w.write("{\n\"format\": 1,\n\"title\": {\"en\": \"Synthetic workload, " + n + " events\", \"zh\": \"合成工作負載，"
                    + n + " 個事件\"},\n\"description\": {\"en\": \"The shared timeline workload (mulberry32, seed 42),"
                    + " written by --generate-model.\", \"zh\": \"共用的時間軸工作負載（mulberry32，種子42），由--generate-model寫出。\"},\n\"sources\": [\n");
            for (int s = 0; s < seedFiles; s++) {
                w.write((s == 0 ? "" : ",\n") + "{\"id\": \"s" + s + "\", \"file\": \"seeds/" + seedName(s)
                        + "\", \"title\": \"合成來源 " + s + "\", \"titleEn\": \"Synthetic source " + s
                        + "\", \"script\": \"traditional\", \"kind\": \"news\", \"provenance\": {\"en\": \"Generated.\", \"zh\": \"程式產生。\"}}");
            }
            w.write("\n],\n\"factions\": [\n");
            for (int g = 0; g < SyntheticWorkload.GROUPS; g++) {
                w.write((g == 0 ? "" : ",\n") + "{\"id\": \"group-" + g + "\", \"name\": {\"en\": \"Group " + g
                        + "\", \"zh\": \"第" + g + "組\"}, \"color\": \"" + COLOURS.get(g)
                        + "\", \"description\": {\"en\": \"Faction " + g + " of the workload.\", \"zh\": \"工作負載的第"
                        + g + "個陣營。\"}}");
            }
            w.write("\n],\n\"people\": [],\n\"events\": [\n");
            for (int i = 0; i < n; i++) {
                String start = day(events.start()[i]);
                String date = events.isRange(i) ? "{\"start\": \"" + start + "\", \"end\": \"" + day(events.end()[i])
                        + "\"}" : "{\"start\": \"" + start + "\"}";
                w.write((i == 0 ? "" : ",\n") + "{\"id\": \"e" + i + "\", \"title\": {\"en\": \"Event " + i
                        + "\", \"zh\": \"事件" + i + "\"}, \"summary\": {\"en\": \"Synthetic event " + i
                        + ".\", \"zh\": \"合成事件" + i + "。\"}, \"kind\": \""
                        + KINDS[i % KINDS.length] + "\", \"date\": " + date + ", \"factions\": [\"group-"
                        + events.group()[i] + "\"], \"importance\": " + (1 + i % 5) + ", \"excerpts\": [{\"source\":"
                        + " \"s" + i / EVENTS_PER_SEED + "\", \"quote\": \"" + line(events, i) + "\"}]}");
            }
            w.write("\n]\n}\n");
        }
        return model;
    }

    /** The seed line event {@code i} quotes: unique, since it names the event's number and ends with a full stop. */
    private static String line(SyntheticWorkload.Events events, int i) {
        return "Event " + i + " began on " + day(events.start()[i]) + " in group " + events.group()[i] + ".";
    }

    private static String day(long millis) {
        return LocalDate.ofEpochDay(Math.floorDiv(millis, SyntheticWorkload.DAY)).toString();
    }

    private static String seedName(int s) {
        return String.format("seed-%03d.txt", s);
    }

    private static long sizeOf(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "usage: java -jar faultline.jar --generate-model N DIR",
                "  Writes DIR/model.json, a valid synthetic model of N events (the shared timeline workload, each",
                "  event quoting its line of a seed text), and its seed texts in DIR/seeds/. Then try",
                "  java -Xmx2g -jar faultline.jar --validate DIR/model.json, or open it in the app.");
    }
}
