package dev.faultline.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A whole, validated data set: everything a timeline shows, with lookups by id. Events are held in chronological
 * order (start, then end, then importance descending, then id), which every view and query relies on.
 */
public final class TimelineModel {

    /** Chronological order of events; stable and total, so lists and keyboard navigation agree. */
    public static final Comparator<Event> CHRONOLOGICAL = TimelineModel::chronologically;

    /** By date span, then the more important first, then by id: written out, as a million events sort with it. */
    private static int chronologically(Event a, Event b) {
        int c = a.date().compareTo(b.date());
        if (c == 0) {
            c = Integer.compare(b.importance(), a.importance());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    private final LocalizedText title;
    private final LocalizedText description;
    private final Map<String, Source> sources;
    private final Map<String, Faction> factions;
    private final Map<String, Organization> organizations;
    private final Map<String, Person> people;
    private final Map<String, Era> eras;
    private final Map<String, Event> events;
    private final Map<String, Disagreement> disagreements;
    private final List<Event> chronological;
    private final List<UncitedPassage> uncited;
    private final HomeWindow home;

    /** A model with no passages deliberately left uncited and no home window. */
    public TimelineModel(LocalizedText title, LocalizedText description, List<Source> sources, List<Faction> factions,
            List<Organization> organizations, List<Person> people, List<Era> eras, List<Event> events,
            List<Disagreement> disagreements) {
        this(title, description, sources, factions, organizations, people, eras, events, disagreements, List.of(), null);
    }

    /**
     * A model with its passages deliberately left uncited, and a home window ({@code home} may be null: the timeline
     * then opens on everything).
     */
    public TimelineModel(LocalizedText title, LocalizedText description, List<Source> sources, List<Faction> factions,
            List<Organization> organizations, List<Person> people, List<Era> eras, List<Event> events,
            List<Disagreement> disagreements, List<UncitedPassage> uncited, HomeWindow home) {
        this.home = home;
        this.title = title;
        this.description = description;
        this.sources = index(sources, Source::id);
        this.factions = index(factions, Faction::id);
        this.organizations = index(organizations, Organization::id);
        this.people = index(people, Person::id);
        this.eras = index(eras, Era::id);
        this.events = index(events, Event::id);
        this.disagreements = index(disagreements, Disagreement::id);
        Event[] sorted = events.toArray(Event[]::new);
        java.util.Arrays.parallelSort(sorted, CHRONOLOGICAL); // a million events sort in half the time on two cores
        this.chronological = Collections.unmodifiableList(java.util.Arrays.asList(sorted));
        this.uncited = List.copyOf(uncited);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>(Math.max(16, items.size() * 4 / 3 + 1));
        for (T item : items) {
            if (map.putIfAbsent(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate id " + id.apply(item));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText description() {
        return description;
    }

    /** Where the timeline opens and where Home returns, if the model names one. */
    public Optional<HomeWindow> home() {
        return Optional.ofNullable(home);
    }

    /** Sources in file order. */
    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    public List<Faction> factions() {
        return List.copyOf(factions.values());
    }

    public List<Organization> organizations() {
        return List.copyOf(organizations.values());
    }

    public List<Person> people() {
        return List.copyOf(people.values());
    }

    /** Eras in chronological order. */
    public List<Era> eras() {
        List<Era> list = new ArrayList<>(eras.values());
        list.sort(Comparator.comparing(Era::start));
        return list;
    }

    /** Every event, in chronological order. */
    public List<Event> events() {
        return chronological;
    }

    public List<Disagreement> disagreements() {
        return List.copyOf(disagreements.values());
    }

    /** Passages the curator deliberately left uncited, in file order. */
    public List<UncitedPassage> uncited() {
        return uncited;
    }

    /** Passages of one source deliberately left uncited, in file order. */
    public List<UncitedPassage> uncitedIn(String sourceId) {
        return uncited.stream().filter(u -> u.sourceId().equals(sourceId)).toList();
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public Optional<Faction> faction(String id) {
        return Optional.ofNullable(factions.get(id));
    }

    public Optional<Organization> organization(String id) {
        return Optional.ofNullable(organizations.get(id));
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    public Optional<Era> era(String id) {
        return Optional.ofNullable(eras.get(id));
    }

    public Optional<Event> event(String id) {
        return Optional.ofNullable(events.get(id));
    }

    public Optional<Disagreement> disagreement(String id) {
        return Optional.ofNullable(disagreements.get(id));
    }

    /** Events a person takes part in, chronological. */
    public List<Event> eventsWithPerson(String personId) {
        Map<String, List<Event>> index = withPerson;
        if (index == null) {
            index = byKey(e -> e.people().stream());
            withPerson = index;
        }
        return index.getOrDefault(personId, List.of());
    }

    /** Events that cite a source, chronological. */
    public List<Event> eventsCiting(String sourceId) {
        Map<String, List<Event>> index = citing;
        if (index == null) {
            index = byKey(e -> e.excerpts().stream().map(Excerpt::sourceId));
            citing = index;
        }
        return index.getOrDefault(sourceId, List.of());
    }

    /**
     * Of every event's end (or start, when it has none), the one whose last day is latest: where the timeline's
     * content ends. Worked out once; the filter bar and the saved view ask for it.
     */
    public Optional<PartialDate> latestDate() {
        PartialDate latest = this.latest;
        if (latest == null && !chronological.isEmpty()) {
            for (Event e : chronological) {
                PartialDate d = e.date().end() != null ? e.date().end() : e.date().start();
                if (latest == null || d.compareLastDay(latest) > 0) {
                    latest = d;
                }
            }
            this.latest = latest;
        }
        return Optional.ofNullable(latest);
    }

    private volatile PartialDate latest;

    // Built on first use, in one pass over the events: the panes ask per person and per source, and a scan of a
    // million events each time held the window for seconds. Racing threads may both build one; either is right.
    private volatile Map<String, List<Event>> withPerson;
    private volatile Map<String, List<Event>> citing;

    /** The events under each key they name (each event once per key), chronological. */
    private Map<String, List<Event>> byKey(Function<Event, java.util.stream.Stream<String>> keys) {
        Map<String, List<Event>> index = new HashMap<>();
        for (Event e : chronological) {
            keys.apply(e).distinct().forEach(k -> index.computeIfAbsent(k, x -> new ArrayList<>()).add(e));
        }
        index.replaceAll((k, list) -> Collections.unmodifiableList(list));
        return Collections.unmodifiableMap(index);
    }

    /** Disagreements that concern an event. */
    public List<Disagreement> disagreementsAbout(String eventId) {
        return disagreements.values().stream().filter(d -> d.events().contains(eventId)).toList();
    }

    /** The position of an event in chronological order, or -1. */
    public int chronologicalIndex(String eventId) {
        Event e = events.get(eventId);
        return e == null ? -1 : Collections.binarySearch(chronological, e, CHRONOLOGICAL);
    }
}
