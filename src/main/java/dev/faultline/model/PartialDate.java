package dev.faultline.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A calendar date known to a {@link DatePrecision}: {@code 2023}, {@code 2023-11} or {@code 2023-11-17}. Fields below
 * the precision are 1 and carry no meaning.
 */
public record PartialDate(int year, int month, int day, DatePrecision precision) implements Comparable<PartialDate> {


    public PartialDate {
        Objects.requireNonNull(precision, "precision");
        if (precision == DatePrecision.YEAR && (month != 1 || day != 1)
                || precision == DatePrecision.MONTH && day != 1) {
            throw new IllegalArgumentException("fields below the precision must be 1");
        }
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 1, 1, DatePrecision.YEAR);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 1, DatePrecision.MONTH);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day, DatePrecision.DAY);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a message fit to show a person, if the text is ill-formed or impossible
     */
    public static PartialDate parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a date is required");
        }
        // Matched by hand, not with a regex: a large model has millions of dates.
        int n = text.length();
        if (n != 4 && n != 7 && n != 10 || !digits(text, 0, 4)
                || n >= 7 && (text.charAt(4) != '-' || !digits(text, 5, 7))
                || n == 10 && (text.charAt(7) != '-' || !digits(text, 8, 10))) {
            throw new IllegalArgumentException("'" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = number(text, 0, 4);
        if (year == 0) {
            throw new IllegalArgumentException("'" + text + "' has year 0000, which no calendar has (1 BC is followed"
                    + " by AD 1)");
        }
        if (n == 4) {
            return ofYear(year);
        }
        int month = number(text, 5, 7);
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("'" + text + "' has no month " + month);
        }
        if (n == 7) {
            return ofMonth(year, month);
        }
        int day = number(text, 8, 10);
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            throw new IllegalArgumentException("'" + text + "' is impossible: " + YearMonth.of(year, month)
                    + " has " + length + " days");
        }
        return ofDay(year, month, day);
    }

    /** The first day this date can mean. */
    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, month, day);
    }

    /** The last day this date can mean: the 31st of December for a year, the month's last day for a month. */
    public LocalDate lastDay() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> firstDay();
        };
    }

    /** Start of {@link #firstDay()} in epoch milliseconds, UTC. */
    public long startMillis() {
        return firstDay().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** End of {@link #lastDay()} (exclusive: the next midnight) in epoch milliseconds, UTC. */
    public long endMillisExclusive() {
        return lastDay().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The ISO form at this precision, as written in the model file. */
    public String toIsoString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    /** Earlier first day first; at the same first day the coarser date first (a month sorts before its 1st day). */
    @Override
    public int compareTo(PartialDate other) {
        // By the first day, then precision; field by field, since sorting a million events calls this tens of
        // millions of times and a LocalDate per call was most of the sort.
        int c = Integer.compare(year, other.year);
        if (c == 0) {
            c = Integer.compare(month, other.month);
        }
        if (c == 0) {
            c = Integer.compare(day, other.day);
        }
        return c != 0 ? c : precision.compareTo(other.precision);
    }

    /** Compares the last days the two dates may mean (as {@link #lastDay()}), without making them. */
    public int compareLastDay(PartialDate other) {
        int c = Integer.compare(year, other.year);
        if (c == 0) {
            c = Integer.compare(lastMonth(), other.lastMonth());
        }
        return c != 0 ? c : Integer.compare(lastDayOfMonth(), other.lastDayOfMonth());
    }

    private int lastMonth() {
        return precision == DatePrecision.YEAR ? 12 : month;
    }

    private int lastDayOfMonth() {
        return precision == DatePrecision.DAY ? day
                : java.time.Month.of(lastMonth()).length(java.time.Year.isLeap(year));
    }

    @Override
    public String toString() {
        return toIsoString();
    }
}
