package dev.faultline.ui.filter;

import dev.faultline.model.PartialDate;
import dev.faultline.text.LocalFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A month as the time range's fields show it, through {@link LocalFormat} ("Nov 2023", "2023年11月"), and read it
 * back, in either language or as ISO ("2023-11", "2023/11"), so a person can type the month they mean rather than drag to it.
 */
final class YearMonthText {

    private static final List<DateTimeFormatter> READ = List.of(
            caseless("MMM uuuu"), caseless("MMMM uuuu"), caseless("uuuu-M"), caseless("uuuu/M"), caseless("uuuu.M"),
            caseless("M/uuuu"), caseless("uuuu年M月"), caseless("uuuu MMM"), caseless("uuuu MMMM"));

    private YearMonthText() {
    }

    private static DateTimeFormatter caseless(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    static String format(YearMonth month, Locale locale) {
        // Written as the one formatter writes a month everywhere else ("Nov 2023", "2023年11月").
        return LocalFormat.of(locale).date(PartialDate.ofMonth(month.getYear(), month.getMonthValue()));
    }

    /** The month a person typed, or empty when it cannot be read as one. */
    static Optional<YearMonth> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.strip().replaceAll("\\s+", " ").replace('－', '-').replace('／', '/');
        for (DateTimeFormatter f : READ) {
            try {
                return Optional.of(YearMonth.parse(s, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
