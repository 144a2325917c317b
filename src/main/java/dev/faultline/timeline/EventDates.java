package dev.faultline.timeline;

import dev.faultline.model.DateSpan;
import dev.faultline.model.PartialDate;
import dev.faultline.text.LocalFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * An event's date as a person reads it, never more exact than it is known, from the timeline's columns; the words
 * are {@link LocalFormat}'s, so a card, the hover card and the lists agree: "17 Nov 2023", "Nov 2023", "2023",
 * "17–21 Nov 2023", "about 22 Nov 2023" for an inferred date ("~22 Nov 2023" on a card); in Chinese "2023年11月17日",
 * "約2023年11月22日".
 */
public final class EventDates {

    private EventDates() {
    }

    /** A model date span, as the lists and the detail pane say it. */
    public static String format(DateSpan span, Locale locale) {
        return LocalFormat.of(locale).span(span);
    }

    /** An item's date from its columns (precision, range and approximate flags), with the time of exact ones. */
    public static String format(TimelineItems items, int i, Locale locale) {
        LocalFormat f = LocalFormat.of(locale);
        String text = body(items, i, f, true);
        return items.isApproximate(i) ? f.approximate(text) : text;
    }

    /**
     * An item's date for a card: {@code withTime} false leaves out the time of day of exact instants (a card seen
     * across months needs no minutes), and an inferred date is marked with the compact "~".
     */
    public static String format(TimelineItems items, int i, Locale locale, boolean withTime) {
        LocalFormat f = LocalFormat.of(locale);
        String text = body(items, i, f, withTime);
        return items.isApproximate(i) ? f.approximateShort(text) : text;
    }

    private static String body(TimelineItems items, int i, LocalFormat f, boolean withTime) {
        byte precision = items.precision(i);
        if (precision == TimelineItems.EXACT && withTime) {
            LocalDateTime start = LocalDateTime.ofEpochSecond(Math.floorDiv(items.start(i), 1000), 0, ZoneOffset.UTC);
            String text = f.dateTime(start);
            if (items.isRange(i)) {
                LocalDate last = LocalDate.ofEpochDay(Math.floorDiv(items.end(i) - 1, TimeScale.DAY));
                text = f.fill("range", text, f.date(PartialDate.ofDay(last.getYear(), last.getMonthValue(),
                        last.getDayOfMonth())));
            }
            return text;
        }
        byte p = precision == TimelineItems.EXACT ? TimelineItems.DAY : precision;
        PartialDate start = partial(items.start(i), p);
        PartialDate end = partial(items.end(i) - 1, p);
        return f.range(start, items.isRange(i) ? end : null);
    }

    private static PartialDate partial(long millis, byte precision) {
        LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(millis, TimeScale.DAY));
        return switch (precision) {
            case TimelineItems.YEAR -> PartialDate.ofYear(d.getYear());
            case TimelineItems.MONTH -> PartialDate.ofMonth(d.getYear(), d.getMonthValue());
            default -> PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        };
    }
}
