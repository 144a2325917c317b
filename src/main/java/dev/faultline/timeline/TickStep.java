package dev.faultline.timeline;

import java.util.List;

/** A tick spacing: a unit and how many of it per tick (every 6 hours, every 5 years). */
public record TickStep(TickUnit unit, int count) {

    /** Every step the axis may use, finest first. */
    public static final List<TickStep> ALL = List.of(
            new TickStep(TickUnit.HOUR, 1), new TickStep(TickUnit.HOUR, 3), new TickStep(TickUnit.HOUR, 6),
            new TickStep(TickUnit.HOUR, 12), new TickStep(TickUnit.DAY, 1), new TickStep(TickUnit.WEEK, 1),
            new TickStep(TickUnit.MONTH, 1), new TickStep(TickUnit.QUARTER, 1), new TickStep(TickUnit.YEAR, 1),
            new TickStep(TickUnit.YEAR, 2), new TickStep(TickUnit.YEAR, 5), new TickStep(TickUnit.DECADE, 1),
            new TickStep(TickUnit.DECADE, 2), new TickStep(TickUnit.DECADE, 5), new TickStep(TickUnit.CENTURY, 1));

    public TickStep {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
    }

    /** The shortest this step can be, in milliseconds. */
    public long shortestMillis() {
        return unit.shortestMillis() * count;
    }

    public long floor(long millis) {
        return unit.floor(millis, count);
    }

    public long next(long stepStart) {
        return unit.next(stepStart, count);
    }
}
