package dev.faultline.model;

import java.util.Locale;

/** What sort of happening an event is. */
public enum EventKind {
    FOUNDING, FUNDING, PRODUCT, RESEARCH, BOARD, FIRING, APPOINTMENT, RETURN, LETTER, RESIGNATION, DEPARTURE, LEAVE,
    HIRE, VALUATION, STATEMENT, RESTRUCTURING, LEGAL, OTHER;

    /** The form used in model files: lowercase. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for a model-file form, or null when there is none. */
    public static EventKind fromId(String id) {
        for (EventKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        return null;
    }
}
