package dev.faultline.load;

import dev.faultline.load.LocatedJson.JsonObject;
import dev.faultline.load.LocatedJson.JsonString;
import dev.faultline.load.LocatedJson.Position;
import dev.faultline.model.Claim;
import dev.faultline.model.DateSpan;
import dev.faultline.model.Disagreement;
import dev.faultline.model.Era;
import dev.faultline.model.Event;
import dev.faultline.model.EventKind;
import dev.faultline.model.Excerpt;
import dev.faultline.model.Faction;
import dev.faultline.model.FactionMembership;
import dev.faultline.model.HomeWindow;
import dev.faultline.model.LocalizedText;
import dev.faultline.model.NonArticleKind;
import dev.faultline.model.NonArticlePart;
import dev.faultline.model.Organization;
import dev.faultline.model.OrganizationKind;
import dev.faultline.model.PartialDate;
import dev.faultline.model.Person;
import dev.faultline.model.Role;
import dev.faultline.model.Script;
import dev.faultline.model.Source;
import dev.faultline.model.SourceKind;
import dev.faultline.model.TimelineModel;
import dev.faultline.model.UncitedPassage;
import dev.faultline.text.FoldTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps a located JSON tree to the model records, checking everything the format says on the way: fields and their
 * types, id forms, unique ids per kind, references, dates and their order, closed vocabularies, colours, and that every
 * quote stands verbatim in its seed. Reports every problem it finds; hands out a model only when there is no error.
 *
 * <p>Ids are gathered in a first pass, so a reference may point to an item defined later in the file. Sources are read
 * before anything that quotes them, so excerpts can be anchored as they are read.
 */
final class ModelReader {

    /** Reads a seed text named by a source's {@code file}, relative to the model file. */
    interface SeedFiles {
        /** The seed's name for messages, and its text or why there is none. */
        record Seed(String displayName, TextFileReader.Result result) {
        }

        Seed read(String relativePath);
    }

    /**
     * Reads the items of the streamed events array ({@link LocatedJson.StreamedArray}) at {@code at} one at a time;
     * false, after reporting, when it cannot.
     */
    @FunctionalInterface
    interface EventStream {
        boolean stream(long at, LocatedJsonReader.ItemVisitor visitor);
    }

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final String[] TOP = {"format", "seedRoot", "title", "description", "sources", "factions",
        "organizations", "people", "eras", "events", "disagreements", "uncited", "home"};

    private final Problems problems;
    private final SeedFiles seedFiles;
    /** Caps the optional extras (suggestions, nearest passages) of this load; see {@link WorkBudget}. */
    private final WorkBudget budget = WorkBudget.standard();

    private final Map<String, Map<String, Defined>> ids = new HashMap<>();
    private final Map<String, SeedText> seeds = new LinkedHashMap<>();
    /**
     * The seed text of a model in all, in UTF-16 units: with each seed at most 4 MiB, a model naming many files (or
     * one file many times, which is read once) could otherwise hold gigabytes. 64 Mi characters is some 3,000
     * articles, and a million generated events quote 44 Mi.
     */
    static final long MAX_SEED_CHARS = 64L * 1024 * 1024;
    private final Map<String, SeedText> seedsByFile = new HashMap<>();
    private long seedChars;
    private final Map<String, List<NonArticlePart>> nonArticle = new HashMap<>();
    private final List<JsonString> aliases = new ArrayList<>();
    private final List<String> aliasPaths = new ArrayList<>();
    private final Set<String> peopleInEvents = new HashSet<>();
    private final Set<String> sourcesCited = new HashSet<>();
    private boolean everySeedRead = true;
    /** Told the fraction of items read, every few hundred items (the window's progress; it may cancel the load). */
    private java.util.function.DoubleConsumer onItem = fraction -> {
    };
    private int itemsRead;
    private int itemsTotal = 1;
    private int anchored;

    private final EventStream eventStream;

    /** A reader of trees whose events array is held whole (never a {@link LocatedJson.StreamedArray}). */
    ModelReader(Problems problems, SeedFiles seedFiles) {
        this(problems, seedFiles, (at, visitor) -> {
            throw new IllegalStateException("no event stream");
        });
    }

    ModelReader(Problems problems, SeedFiles seedFiles, EventStream eventStream) {
        this.problems = problems;
        this.seedFiles = seedFiles;
        this.eventStream = eventStream;
    }

    /** Reports progress through the items to {@code listener}. */
    void onItem(java.util.function.DoubleConsumer listener) {
        this.onItem = listener;
    }

    /** Counts of what the file holds, valid or not. */
    LoadResult.Counts counts(LocatedJson root) {
        if (!(root instanceof JsonObject top)) {
            return LoadResult.Counts.NONE;
        }
        return new LoadResult.Counts(size(top, "events"), size(top, "people"), size(top, "sources"), anchored);
    }

    private static int size(JsonObject top, String name) {
        LocatedJson.Member m = top.members().get(name);
        if (m != null && m.value() instanceof LocatedJson.StreamedArray streamed) {
            return streamed.size();
        }
        return m != null && m.value() instanceof LocatedJson.JsonArray a ? a.items().size() : 0;
    }

    Optional<TimelineModel> read(LocatedJson root) {
        Fields top = Fields.open(root, "$", "model", problems, TOP).orElse(null);
        if (top == null) {
            return Optional.empty();
        }
        top.integer("format", true, 1, 1, "1 (the only format this version reads)");
        LocalizedText title = top.text("title", true);
        LocalizedText description = top.text("description", true);

        List<LocatedJson> sourceNodes = top.array("sources", true);
        List<LocatedJson> factionNodes = top.array("factions", false);
        List<LocatedJson> organizationNodes = top.array("organizations", false);
        List<LocatedJson> personNodes = top.array("people", true);
        List<LocatedJson> eraNodes = top.array("eras", false);
        LocatedJson.StreamedArray streamedEvents = top.node("events", false) instanceof LocatedJson.StreamedArray a
                ? a : null;
        List<LocatedJson> eventNodes = streamedEvents != null ? List.of() : top.array("events", true);
        List<LocatedJson> disagreementNodes = top.array("disagreements", false);

        itemsTotal = Math.max(1, sourceNodes.size() + factionNodes.size() + organizationNodes.size()
                + personNodes.size() + eraNodes.size() + eventNodes.size() + disagreementNodes.size()
                + (streamedEvents == null ? 0 : streamedEvents.size()));
        collectIds("source", sourceNodes, top.path("sources"));
        collectIds("faction", factionNodes, top.path("factions"));
        collectIds("organization", organizationNodes, top.path("organizations"));
        collectIds("person", personNodes, top.path("people"));
        collectIds("era", eraNodes, top.path("eras"));
        collectIds("event", eventNodes, top.path("events"));
        collectIds("disagreement", disagreementNodes, top.path("disagreements"));

        List<Source> sources = each(sourceNodes, top.path("sources"), this::source);
        List<Faction> factions = each(factionNodes, top.path("factions"), this::faction);
        List<Organization> organizations = each(organizationNodes, top.path("organizations"), this::organization);
        List<Person> people = each(personNodes, top.path("people"), this::person);
        List<Era> eras = each(eraNodes, top.path("eras"), this::era);
        List<Event> events = streamedEvents == null ? each(eventNodes, top.path("events"), this::event)
                : streamedEvents(streamedEvents, top.path("events"));
        List<Disagreement> disagreements = each(disagreementNodes, top.path("disagreements"), this::disagreement);
        List<UncitedPassage> uncited = each(top.array("uncited", false), top.path("uncited"), this::uncited);

        CuratedTextRules.check(root, problems);
        HomeWindow home = home(top);

        curationWarnings();
        if (problems.errorCount() > 0) {
            return Optional.empty();
        }
        return Optional.of(new TimelineModel(title, description, sources, factions, organizations, people, eras,
                events, disagreements, uncited, home));
    }

    /** The optional {@code "home": {"start": …, "end": …}} window the timeline opens on. */
    private HomeWindow home(Fields top) {
        LocatedJson node = top.node("home", false);
        Fields f = node == null ? null : Fields.open(node, top.path("home"), "home window", problems, "start", "end")
                .orElse(null);
        if (f == null) {
            return null;
        }
        PartialDate start = f.date("start", true);
        PartialDate end = f.date("end", true);
        return start != null && end != null && checkOrder(start, end, f, "start", "end") ? new HomeWindow(start, end)
                : null;
    }

    /** Reads the streamed events as they are parsed, collecting each one's id just before reading it. */
    private List<Event> streamedEvents(LocatedJson.StreamedArray array, String path) {
        List<Event> events = new ArrayList<>(array.size());
        Map<String, Defined> known = ids.get("event");
        eventStream.stream(array.at(), (node, i) -> {
            if ((++itemsRead & 0xFF) == 0) {
                onItem.accept(itemsRead / (double) itemsTotal);
            }
            collectId("event", known, node, path, i);
            int before = problems.errorCount();
            Event event = event(node, path + "[" + i + "]");
            if (event != null && problems.errorCount() == before) {
                events.add(event);
            }
        });
        return events;
    }

    private <T> List<T> each(List<LocatedJson> nodes, String path, ItemReader<T> reader) {
        List<T> items = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if ((++itemsRead & 0xFF) == 0) {
                onItem.accept(itemsRead / (double) itemsTotal);
            }
            int before = problems.errorCount();
            T item = reader.read(nodes.get(i), path + "[" + i + "]");
            if (item != null && problems.errorCount() == before) {
                items.add(item);
            }
        }
        return items;
    }

    /**
     * Where an id is defined: its value's line and column (packed), and the item's array and index, from which its
     * path is spelled out only for a message. A million event ids each with a {@code Position} and a path string
     * cost about 100 MB.
     */
    private record Defined(long packed, String arrayPath, int index) {
        Position at() {
            return Position.unpack(packed);
        }

        String path() {
            return arrayPath + "[" + index + "].id";
        }
    }

    /** Reads one item; returns null (after reporting) when it is unsound. */
    @FunctionalInterface
    private interface ItemReader<T> {
        T read(LocatedJson node, String path);
    }

    // ---- ids and references

    private void collectIds(String kind, List<LocatedJson> nodes, String path) {
        Map<String, Defined> known = ids.computeIfAbsent(kind, k -> new LinkedHashMap<>());
        for (int i = 0; i < nodes.size(); i++) {
            collectId(kind, known, nodes.get(i), path, i);
        }
    }

    /** Records the id of item {@code i} of the array at {@code path}, reporting a malformed or repeated one. */
    private void collectId(String kind, Map<String, Defined> known, LocatedJson node, String path, int i) {
        if (node instanceof JsonObject o && o.members().value("id") instanceof JsonString id) {
            if (!Names.isId(id.value())) {
                String idPath = path + "[" + i + "].id";
                problems.error(id.position(), idPath, kind + " id " + NearMatch.shown(id.value(), 80)
                        + " is not lowercase kebab-case (a-z, 0-9 and single hyphens, like \"sam-altman\")");
            } else if (known.containsKey(id.value())) {
                problems.error(id.position(), path + "[" + i + "].id", "duplicate " + kind + " id "
                        + NearMatch.shown(id.value(), 80) + " (first defined at line "
                        + known.get(id.value()).at().line() + ")");
            } else {
                known.put(id.value(), new Defined(id.at(), path, i));
            }
        }
    }

    /** Checks that a string value names a known id of {@code kind}; returns it, or null after reporting. */
    private String reference(JsonString node, String path, String kind) {
        if (node == null) {
            return null;
        }
        Map<String, Defined> known = ids.get(kind);
        if (known.containsKey(node.value())) {
            return node.value();
        }
        String suggestion = problems.full() ? "" : Names.closest(node.value(), known.keySet(), budget)
                .map(s -> "; did you mean \"" + s + "\"?").orElse("");
        problems.error(node.position(), path, "no " + kind + " has the id " + NearMatch.shown(node.value(), 80)
                + suggestion);
        return null;
    }

    /** A list of references to ids of {@code kind}, each a string, none twice. */
    private List<String> references(Fields f, String name, boolean required, String kind) {
        List<String> refs = new ArrayList<>();
        List<LocatedJson> items = f.array(name, required);
        for (int i = 0; i < items.size(); i++) {
            String path = f.path(name) + "[" + i + "]";
            if (!(items.get(i) instanceof JsonString s)) {
                problems.error(items.get(i).position(), path,
                        "\"" + name + "\" must hold " + kind + " ids (strings), not " + items.get(i).description());
                continue;
            }
            String id = reference(s, path, kind);
            if (id != null && refs.contains(id)) {
                problems.error(s.position(), path, kind + " \"" + id + "\" is listed twice");
            } else if (id != null) {
                refs.add(id);
            }
        }
        return refs;
    }

    // ---- sources and their seeds

    private Source source(LocatedJson node, String path) {
        Fields f = Fields.open(node, path, "source", problems, "id", "cite", "file", "title", "titleEn", "author",
                "outlet", "published", "script", "kind", "provenance", "nonArticle").orElse(null);
        if (f == null) {
            return null;
        }
        String id = f.string("id");
        JsonString file = f.stringNode("file", true);
        String title = f.string("title");
        String titleEn = f.string("titleEn");
        String cite = citeKey(f, id);
        String author = f.optionalString("author");
        String outlet = f.optionalString("outlet");
        PartialDate published = f.date("published", false);
        Script script = enumChoice(f, "script", true, "script", Script.class);
        SourceKind kind = enumChoice(f, "kind", true, "source kind", SourceKind.class);
        LocalizedText provenance = f.text("provenance", true);

        SeedText seed = file == null ? null : seed(id, file, f.path("file"));
        if (file == null) {
            everySeedRead = false; // no seed to look for aliases in: "occurs in no seed" would be a false alarm
        }
        if (id != null && seed != null && ids.get("source").containsKey(id)) {
            seeds.putIfAbsent(id, seed);
        }
        List<NonArticlePart> parts = new ArrayList<>();
        List<LocatedJson> partNodes = f.array("nonArticle", false);
        for (int i = 0; i < partNodes.size(); i++) {
            NonArticlePart part = nonArticlePart(partNodes.get(i), f.path("nonArticle") + "[" + i + "]", seed);
            if (part != null) {
                parts.add(part);
            }
        }
        if (id != null) {
            nonArticle.putIfAbsent(id, parts);
        }
        if (id == null || seed == null || title == null || titleEn == null || script == null || kind == null
                || provenance == null) {
            return null;
        }
        return new Source(id, cite, file.value(), title, titleEn, author, outlet, published, script, kind,
                provenance, parts, seed.text());
    }

    /** Citation keys already given, to the source that has each. */
    private final Map<String, String> citeKeys = new HashMap<>();
    private static final int MAX_CITE = 12;

    /**
     * A source's optional citation key: a short word of letters, digits, '-' or '_' (the model's text says "003 says
     * …"), given to one source only. Null after reporting when it is not.
     */
    private String citeKey(Fields f, String sourceId) {
        JsonString node = f.stringNode("cite", false);
        if (node == null) {
            return null;
        }
        String key = node.value();
        boolean word = !key.isEmpty() && key.length() <= MAX_CITE;
        for (int i = 0; word && i < key.length(); i++) {
            char c = key.charAt(i);
            word = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_');
        }
        if (!word) {
            problems.error(node.position(), f.path("cite"), "\"cite\" must be a short key of 1 to " + MAX_CITE
                    + " letters, digits, '-' or '_' (as the model's text cites the source), not "
                    + NearMatch.shown(key, 40));
            return null;
        }
        String other = citeKeys.putIfAbsent(key, String.valueOf(sourceId));
        if (other != null) {
            problems.error(node.position(), f.path("cite"), "cite key \"" + key + "\" is already source \"" + other
                    + "\"'s; each source needs its own");
            return null;
        }
        return key;
    }

    private SeedText seed(String sourceId, JsonString file, String path) {
        String relative = file.value();
        if (relative.startsWith("/") || relative.contains("\\") || relative.matches("^[A-Za-z]:.*")) {
            problems.error(file.position(), path, "seed file " + NearMatch.shown(relative, 120)
                    + " must be a path relative to the model file, with forward slashes");
            everySeedRead = false;
            return null;
        }
        SeedText known = seedsByFile.get(relative);
        if (known != null) { // another source of the same file: one text, one search, read once
            return new SeedText(sourceId == null ? "?" : sourceId, known.file(), known.text(), known.lineStarts(),
                    known.search());
        }
        SeedFiles.Seed seed;
        try {
            seed = seedFiles.read(relative);
        } catch (RuntimeException e) { // an unusable path (InvalidPathException) or a file system's own failure
            problems.error(file.position(), path, "seed file " + NearMatch.shown(relative, 120) + " cannot be opened: "
                    + TextFileReader.describe(e));
            everySeedRead = false;
            return null;
        }
        if (seed.result() instanceof TextFileReader.Text text) {
            if (seedChars + text.text().length() > MAX_SEED_CHARS) {
                problems.error(file.position(), path, String.format(Locale.ROOT, "seed file %s would bring the"
                        + " seeds' text to %,d characters; a model's seeds hold at most %,d in all",
                        NearMatch.shown(relative, 120), seedChars + text.text().length(), MAX_SEED_CHARS));
                everySeedRead = false;
                return null;
            }
            seedChars += text.text().length();
            SeedText read = SeedText.of(sourceId == null ? "?" : sourceId, seed.displayName(), text.text());
            seedsByFile.put(relative, read);
            return read;
        }
        everySeedRead = false;
        TextFileReader.Failure failure = (TextFileReader.Failure) seed.result();
        if (failure.hasPosition()) {
            problems.add(Problem.error(seed.displayName(), failure.line(), failure.column(), path,
                    "seed file " + failure.message()));
        } else {
            problems.error(file.position(), path, "seed file " + NearMatch.shown(relative, 120) + " " + failure.message());
        }
        return null;
    }

    private NonArticlePart nonArticlePart(LocatedJson node, String path, SeedText seed) {
        Fields f = Fields.open(node, path, "non-article part", problems, "kind", "quote", "occurrence", "note")
                .orElse(null);
        if (f == null) {
            return null;
        }
        NonArticleKind kind = enumChoice(f, "kind", true, "non-article kind", NonArticleKind.class);
        JsonString quote = f.stringNode("quote", true);
        Integer occurrence = f.integer("occurrence", false, 1, Integer.MAX_VALUE, "a whole number from 1 up");
        LocalizedText note = f.text("note", false);
        if (quote == null || seed == null || f.has("occurrence") && occurrence == null) {
            return null;
        }
        QuoteAnchor.Outcome outcome = anchor(seed, quote, occurrence, f);
        if (!outcome.anchored() || kind == null) {
            return null;
        }
        return new NonArticlePart(kind, outcome.range(), note);
    }

    // ---- factions, organizations, people, eras

    private Faction faction(LocatedJson node, String path) {
        Fields f = Fields.open(node, path, "faction", problems, "id", "name", "color", "description").orElse(null);
        if (f == null) {
            return null;
        }
        String id = f.string("id");
        LocalizedText name = f.text("name", true);
        JsonString color = f.stringNode("color", true);
        if (color != null && !COLOR.matcher(color.value()).matches()) {
            problems.error(color.position(), f.path("color"), "colour " + NearMatch.shown(color.value(), 40)
                    + " is not of the form #RRGGBB (six hexadecimal digits, like \"#0072B2\")");
        }
        LocalizedText description = f.text("description", true);
        if (id == null || name == null || color == null || description == null) {
            return null;
        }
        return new Faction(id, name, color.value().toUpperCase(Locale.ROOT), description);
    }

    private Organization organization(LocatedJson node, String path) {
        Fields f = Fields.open(node, path, "organization", problems, "id", "name", "aliases", "kind", "description")
                .orElse(null);
        if (f == null) {
            return null;
        }
        String id = f.string("id");
        LocalizedText name = f.text("name", true);
        List<String> aliasList = aliases(f);
        OrganizationKind kind = enumChoice(f, "kind", true, "organization kind", OrganizationKind.class);
        LocalizedText description = f.text("description", true);
        if (id == null || name == null || kind == null || description == null) {
            return null;
        }
        return new Organization(id, name, aliasList, kind, description);
    }

    private Person person(LocatedJson node, String path) {
        Fields f = Fields.open(node, path, "person", problems, "id", "name", "aliases", "bio", "roles", "factions")
                .orElse(null);
        if (f == null) {
            return null;
        }
        String id = f.string("id");
        LocalizedText name = f.text("name", true);
        List<String> aliasList = aliases(f);
        LocalizedText bio = f.text("bio", true);
        List<Role> roles = new ArrayList<>();
        List<LocatedJson> roleNodes = f.array("roles", false);
        for (int i = 0; i < roleNodes.size(); i++) {
            Optional.ofNullable(role(roleNodes.get(i), f.path("roles") + "[" + i + "]")).ifPresent(roles::add);
        }
        List<FactionMembership> memberships = new ArrayList<>();
        List<LocatedJson> membershipNodes = f.array("factions", false);
        for (int i = 0; i < membershipNodes.size(); i++) {
            Optional.ofNullable(membership(membershipNodes.get(i), f.path("factions") + "[" + i + "]"))
                    .ifPresent(memberships::add);
        }
        if (id == null || name == null || bio == null) {
            return null;
        }
        return new Person(id, name, aliasList, bio, roles, memberships);
    }

    private List<String> aliases(Fields f) {
        List<String> list = new ArrayList<>();
        List<LocatedJson> nodes = f.array("aliases", false);
        for (int i = 0; i < nodes.size(); i++) {
            String path = f.path("aliases") + "[" + i + "]";
            if (!(nodes.get(i) instanceof JsonString s) || s.value().isBlank()) {
                problems.error(nodes.get(i).position(), path, "an alias must be a non-empty string, not "
                        + (nodes.get(i) instanceof JsonString ? "an empty one" : nodes.get(i).description()));
            } else if (list.contains(s.value())) {
                problems.error(s.position(), path, "alias " + NearMatch.shown(s.value(), 80) + " is listed twice");
            } else {
                list.add(s.value());
                aliases.add(s);
                aliasPaths.add(path);
            }
        }
        return list;
    }

    private Role role(LocatedJson node, String path) {
        Fields f = Fields.open(node, path, "role", problems, "title", "organization", "from", "to", "note")
                .orElse(null);
        if (f == null) {
            return null;
        }
        LocalizedText title = f.text("title", true);
        String organization = reference(f.stringNode("organization", false), f.path("organization"), "organization");
        PartialDate from = f.date("from", false);
        PartialDate to = f.date("to", false);
        checkOrder(from, to, f, "from", "to");
        return title == null ? null : new Role(title, organization, from, to, f.text("note", false));
    }

    private FactionMembership membership(LocatedJson node, String path) {
        Fields f = Fields.open(node, path, "faction membership", problems, "faction", "from", "to", "note")
                .orElse(null);
        if (f == null) {
            return null;
        }
        String faction = reference(f.stringNode("faction", true), f.path("faction"), "faction");
        PartialDate from = f.date("from", false);
        PartialDate to = f.date("to", false);
        checkOrder(from, to, f, "from", "to");
        return faction == null ? null : new FactionMembership(faction, from, to, f.text("note", false));
    }

    private Era era(LocatedJson node, String path) {
        Fields f = Fields.open(node, path, "era", problems, "id", "name", "start", "end", "description").orElse(null);
        if (f == null) {
            return null;
        }
        String id = f.string("id");
        LocalizedText name = f.text("name", true);
        PartialDate start = f.date("start", true);
        PartialDate end = f.date("end", true);
        boolean ordered = checkOrder(start, end, f, "start", "end");
        LocalizedText description = f.text("description", true);
        if (id == null || name == null || start == null || end == null || !ordered || description == null) {
            return null;
        }
        return new Era(id, name, start, end, description);
    }

    /** Reports {@code later} before {@code earlier} (comparing the last day it may mean with the first); true if fine. */
    private boolean checkOrder(PartialDate earlier, PartialDate later, Fields f, String earlierName,
            String laterName) {
        if (earlier != null && later != null && later.lastDay().isBefore(earlier.firstDay())) {
            problems.error(f.positionOf(laterName), f.path(laterName), "\"" + laterName + "\" " + later
                    + " is before \"" + earlierName + "\" " + earlier);
            return false;
        }
        return true;
    }

    // ---- events, excerpts, disagreements

    private Event event(LocatedJson node, String path) {
        Fields f = Fields.open(node, path, "event", problems, "id", "title", "summary", "kind", "date", "people",
                "organizations", "factions", "importance", "excerpts", "curatorNote").orElse(null);
        if (f == null) {
            return null;
        }
        String id = f.string("id");
        LocalizedText title = f.text("title", true);
        LocalizedText summary = f.text("summary", true);
        EventKind kind = enumChoice(f, "kind", true, "event kind", EventKind.class);
        LocatedJson dateNode = f.node("date", true);
        DateSpan date = dateNode == null ? null : dateSpan(dateNode, f.path("date"));
        List<String> people = references(f, "people", false, "person");
        peopleInEvents.addAll(people);
        List<String> organizations = references(f, "organizations", false, "organization");
        List<String> factions = references(f, "factions", false, "faction");
        Integer importance = f.integer("importance", true, 1, 5, "a whole number from 1 to 5");
        List<Excerpt> excerpts = new ArrayList<>();
        List<LocatedJson> excerptNodes = f.array("excerpts", true);
        if (excerptNodes.isEmpty() && f.node("excerpts", false) instanceof LocatedJson.JsonArray empty) {
            problems.error(empty.position(), f.path("excerpts"),
                    "event has no excerpts; every event needs at least one verbatim quote from a source");
        }
        for (int i = 0; i < excerptNodes.size(); i++) {
            Optional.ofNullable(excerpt(excerptNodes.get(i), f.path("excerpts") + "[" + i + "]", true))
                    .ifPresent(excerpts::add);
        }
        LocalizedText curatorNote = f.text("curatorNote", false);
        CuratedTextRules.checkEvent(node, path, problems);
        if (id == null || title == null || summary == null || kind == null || date == null || importance == null) {
            return null;
        }
        return new Event(id, title, summary, kind, date, people, organizations, factions, importance, excerpts,
                curatorNote);
    }

    private DateSpan dateSpan(LocatedJson node, String path) {
        Fields f = Fields.open(node, path, "date span", problems, "start", "end", "approximate", "note").orElse(null);
        if (f == null) {
            return null;
        }
        PartialDate start = f.date("start", true);
        PartialDate end = f.date("end", false);
        boolean ordered = checkOrder(start, end, f, "start", "end");
        boolean approximate = f.optionalBoolean("approximate");
        LocalizedText note = f.text("note", false);
        return start == null || !ordered ? null : new DateSpan(start, end, approximate, note);
    }

    private Excerpt excerpt(LocatedJson node, String path, boolean fromEvent) {
        Fields f = Fields.open(node, path, "excerpt", problems, "source", "quote", "occurrence").orElse(null);
        if (f == null) {
            return null;
        }
        String sourceId = reference(f.stringNode("source", true), f.path("source"), "source");
        if (sourceId != null && fromEvent) {
            sourcesCited.add(sourceId);
        }
        JsonString quote = f.stringNode("quote", true);
        Integer occurrence = f.integer("occurrence", false, 1, Integer.MAX_VALUE, "a whole number from 1 up");
        SeedText seed = sourceId == null ? null : seeds.get(sourceId);
        if (seed == null || quote == null || f.has("occurrence") && occurrence == null) {
            return null; // already reported: unknown source, unreadable seed, or a bad field
        }
        QuoteAnchor.Outcome outcome = anchor(seed, quote, occurrence, f);
        if (!outcome.anchored()) {
            return null;
        }
        for (NonArticlePart part : nonArticle.getOrDefault(sourceId, List.of())) {
            if (part.range().overlaps(outcome.range())) {
                problems.error(quote.position(), f.path("quote"), "quote overlaps the "
                        + part.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + " at line "
                        + seed.lineOf(part.range().start()) + " of source \"" + sourceId
                        + "\", which is not article text");
                return null;
            }
        }
        anchored++;
        return new Excerpt(sourceId, quote.value(), outcome.occurrence(), outcome.range());
    }

    /** Anchors a quote, reporting failure at the quote or at its occurrence. */
    private QuoteAnchor.Outcome anchor(SeedText seed, JsonString quote, Integer occurrence, Fields f) {
        QuoteAnchor.Outcome outcome = QuoteAnchor.anchor(seed, quote.value(), occurrence,
                problems.full() ? new WorkBudget(0, 0) : budget);
        if (!outcome.anchored()) {
            String message = outcome.problem();
            if (outcome.culprit() == QuoteAnchor.Culprit.OCCURRENCE) {
                problems.error(f.positionOf("occurrence"), f.path("occurrence"), message);
            } else {
                if (message.startsWith("quote not found")) {
                    message += elsewhere(seed, quote.value());
                }
                problems.error(quote.position(), f.path("quote"), message);
            }
        }
        return outcome;
    }

    /** Names other sources that do hold the quote verbatim: the likeliest slip is citing the wrong one. */
    private String elsewhere(SeedText seed, String quote) {
        if (problems.full()) {
            return "";
        }
        List<String> others = seeds.values().stream().filter(s -> s != seed && s.search().contains(quote))
                .map(s -> "\"" + s.sourceId() + "\"").toList();
        return others.isEmpty() ? "" : "; it does occur verbatim in source " + String.join(", ", others);
    }

    private Disagreement disagreement(LocatedJson node, String path) {
        Fields f = Fields.open(node, path, "disagreement", problems, "id", "topic", "events", "claims",
                "curatorNote").orElse(null);
        if (f == null) {
            return null;
        }
        String id = f.string("id");
        LocalizedText topic = f.text("topic", true);
        List<String> events = references(f, "events", true, "event");
        if (f.node("events", false) instanceof LocatedJson.JsonArray a && a.items().isEmpty()) {
            problems.error(a.position(), f.path("events"), "disagreement concerns no event; name at least one");
        }
        List<Claim> claims = new ArrayList<>();
        List<LocatedJson> claimNodes = f.array("claims", true);
        if (f.node("claims", false) instanceof LocatedJson.JsonArray a && a.items().size() < 2) {
            problems.error(a.position(), f.path("claims"), "disagreement has " + a.items().size()
                    + (a.items().size() == 1 ? " claim" : " claims") + "; it needs at least two that differ");
        }
        for (int i = 0; i < claimNodes.size(); i++) {
            Optional.ofNullable(claim(claimNodes.get(i), f.path("claims") + "[" + i + "]")).ifPresent(claims::add);
        }
        LocalizedText curatorNote = f.text("curatorNote", false);
        if (id == null || topic == null) {
            return null;
        }
        return new Disagreement(id, topic, events, claims, curatorNote);
    }

    private Claim claim(LocatedJson node, String path) {
        Fields f = Fields.open(node, path, "claim", problems, "excerpt", "claim").orElse(null);
        if (f == null) {
            return null;
        }
        LocatedJson excerptNode = f.node("excerpt", true);
        Excerpt excerpt = excerptNode == null ? null : excerpt(excerptNode, f.path("excerpt"), false);
        LocalizedText claim = f.text("claim", true);
        return excerpt == null || claim == null ? null : new Claim(excerpt, claim);
    }

    /** A passage left uncited on purpose: anchored exactly as an excerpt is, with its reason. */
    private UncitedPassage uncited(LocatedJson node, String path) {
        Fields f = Fields.open(node, path, "uncited passage", problems, "source", "quote", "occurrence", "reason")
                .orElse(null);
        if (f == null) {
            return null;
        }
        String sourceId = reference(f.stringNode("source", true), f.path("source"), "source");
        JsonString quote = f.stringNode("quote", true);
        Integer occurrence = f.integer("occurrence", false, 1, Integer.MAX_VALUE, "a whole number from 1 up");
        LocalizedText reason = f.text("reason", true);
        SeedText seed = sourceId == null ? null : seeds.get(sourceId);
        if (seed == null || quote == null || f.has("occurrence") && occurrence == null) {
            return null;
        }
        QuoteAnchor.Outcome outcome = anchor(seed, quote, occurrence, f);
        if (!outcome.anchored()) {
            return null;
        }
        // Coverage counts article text only, so a passage set aside there would account for nothing.
        for (NonArticlePart part : nonArticle.getOrDefault(sourceId, List.of())) {
            if (part.range().overlaps(outcome.range())) {
                problems.error(quote.position(), f.path("quote"), "uncited passage overlaps the "
                        + part.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + " at line "
                        + seed.lineOf(part.range().start()) + " of source \"" + sourceId
                        + "\", which is not article text; only article text needs accounting for");
                return null;
            }
        }
        return reason == null ? null : new UncitedPassage(sourceId, outcome.range(), reason);
    }

    // ---- curation warnings

    private void curationWarnings() {
        if (everySeedRead && !seeds.isEmpty()) {
            // Folded (script, width, case), as search matches names: "奥特曼" in a Simplified seed is the alias
            // "奧特曼" all the same.
            FoldTable folding = FoldTable.instance();
            List<QuoteSearch> folded = seeds.values().stream().map(s -> new QuoteSearch(folding.fold(s.text())))
                    .toList();
            for (int i = 0; i < aliases.size(); i++) {
                String alias = folding.fold(aliases.get(i).value());
                if (folded.stream().noneMatch(s -> s.contains(alias))) {
                    problems.warning(aliases.get(i).position(), aliasPaths.get(i),
                            "alias " + NearMatch.shown(aliases.get(i).value(), 80) + " occurs in no seed text");
                }
            }
        }
        ids.get("person").forEach((id, defined) -> {
            if (!peopleInEvents.contains(id)) {
                problems.warning(defined.at(), defined.path(), "person \"" + id + "\" takes part in no event");
            }
        });
        ids.get("source").forEach((id, defined) -> {
            if (!sourcesCited.contains(id)) {
                problems.warning(defined.at(), defined.path(), "source \"" + id + "\" is cited by no event");
            }
        });
    }

    // ---- vocabularies

    /** The model-file forms of an enum's constants: lowercase, hyphens for underscores. */
    static <E extends Enum<E>> List<String> forms(Class<E> type) {
        return FORMS.get(type);
    }

    /** Each vocabulary's forms, worked out once: every event asks for its kind's. */
    private static final ClassValue<List<String>> FORMS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        }
    };

    private static <E extends Enum<E>> E enumChoice(Fields f, String name, boolean required, String kindWord,
            Class<E> type) {
        String form = f.choice(name, required, kindWord, forms(type));
        return form == null ? null : Enum.valueOf(type, form.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
