package dev.faultline.timeline;

import dev.faultline.text.LocalFormat;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The words on the axis in the UI's language: a minor label per tick ("Nov", "17", "06:00") and a major label per
 * major step in a long and a short form ("November 2023" / "Nov 2023"; "2023年11月"). The patterns are
 * {@link LocalFormat}'s, so the axis, the overview band and the lists agree.
 */
public final class AxisLabels {

    private final LocalFormat format;
    // Keys worked out once: the axis asks for labels many times a frame.
    private final String[] minorKeys = new String[TickUnit.values().length];
    private final String[] majorLongKeys = new String[TickUnit.values().length];
    private final String[] majorShortKeys = new String[TickUnit.values().length];

    private AxisLabels(LocalFormat format) {
        this.format = format;
        for (TickUnit u : TickUnit.values()) {
            String name = u.name().toLowerCase(Locale.ROOT);
            minorKeys[u.ordinal()] = "axis.minor." + name;
            majorLongKeys[u.ordinal()] = "axis.majorLong." + name;
            majorShortKeys[u.ordinal()] = "axis.majorShort." + name;
        }
    }

    /** Labels for a UI locale (see {@link dev.faultline.text.Language#of}). */
    public static AxisLabels forLocale(Locale locale) {
        return new AxisLabels(LocalFormat.of(locale));
    }

    public boolean chinese() {
        return format.language().chinese();
    }

    /** The label of the minor tick at the start of a step of {@code unit}. */
    public String minor(TickUnit unit, long millis) {
        LocalDateTime t = at(millis);
        return switch (unit) {
            case QUARTER -> format.fill("axis.quarter", (t.getMonthValue() - 1) / 3 + 1);
            case DECADE -> decade(t.getYear());
            case CENTURY -> century(t.getYear());
            default -> format.formatPattern(minorKeys[unit.ordinal()], t);
        };
    }

    /** The long label of the major step of {@code unit} that starts at {@code millis}. */
    public String majorLong(TickUnit unit, long millis) {
        return major(majorLongKeys, unit, millis);
    }

    /** The short label of the major step of {@code unit} that starts at {@code millis}. */
    public String majorShort(TickUnit unit, long millis) {
        return major(majorShortKeys, unit, millis);
    }

    private String major(String[] keys, TickUnit unit, long millis) {
        LocalDateTime t = at(millis);
        return switch (unit) {
            case DECADE -> decade(t.getYear());
            case CENTURY -> century(t.getYear());
            case DAY, MONTH, YEAR -> format.formatPattern(keys[unit.ordinal()], t);
            default -> minor(unit, millis);
        };
    }

    private String decade(int year) {
        return format.fill("axis.decade", year - Math.floorMod(year, 10));
    }

    private String century(int year) {
        int start = year - Math.floorMod(year, 100);
        return format.fill("axis.century", start, start + 99);
    }

    private static LocalDateTime at(long millis) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000), 0, ZoneOffset.UTC);
    }
}
