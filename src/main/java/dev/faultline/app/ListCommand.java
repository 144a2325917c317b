package dev.faultline.app;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import dev.faultline.export.EventJson;
import dev.faultline.load.LoadResult;
import dev.faultline.load.ModelLoader;
import dev.faultline.load.Problem;
import dev.faultline.model.Event;
import dev.faultline.model.EventKind;
import dev.faultline.model.Excerpt;
import dev.faultline.model.Faction;
import dev.faultline.model.PartialDate;
import dev.faultline.model.Person;
import dev.faultline.model.Source;
import dev.faultline.model.TimelineModel;
import dev.faultline.query.EventFilter;
import dev.faultline.query.Matches;
import dev.faultline.query.SearchIndex;
import dev.faultline.text.AliasIndex;
import dev.faultline.text.FoldTable;
import dev.faultline.text.Language;
import dev.faultline.text.LocalFormat;
import dev.faultline.text.Printable;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code --list [options] [MODEL]}: prints the events that match a filter, in date order, as an aligned table, CSV
 * (RFC 4180) or JSON; the same query engine as the app's filter bar and search. Exit status 0 when the list was
 * printed (even if empty), 1 when the model has errors, 2 on bad usage (an unknown option, id, kind or date).
 */
final class ListCommand {

    static final int LISTED = 0;
    static final int INVALID_MODEL = 1;
    static final int USAGE = 2;

    enum Format {
        TABLE, CSV, JSON
    }

    /** What was asked for, as written; ids are checked against the model once it is loaded. */
    private static final class Request {
        final Set<String> factions = new LinkedHashSet<>();
        final Set<String> people = new LinkedHashSet<>();
        final Set<EventKind> kinds = new LinkedHashSet<>();
        final Set<String> sources = new LinkedHashSet<>();
        PartialDate from;
        PartialDate to;
        String text = "";
        Format format = Format.TABLE;
        /** The language of the table's dates and titles; null keeps ISO dates and English titles. */
        Language language;
        String model;
    }

    /** Bad usage, with the one line that says what is wrong. */
    private static final class UsageError extends Exception {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    private ListCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Selected selected = select(args, out, err);
        if (selected.model() == null) {
            return selected.status();
        }
        TimelineModel model = selected.model();
        Matches matches = selected.matches();
        switch (selected.format()) {
            case TABLE -> printTable(model, matches, out, selected.language());
            case CSV -> printCsv(model, matches, out);
            case JSON -> printJson(matches, out);
        }
        out.flush();
        return LISTED;
    }

    /**
     * The model and the events that match the filter options of {@code args} ({@code args[0]} is the command), as
     * {@code --list} reads them; {@code --export} reuses this. When {@code model} is null, {@code status} says why
     * (help printed, bad usage or an invalid model, already reported on {@code err}).
     */
    record Selected(TimelineModel model, Matches matches, Format format, Language language, int status) {
    }

    static Selected select(String[] args, PrintStream out, PrintStream err) {
        Request request;
        try {
            request = parse(args);
        } catch (UsageError e) {
            err.println("faultline: " + Printable.escape(e.getMessage()));
            err.println("Run 'java -jar faultline.jar " + args[0] + " --help' for the options.");
            return new Selected(null, null, null, null, USAGE);
        }
        if (request == null) {
            out.println(usage());
            return new Selected(null, null, null, null, LISTED);
        }
        Path path;
        try {
            path = request.model == null ? BuiltInModel.path() : Path.of(request.model);
        } catch (InvalidPathException e) {
            err.println("faultline: not a usable path: " + Printable.escape(request.model));
            return new Selected(null, null, null, null, USAGE);
        } catch (RuntimeException e) {
            err.println("faultline: the built-in model cannot be read: " + e.getMessage());
            return new Selected(null, null, null, null, INVALID_MODEL);
        }
        LoadResult result = new ModelLoader().load(path);
        for (Problem p : result.problems()) {
            err.println(p.format());
        }
        result.unlistedNote().ifPresent(err::println);
        if (result.model().isEmpty()) {
            err.println("faultline: " + (request.model == null ? "the built-in model" : Printable.escape(request.model))
                    + " has errors; nothing listed");
            return new Selected(null, null, null, null, INVALID_MODEL);
        }
        TimelineModel model = result.model().get();
        EventFilter filter;
        try {
            filter = resolve(request, model);
        } catch (UsageError e) {
            err.println("faultline: " + Printable.escape(e.getMessage()));
            return new Selected(null, null, null, null, USAGE);
        }
        return new Selected(model, SearchIndex.build(model).apply(filter), request.format, request.language, LISTED);
    }

    /** The request, or null when help was asked for. */
    private static Request parse(String[] args) throws UsageError {
        Request r = new Request();
        boolean optionsEnded = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                if (r.model != null) {
                    throw new UsageError("--list takes one model file, but got both '" + r.model + "' and '" + arg
                            + "'");
                }
                r.model = arg;
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                return null;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            String what = switch (name) {
                case "--faction" -> "a faction id";
                case "--person" -> "a person id";
                case "--kind" -> "an event kind";
                case "--source" -> "a source id";
                case "--from", "--to" -> "a date (YYYY, YYYY-MM or YYYY-MM-DD)";
                case "--text" -> "a search text";
                case "--format" -> "a format: table, csv or json";
                case "--lang" -> "a language: en, zh-Hant or zh-Hans";
                default -> throw new UsageError("unknown option " + name + closest(name.replaceFirst("^-+", ""),
                        List.of("faction", "person", "kind", "source", "from", "to", "text", "format", "lang",
                                "help"))
                        .map(o -> " (did you mean '--" + o + "'?)").orElse(""));
            };
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageError(name + " needs a value: " + what);
                }
                value = args[++i];
            }
            if (value.isBlank() && !name.equals("--text")) {
                throw new UsageError(name + " needs a value: " + what);
            }
            switch (name) {
                case "--faction" -> r.factions.add(value);
                case "--person" -> r.people.add(value);
                case "--source" -> r.sources.add(value);
                case "--kind" -> r.kinds.add(kind(value));
                case "--from" -> r.from = date(name, value);
                case "--to" -> r.to = date(name, value);
                case "--text" -> r.text = r.text.isEmpty() ? value : r.text + " " + value;
                case "--format" -> r.format = format(value);
                case "--lang" -> r.language = language(value);
                default -> throw new IllegalStateException(name);
            }
        }
        if (r.from != null && r.to != null && r.to.lastDay().isBefore(r.from.firstDay())) {
            throw new UsageError("--to " + r.to + " is before --from " + r.from);
        }
        return r;
    }

    private static Language language(String value) throws UsageError {
        Optional<Language> l = Language.fromTag(value);
        if (l.isEmpty()) {
            throw new UsageError("unknown language '" + value + "'; languages are "
                    + Arrays.stream(Language.values()).map(Language::tag).collect(Collectors.joining(", ")));
        }
        return l.get();
    }

    private static EventKind kind(String value) throws UsageError {
        EventKind k = EventKind.fromId(value.toLowerCase(Locale.ROOT));
        if (k == null) {
            List<String> ids = Arrays.stream(EventKind.values()).map(EventKind::id).toList();
            throw new UsageError("unknown event kind '" + value + "'" + suggestion(value, ids)
                    + "; kinds are " + String.join(", ", ids));
        }
        return k;
    }

    private static PartialDate date(String option, String value) throws UsageError {
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageError(option + ": " + e.getMessage());
        }
    }

    private static Format format(String value) throws UsageError {
        for (Format f : Format.values()) {
            if (f.name().equalsIgnoreCase(value)) {
                return f;
            }
        }
        throw new UsageError("unknown format '" + value + "'" + suggestion(value.toLowerCase(Locale.ROOT),
                List.of("table", "csv", "json")) + "; formats are table, csv and json");
    }

    /** The filter, once every id has been found in the model. */
    private static EventFilter resolve(Request r, TimelineModel model) throws UsageError {
        List<String> factionIds = model.factions().stream().map(Faction::id).toList();
        for (String id : r.factions) {
            if (model.faction(id).isEmpty()) {
                throw new UsageError("unknown faction '" + id + "'" + suggestion(id, factionIds)
                        + listOf("factions", factionIds));
            }
        }
        List<String> personIds = model.people().stream().map(Person::id).toList();
        for (String id : r.people) {
            if (model.person(id).isEmpty()) {
                String hint = personByName(model, id).map(p -> " (did you mean '" + p + "'?)")
                        .orElse(suggestion(id, personIds));
                throw new UsageError("unknown person '" + id + "'" + hint);
            }
        }
        List<String> sourceIds = model.sources().stream().map(Source::id).toList();
        for (String id : r.sources) {
            if (model.source(id).isEmpty()) {
                throw new UsageError("unknown source '" + id + "'" + suggestion(id, sourceIds)
                        + listOf("sources", sourceIds));
            }
        }
        return new EventFilter(r.factions, r.people, r.kinds, r.sources, r.from, r.to, r.text);
    }

    /** A person whose name or alias the text is, in any script: "--person 奥特曼" means sam-altman. */
    private static Optional<String> personByName(TimelineModel model, String text) {
        String folded = FoldTable.instance().fold(text.strip());
        AliasIndex names = AliasIndex.ofPeople(model.people());
        return names.containing(folded).stream()
                .filter(m -> m.range().length() == m.form().length() || m.range().length() >= 3)
                .map(AliasIndex.Match::id).findFirst();
    }

    private static String listOf(String what, List<String> ids) {
        return ids.size() <= 12 ? "; " + what + " are " + String.join(", ", ids) : "";
    }

    /**
     * " (did you mean 'x'?)" for the closest candidate, or "" when none is close. Closest: containing the text, or
     * fewest edits less the length of the shared beginning ("fire" is nearer "firing" than "hire").
     */
    static String suggestion(String given, Collection<String> candidates) {
        return closest(given, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    private static Optional<String> closest(String given, Collection<String> candidates) {
        String g = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        boolean bestClose = false;
        for (String c : candidates) {
            int prefix = commonPrefix(g, c);
            int edits = distance(g, c);
            // "altman" is in "sam-altman"; but "to" in "factoin" is chance, so a short candidate must not count.
            boolean contains = c.contains(g) || c.length() >= 4 && g.contains(c);
            int score = contains ? -100 : edits - prefix;
            if (score < bestScore || score == bestScore && best != null && c.length() < best.length()) {
                best = c;
                bestScore = score;
                bestClose = contains || edits <= Math.max(2, g.length() / 3) || prefix >= 3;
            }
        }
        return best != null && bestClose ? Optional.of(best) : Optional.empty();
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String dateOf(Event e) {
        return (e.date().approximate() ? "~" : "") + e.date().start().toIsoString()
                + e.date().endDate().map(end -> "/" + end.toIsoString()).orElse("");
    }

    private static String precisionOf(Event e) {
        return e.date().precision().name().toLowerCase(Locale.ROOT);
    }

    private static String peopleOf(TimelineModel model, Event e, LocalFormat words) {
        return e.people().stream().map(id -> model.person(id).map(p -> words.text(p.name())).orElse(id))
                .collect(Collectors.joining(words.language().chinese() ? "、" : ", "));
    }

    private static List<String> sourcesOf(Event e) {
        return e.excerpts().stream().map(Excerpt::sourceId).distinct().toList();
    }

    /** The table; with a language, its dates, titles and names as the app says them in that language. */
    private static void printTable(TimelineModel model, Matches matches, PrintStream out, Language language) {
        LocalFormat words = LocalFormat.of(language == null ? Language.ENGLISH : language);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"DATE", "PRECISION", "TITLE", "PEOPLE"});
        for (Event e : matches.events()) {
            rows.add(new String[] {language == null ? dateOf(e) : words.span(e.date()), precisionOf(e),
                oneLine(words.text(e.title())), peopleOf(model, e, words)});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                row[c] = Printable.escape(row[c]);
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(row[c]);
                if (c < row.length - 1) {
                    line.append(" ".repeat(widths[c] - width(row[c]) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        out.println(words.message("count.eventsOf", matches.count(), matches.total()));
    }

    /** Columns a text takes in a terminal: East Asian wide and full-width characters take two. */
    private static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
            w += eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** One table cell: line breaks as spaces, any other control character or direction override escaped. */
    private static String oneLine(String s) {
        return Printable.escape(s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
    }

    private static void printCsv(TimelineModel model, Matches matches, PrintStream out) {
        StringBuilder sb = new StringBuilder();
        csvRow(sb, "id", "start", "end", "precision", "approximate", "title_en", "title_zh", "people", "factions",
                "sources");
        for (Event e : matches.events()) {
            csvRow(sb, e.id(), e.date().start().toIsoString(), e.date().endDate().map(PartialDate::toIsoString)
                    .orElse(""), precisionOf(e), String.valueOf(e.date().approximate()), e.title().en(),
                    e.title().zh() == null ? "" : e.title().zh(), String.join(";", e.people()),
                    String.join(";", e.factions()), String.join(";", sourcesOf(e)));
        }
        out.print(sb);
    }

    /** One record: fields with a comma, quote or line break are quoted, quotes doubled; CRLF ends it (RFC 4180). */
    private static void csvRow(StringBuilder sb, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            // Line breaks stay (quoted, as RFC 4180 allows); other control characters are escaped for the terminal.
            String f = Printable.escape(fields[i], "\n\r");
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        sb.append("\r\n");
    }

    private static void printJson(Matches matches, PrintStream out) {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ArrayNode list = mapper.createArrayNode();
        for (Event e : matches.events()) {
            ObjectNode o = list.addObject();
            o.put("id", e.id());
            EventJson.putDate(o, e.date());
            ObjectNode title = o.putObject("title");
            title.put("en", e.title().en());
            if (e.title().zh() == null) {
                title.putNull("zh");
            } else {
                title.put("zh", e.title().zh());
            }
            e.people().forEach(o.putArray("people")::add);
            e.factions().forEach(o.putArray("factions")::add);
            sourcesOf(e).forEach(o.putArray("sources")::add);
        }
        out.println(mapper.writeValueAsString(list));
    }

    static String usage() {
        String kinds = Arrays.stream(EventKind.values()).map(EventKind::id).collect(Collectors.joining(", "));
        return String.join(System.lineSeparator(),
                "usage: java -jar faultline.jar --list [options] [MODEL]",
                "  Prints the events of MODEL (the built-in model if none is given) that match every option given,",
                "  in date order. Options of one kind may be repeated: an event matches any of their values.",
                "",
                "  --faction ID     events of this faction",
                "  --person ID      events this person takes part in",
                "  --kind KIND      events of this kind: " + kinds,
                "  --source ID      events that cite this source",
                "  --from DATE      events that overlap DATE or later (YYYY, YYYY-MM or YYYY-MM-DD; a month or year",
                "                   counts whole)",
                "  --to DATE        events that overlap DATE or earlier",
                "  --text QUERY     events whose titles, summaries, quoted passages, people or organisations contain",
                "                   every word of QUERY, in Traditional or Simplified script, any case or width",
                "  --format FORMAT  table (default), csv (RFC 4180) or json",
                "  --lang LANG      the table's dates, titles and names in en, zh-Hant (繁體) or zh-Hans (简体,",
                "                   converted from the Traditional); without it, ISO dates and English titles",
                "  --help           this text",
                "",
                "  Exit status: 0 listed (even when nothing matches), 1 the model has errors, 2 bad usage.");
    }
}
