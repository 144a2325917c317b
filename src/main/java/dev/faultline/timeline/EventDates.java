package dev.faultline.timeline;

import dev.faultline.model.DatePrecision;
import dev.faultline.model.DateSpan;
import dev.faultline.model.PartialDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An event's date as a person reads it, never more exact than it is known: "17 Nov 2023", "Nov 2023", "2023",
 * "17–21 Nov 2023", "~22 Nov 2023" for an inferred date; in Chinese "2023年11月17日", "2023年11月", "2023年".
 */
public final class EventDates {

    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter EN_DAY_NO_YEAR = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter EN_MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH);

    private EventDates() {
    }

    /** A model date span. */
    public static String format(DateSpan span, Locale locale) {
        boolean zh = isChinese(locale);
        String text = span.endDate()
                .map(end -> range(span.start(), end, zh))
                .orElseGet(() -> single(span.start(), zh));
        return span.approximate() ? "~" + text : text;
    }

    /** An item's date from its columns (precision, range and approximate flags), with the time of exact ones. */
    public static String format(TimelineItems items, int i, Locale locale) {
        return format(items, i, locale, true);
    }

    /**
     * An item's date from its columns; {@code withTime} false leaves out the time of day of exact instants (a card
     * seen across months needs no minutes).
     */
    public static String format(TimelineItems items, int i, Locale locale, boolean withTime) {
        boolean zh = isChinese(locale);
        byte precision = items.precision(i);
        String text;
        if (precision == TimelineItems.EXACT && !withTime) {
            PartialDate start = partial(items.start(i), TimelineItems.DAY);
            PartialDate end = partial(items.end(i) - 1, TimelineItems.DAY);
            text = items.isRange(i) && !end.equals(start) ? range(start, end, zh) : single(start, zh);
        } else if (precision == TimelineItems.EXACT) {
            LocalDateTime start = LocalDateTime.ofEpochSecond(Math.floorDiv(items.start(i), 1000), 0, ZoneOffset.UTC);
            text = zh ? start.getYear() + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日 "
                    + String.format("%02d:%02d", start.getHour(), start.getMinute()) : EN_TIME.format(start);
            if (items.isRange(i)) {
                LocalDate last = LocalDate.ofEpochDay(Math.floorDiv(items.end(i) - 1, TimeScale.DAY));
                text = text + " – " + single(PartialDate.ofDay(last.getYear(), last.getMonthValue(),
                        last.getDayOfMonth()), zh);
            }
        } else {
            PartialDate start = partial(items.start(i), precision);
            PartialDate end = partial(items.end(i) - 1, precision);
            text = items.isRange(i) && !end.equals(start) ? range(start, end, zh) : single(start, zh);
        }
        return items.isApproximate(i) ? "~" + text : text;
    }

    private static PartialDate partial(long millis, byte precision) {
        LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(millis, TimeScale.DAY));
        return switch (precision) {
            case TimelineItems.YEAR -> PartialDate.ofYear(d.getYear());
            case TimelineItems.MONTH -> PartialDate.ofMonth(d.getYear(), d.getMonthValue());
            default -> PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        };
    }

    private static String single(PartialDate d, boolean zh) {
        return switch (d.precision()) {
            case YEAR -> zh ? d.year() + "年" : Integer.toString(d.year());
            case MONTH -> zh ? d.year() + "年" + d.month() + "月" : EN_MONTH.format(d.firstDay());
            case DAY -> zh ? d.year() + "年" + d.month() + "月" + d.day() + "日" : EN_DAY.format(d.firstDay());
        };
    }

    private static String range(PartialDate start, PartialDate end, boolean zh) {
        if (start.precision() == DatePrecision.DAY && end.precision() == DatePrecision.DAY
                && start.year() == end.year()) {
            if (zh) {
                return start.month() == end.month()
                        ? single(start, true) + "–" + end.day() + "日"
                        : single(start, true) + "–" + end.month() + "月" + end.day() + "日";
            }
            return start.month() == end.month()
                    ? start.day() + "–" + EN_DAY.format(end.firstDay())
                    : EN_DAY_NO_YEAR.format(start.firstDay()) + " – " + EN_DAY.format(end.firstDay());
        }
        return single(start, zh) + (zh ? "–" : " – ") + single(end, zh);
    }

    private static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
