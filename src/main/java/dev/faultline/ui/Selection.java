package dev.faultline.ui;

import dev.faultline.model.TextRange;
import java.util.Objects;

/**
 * What the person is looking at: an event, a person, a passage of a source, or a whole source. One shared value that
 * every pane follows, and that Back/Forward walk through.
 */
public sealed interface Selection {

    /** An event is selected. */
    record OfEvent(String eventId) implements Selection {
        public OfEvent {
            Objects.requireNonNull(eventId);
        }
    }

    /** A person's panel is open. */
    record OfPerson(String personId) implements Selection {
        public OfPerson {
            Objects.requireNonNull(personId);
        }
    }

    /**
     * A passage of a source is open in the reader; {@code eventId} names the event whose excerpt it is, or is null
     * when the passage was reached some other way (a mention of a person, a search hit).
     */
    record OfPassage(String sourceId, TextRange range, String eventId) implements Selection {
        public OfPassage {
            Objects.requireNonNull(sourceId);
            Objects.requireNonNull(range);
        }
    }

    /** A whole source is open in the reader, or chosen in the sources view. */
    record OfSource(String sourceId) implements Selection {
        public OfSource {
            Objects.requireNonNull(sourceId);
        }
    }
}
