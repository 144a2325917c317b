package dev.faultline.timeline;

import java.time.LocalDate;

/**
 * A calendar unit the axis can tick at, in UTC. Each unit rounds an instant down to its start ({@link #floor}) and
 * steps to the next start ({@link #next}), optionally in multiples (every 3 hours, every 5 years); multiples are
 * aligned to the calendar (hours to midnight, years to multiples of the count).
 */
public enum TickUnit {
    HOUR(TimeScale.HOUR),
    DAY(TimeScale.DAY),
    /** Weeks start on Monday. */
    WEEK(7 * TimeScale.DAY),
    MONTH(28 * TimeScale.DAY),
    QUARTER(90 * TimeScale.DAY),
    YEAR(365 * TimeScale.DAY),
    DECADE(3652 * TimeScale.DAY),
    CENTURY(36524 * TimeScale.DAY);

    private final long shortest;

    TickUnit(long shortest) {
        this.shortest = shortest;
    }

    /** The shortest one of these units can be, in milliseconds (February for a month). */
    public long shortestMillis() {
        return shortest;
    }

    /** The unit the major axis row shows above a minor row in this unit, or null for the coarsest. */
    public TickUnit major() {
        return switch (this) {
            case HOUR -> DAY;
            case DAY, WEEK -> MONTH;
            case MONTH, QUARTER -> YEAR;
            case YEAR -> DECADE;
            case DECADE -> CENTURY;
            case CENTURY -> null;
        };
    }

    /** The start of the {@code count}-unit step that contains {@code millis}. */
    public long floor(long millis, int count) {
        switch (this) {
            case HOUR -> {
                long size = TimeScale.HOUR * count;
                return Math.floorDiv(millis, size) * size;
            }
            case DAY -> {
                return Math.floorDiv(millis, TimeScale.DAY) * TimeScale.DAY;
            }
            case WEEK -> {
                long day = Math.floorDiv(millis, TimeScale.DAY);
                // Epoch day 0 was a Thursday: Monday is three days before it.
                long monday = day - Math.floorMod(day + 3, 7);
                return monday * TimeScale.DAY;
            }
            default -> {
                LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(millis, TimeScale.DAY));
                LocalDate first = switch (this) {
                    case MONTH -> date.withDayOfMonth(1).minusMonths(Math.floorMod(date.getMonthValue() - 1, count));
                    case QUARTER -> date.withDayOfMonth(1).minusMonths(Math.floorMod(date.getMonthValue() - 1,
                            3 * count));
                    case YEAR -> LocalDate.of(date.getYear() - Math.floorMod(date.getYear(), count), 1, 1);
                    case DECADE -> LocalDate.of(date.getYear() - Math.floorMod(date.getYear(), 10 * count), 1, 1);
                    case CENTURY -> LocalDate.of(date.getYear() - Math.floorMod(date.getYear(), 100 * count), 1, 1);
                    default -> throw new AssertionError(this);
                };
                return first.toEpochDay() * TimeScale.DAY;
            }
        }
    }

    /** The start of the step after the one starting at {@code stepStart}. */
    public long next(long stepStart, int count) {
        switch (this) {
            case HOUR -> {
                return stepStart + TimeScale.HOUR * count;
            }
            case DAY -> {
                return stepStart + TimeScale.DAY * count;
            }
            case WEEK -> {
                return stepStart + 7 * TimeScale.DAY * count;
            }
            default -> {
                LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(stepStart, TimeScale.DAY));
                LocalDate next = switch (this) {
                    case MONTH -> date.plusMonths(count);
                    case QUARTER -> date.plusMonths(3L * count);
                    case YEAR -> date.plusYears(count);
                    case DECADE -> date.plusYears(10L * count);
                    case CENTURY -> date.plusYears(100L * count);
                    default -> throw new AssertionError(this);
                };
                return next.toEpochDay() * TimeScale.DAY;
            }
        }
    }
}
