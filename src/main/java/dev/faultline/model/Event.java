package dev.faultline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One happening: titles and summary in two languages, when, who, which organisations and factions, how much it
 * matters (1-5), the verbatim excerpts it is drawn from, and the curator's own note where there is one.
 */
public record Event(String id, LocalizedText title, LocalizedText summary, EventKind kind, DateSpan date,
        List<String> people, List<String> organizations, List<String> factions, int importance,
        List<Excerpt> excerpts, LocalizedText curatorNote) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        factions = List.copyOf(factions);
        excerpts = List.copyOf(excerpts);
        if (importance < 1 || importance > 5) {
            throw new IllegalArgumentException("importance must be 1-5");
        }
    }

    /** The curator's note, in both languages where the curator gave both. */
    public Optional<LocalizedText> note() {
        return Optional.ofNullable(curatorNote).filter(n -> !n.en().isBlank());
    }
}
