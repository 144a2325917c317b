package dev.faultline.ui;

import dev.faultline.model.DatePrecision;
import dev.faultline.model.DateSpan;
import dev.faultline.model.PartialDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates as a person reads them, never more exact than they are: "2023", "November 2023", "17 Nov 2023",
 * "about 20 Nov 2023", "17–21 Nov 2023"; in Chinese "2023年11月17日", "約2023年11月20日".
 */
public final class DateText {

    private DateText() {
    }

    /** A date at its own precision. */
    public static String of(PartialDate d, Locale locale) {
        boolean zh = isChinese(locale);
        return switch (d.precision()) {
            case YEAR -> zh ? d.year() + "年" : String.valueOf(d.year());
            case MONTH -> zh ? d.year() + "年" + d.month() + "月"
                    : d.firstDay().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.year();
            case DAY -> zh ? d.year() + "年" + d.month() + "月" + d.day() + "日"
                    : d.day() + " " + d.firstDay().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                            + d.year();
        };
    }

    /** A span: its start, or start–end with shared parts written once, prefixed "about" when approximate. */
    public static String of(DateSpan span, Locale locale) {
        boolean zh = isChinese(locale);
        String body;
        PartialDate s = span.start();
        PartialDate e = span.end();
        if (e == null || e.equals(s)) {
            body = of(s, locale);
        } else if (!zh && s.precision() == DatePrecision.DAY && e.precision() == DatePrecision.DAY
                && s.year() == e.year() && s.month() == e.month()) {
            body = s.day() + "–" + of(e, locale);
        } else {
            body = of(s, locale) + "–" + of(e, locale);
        }
        if (span.approximate()) {
            return zh ? "約" + body : "about " + body;
        }
        return body;
    }

    private static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
