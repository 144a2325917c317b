package dev.faultline.timeline;

import dev.faultline.model.LocalizedText;
import java.util.Objects;

/**
 * One horizontal band of the timeline: a faction, a person, or one of the catch-all bands. {@code color} is
 * {@code #RRGGBB} or null for a neutral band; {@code name} is null for catch-alls, which the UI names itself.
 */
public record Swimlane(String id, Kind kind, LocalizedText name, String color) {

    /** What a band stands for. */
    public enum Kind {
        FACTION, PERSON, NO_FACTION, NO_PERSON, ALL
    }

    public Swimlane {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
