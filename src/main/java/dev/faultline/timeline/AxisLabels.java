package dev.faultline.timeline;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words on the axis, in English or Traditional Chinese: a minor label per tick ("Nov", "17", "06:00") and a major
 * label per major step in a long and a short form ("November 2023" / "Nov 2023"; "2023年11月").
 */
public final class AxisLabels {

    private final boolean chinese;
    private final Locale locale;
    private final Map<TickUnit, DateTimeFormatter> minor = new EnumMap<>(TickUnit.class);
    private final Map<TickUnit, DateTimeFormatter> majorLong = new EnumMap<>(TickUnit.class);
    private final Map<TickUnit, DateTimeFormatter> majorShort = new EnumMap<>(TickUnit.class);

    private AxisLabels(Locale locale) {
        this.chinese = locale != null && "zh".equals(locale.getLanguage());
        this.locale = chinese ? Locale.TRADITIONAL_CHINESE : Locale.ENGLISH;
        if (chinese) {
            put(minor, TickUnit.HOUR, "HH:mm");
            put(minor, TickUnit.DAY, "d日");
            put(minor, TickUnit.WEEK, "M月d日");
            put(minor, TickUnit.MONTH, "M月");
            put(minor, TickUnit.YEAR, "uuuu年");
            put(majorLong, TickUnit.DAY, "uuuu年M月d日 EEEE");
            // Short enough for a day a tenth of a 1024-px window wide; the header says the year.
            put(majorShort, TickUnit.DAY, "M月d日");
            put(majorLong, TickUnit.MONTH, "uuuu年M月");
            put(majorShort, TickUnit.MONTH, "uuuu年M月");
            put(majorLong, TickUnit.YEAR, "uuuu年");
            put(majorShort, TickUnit.YEAR, "uuuu");
        } else {
            put(minor, TickUnit.HOUR, "HH:mm");
            put(minor, TickUnit.DAY, "d");
            put(minor, TickUnit.WEEK, "d MMM");
            put(minor, TickUnit.MONTH, "MMM");
            put(minor, TickUnit.YEAR, "uuuu");
            put(majorLong, TickUnit.DAY, "EEEE d MMMM uuuu");
            put(majorShort, TickUnit.DAY, "d MMM uuuu");
            put(majorLong, TickUnit.MONTH, "MMMM uuuu");
            put(majorShort, TickUnit.MONTH, "MMM uuuu");
            put(majorLong, TickUnit.YEAR, "uuuu");
            put(majorShort, TickUnit.YEAR, "uuuu");
        }
    }

    private void put(Map<TickUnit, DateTimeFormatter> map, TickUnit unit, String pattern) {
        map.put(unit, DateTimeFormatter.ofPattern(pattern, locale));
    }

    /** Labels for a UI locale: Traditional Chinese for any {@code zh} locale, English otherwise. */
    public static AxisLabels forLocale(Locale locale) {
        return new AxisLabels(locale);
    }

    public boolean chinese() {
        return chinese;
    }

    /** The label of the minor tick at the start of a step of {@code unit}. */
    public String minor(TickUnit unit, long millis) {
        LocalDateTime t = at(millis);
        return switch (unit) {
            case QUARTER -> (chinese ? "第" + quarter(t) + "季" : "Q" + quarter(t));
            case DECADE -> decade(t.getYear());
            case CENTURY -> century(t.getYear());
            default -> minor.get(unit).format(t);
        };
    }

    /** The long label of the major step of {@code unit} that starts at {@code millis}. */
    public String majorLong(TickUnit unit, long millis) {
        return major(majorLong, unit, millis);
    }

    /** The short label of the major step of {@code unit} that starts at {@code millis}. */
    public String majorShort(TickUnit unit, long millis) {
        return major(majorShort, unit, millis);
    }

    private String major(Map<TickUnit, DateTimeFormatter> forms, TickUnit unit, long millis) {
        LocalDateTime t = at(millis);
        return switch (unit) {
            case DECADE -> decade(t.getYear());
            case CENTURY -> century(t.getYear());
            case DAY, MONTH, YEAR -> forms.get(unit).format(t);
            default -> minor(unit, millis);
        };
    }

    private String decade(int year) {
        int start = year - Math.floorMod(year, 10);
        return chinese ? start + "年代" : start + "s";
    }

    private String century(int year) {
        int start = year - Math.floorMod(year, 100);
        return start + "–" + (start + 99) + (chinese ? "年" : "");
    }

    private static int quarter(LocalDateTime t) {
        return (t.getMonthValue() - 1) / 3 + 1;
    }

    private static LocalDateTime at(long millis) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000), 0, ZoneOffset.UTC);
    }
}
