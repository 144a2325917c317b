package dev.faultline.query;

import dev.faultline.model.EventKind;
import dev.faultline.model.PartialDate;
import java.util.Set;

/**
 * What a person asked to see: any of these factions, any of these people, any of these kinds, any of these sources,
 * within a time range, matching a text query. An empty set or a null bound means "no constraint"; different kinds
 * of constraint combine with AND.
 */
public record EventFilter(Set<String> factions, Set<String> people, Set<EventKind> kinds, Set<String> sources,
        PartialDate from, PartialDate to, String text) {

    /** The filter that lets everything through. */
    public static final EventFilter NONE = new EventFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null, "");

    public EventFilter {
        factions = Set.copyOf(factions);
        people = Set.copyOf(people);
        kinds = Set.copyOf(kinds);
        sources = Set.copyOf(sources);
        text = text == null ? "" : text;
    }

    /** True when nothing is constrained. */
    public boolean isEmpty() {
        return factions.isEmpty() && people.isEmpty() && kinds.isEmpty() && sources.isEmpty() && from == null
                && to == null && text.isBlank();
    }

    public EventFilter withFactions(Set<String> v) {
        return new EventFilter(v, people, kinds, sources, from, to, text);
    }

    public EventFilter withPeople(Set<String> v) {
        return new EventFilter(factions, v, kinds, sources, from, to, text);
    }

    public EventFilter withKinds(Set<EventKind> v) {
        return new EventFilter(factions, people, v, sources, from, to, text);
    }

    public EventFilter withSources(Set<String> v) {
        return new EventFilter(factions, people, kinds, v, from, to, text);
    }

    public EventFilter withRange(PartialDate newFrom, PartialDate newTo) {
        return new EventFilter(factions, people, kinds, sources, newFrom, newTo, text);
    }

    public EventFilter withText(String v) {
        return new EventFilter(factions, people, kinds, sources, from, to, v);
    }
}
