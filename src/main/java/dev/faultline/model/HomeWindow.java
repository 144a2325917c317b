package dev.faultline.model;

import java.util.Objects;

/**
 * The stretch of time a model's timeline opens on (the model's optional {@code "home"}): where its story is told in
 * readable cards, e.g. the crisis weeks, rather than the whole span at once. Home and Fit return to it.
 */
public record HomeWindow(PartialDate start, PartialDate end) {

    public HomeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** The first instant, epoch milliseconds (UTC). */
    public long startMillis() {
        return start.startMillis();
    }

    /** The instant after the last day, epoch milliseconds (UTC). */
    public long endMillisExclusive() {
        return end.endMillisExclusive();
    }
}
