package dev.faultline.model;

import java.util.Objects;
import java.util.Optional;

/**
 * When an event happened: a start, an optional end, each at its own precision, an {@code approximate} flag for dates
 * inferred rather than stated, and the curator's note on how such a date was inferred.
 */
public record DateSpan(PartialDate start, PartialDate end, boolean approximate, LocalizedText note)
        implements Comparable<DateSpan> {

    public DateSpan {
        Objects.requireNonNull(start, "start");
        if (end != null && end.lastDay().isBefore(start.firstDay())) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    public static DateSpan of(PartialDate start) {
        return new DateSpan(start, null, false, null);
    }

    /** The end, if this is a range. */
    public Optional<PartialDate> endDate() {
        return Optional.ofNullable(end);
    }

    /** The inference note, if any. */
    public Optional<LocalizedText> inferenceNote() {
        return Optional.ofNullable(note).filter(n -> !n.en().isBlank());
    }

    /** True when the span has an explicit end. */
    public boolean isRange() {
        return end != null;
    }

    /** Epoch milliseconds (UTC) of the earliest moment the span may cover. */
    public long startMillis() {
        return start.startMillis();
    }

    /** Epoch milliseconds (UTC), exclusive, of the latest moment the span may cover. */
    public long endMillisExclusive() {
        return (end != null ? end : start).endMillisExclusive();
    }

    /** The coarsest precision of its ends: a span is only as exact as its vaguest end. */
    public DatePrecision precision() {
        if (end == null || end.precision().compareTo(start.precision()) >= 0) {
            return start.precision();
        }
        return end.precision();
    }

    @Override
    public int compareTo(DateSpan other) {
        int c = start.compareTo(other.start);
        if (c != 0) {
            return c;
        }
        return (end != null ? end : start).compareLastDay(other.end != null ? other.end : other.start);
    }

    @Override
    public String toString() {
        return (approximate ? "~" : "") + start + (end != null ? "/" + end : "");
    }
}
