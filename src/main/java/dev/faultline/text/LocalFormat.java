package dev.faultline.text;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import dev.faultline.model.DatePrecision;
import dev.faultline.model.DateSpan;
import dev.faultline.model.LocalizedText;
import dev.faultline.model.PartialDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one formatter of the app, for one {@link Language}: dates at their precision ("Nov 2023", "2023年11月", "about
 * 20 Nov 2023", "約2023年11月20日"), date ranges, date-times, axis labels, numbers, and curated model text in the
 * language's script. Every pattern is in the {@code dev.faultline.text.formats} bundles, so the event list, the
 * detail pane, the hover card, the axis, the overview band and the command line all say a date the same way.
 * Thread-safe; one per language.
 */
public final class LocalFormat {

    private static final Map<Language, LocalFormat> FORMATS = new EnumMap<>(Language.class);

    private final Language language;
    private final Phrasebook patterns;
    private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();
    private final ThreadLocal<NumberFormat> numbers;
    private static final int MAX_CONVERTED = 20_000;
    private final Map<String, String> converted = new ConcurrentHashMap<>();

    private LocalFormat(Language language) {
        this.language = language;
        this.patterns = Phrasebook.open("dev.faultline.text.formats", language);
        this.numbers = ThreadLocal.withInitial(
                () -> NumberFormat.getIntegerInstance(ULocale.forLocale(language.locale())));
    }

    /** The formatter of a language. */
    public static LocalFormat of(Language language) {
        synchronized (FORMATS) {
            return FORMATS.computeIfAbsent(language, LocalFormat::new);
        }
    }

    /** The formatter of the language a locale means (see {@link Language#of}). */
    public static LocalFormat of(Locale locale) {
        return of(Language.of(locale));
    }

    public Language language() {
        return language;
    }

    /** A date at its own precision: "17 Nov 2023", "Nov 2023", "2023"; "2023年11月17日", "2023年11月", "2023年". */
    public String date(PartialDate d) {
        return pattern(switch (d.precision()) {
            case DAY -> "date.day";
            case MONTH -> "date.month";
            case YEAR -> "date.year";
        }).format(d.firstDay());
    }

    /**
     * A range with the parts the ends share written once: "17–21 Nov 2023", "28 Nov – 2 Dec 2023",
     * "2023年11月17日–21日"; a missing or equal end is the start alone.
     */
    public String range(PartialDate start, PartialDate end) {
        if (end == null || end.equals(start)) {
            return date(start);
        }
        if (start.precision() == DatePrecision.DAY && end.precision() == DatePrecision.DAY
                && start.year() == end.year()) {
            String form = start.month() == end.month() ? "range.sameMonth" : "range.sameYear";
            return patterns.fill(form, pattern(form + ".start").format(start.firstDay()),
                    pattern(form + ".end").format(end.firstDay()));
        }
        return patterns.fill("range", date(start), date(end));
    }

    /** A model date: its range, "about …" when inferred. */
    public String span(DateSpan span) {
        String body = range(span.start(), span.end());
        return span.approximate() ? approximate(body) : body;
    }

    /** "about …" / "約…": a date that was inferred. */
    public String approximate(String date) {
        return patterns.fill("approximate", date);
    }

    /** The compact "~…" / "約…" for a card too small for "about". */
    public String approximateShort(String date) {
        return patterns.fill("approximate.short", date);
    }

    /** A day with its time: "17 Nov 2023 14:05", "2023年11月17日 14:05". */
    public String dateTime(LocalDateTime t) {
        return pattern("date.dayTime").format(t);
    }

    /** Any date pattern of the bundle (the axis's labels) applied to a time. */
    public String formatPattern(String key, TemporalAccessor t) {
        return pattern(key).format(t);
    }

    /** A message of the formats bundle with arguments (ICU: plurals, numbers). */
    public String message(String key, Object... args) {
        return patterns.format(key, args);
    }

    /** A plain pattern of the formats bundle with its arguments put in ("Q{0}", "{0}年代"): no ICU, for the axis. */
    public String fill(String key, Object... args) {
        return patterns.fill(key, args);
    }

    /** A whole number with the language's grouping: "12,345". */
    public String number(long n) {
        return numbers.get().format(n);
    }

    /** Curated model text in this language, with whether it fell back to English because no Chinese was given. */
    public record Curated(String text, boolean englishOnly) {
    }

    /**
     * Curated text (a title, a name, a curator's note) in this language: the Chinese for 繁體, converted to
     * Simplified for 简体; the English, flagged, where the curator gave no Chinese. Never use for quotes or source
     * text, which keep their own script.
     */
    public Curated curated(LocalizedText text) {
        if (!language.chinese()) {
            return new Curated(text.en(), false);
        }
        return text.chinese().map(zh -> new Curated(chinese(zh), false))
                .orElseGet(() -> new Curated(text.en(), true));
    }

    /** Curated text in this language (see {@link #curated}), without the flag: for names and titles. */
    public String text(LocalizedText text) {
        return text == null ? "" : curated(text).text();
    }

    /** A curated Traditional Chinese string in this language's script (unchanged for 繁體). */
    public String chinese(String traditional) {
        if (language != Language.SIMPLIFIED || traditional == null) {
            return traditional;
        }
        // Lists and panes ask for the same names and titles again and again; a model's curated text is finite.
        if (converted.size() > MAX_CONVERTED) {
            converted.clear();
        }
        return converted.computeIfAbsent(traditional, ScriptConverter.instance()::toSimplified);
    }

    /** The discreet marker put beside a text shown in English in the Chinese UI: "僅英文". */
    public String englishOnlyMarker() {
        return patterns.get("englishOnly");
    }

    /**
     * Curated prose (a note, a summary, a claim) in this language; where the Chinese UI has to show the English, it
     * says so with a discreet marker, "… （僅英文）", rather than mixing languages silently.
     */
    public String marked(LocalizedText text) {
        if (text == null) {
            return "";
        }
        Curated c = curated(text);
        return c.englishOnly() ? patterns.fill("englishOnly.marked", c.text()) : c.text();
    }

    private DateTimeFormatter pattern(String key) {
        return formatters.computeIfAbsent(key, k -> DateTimeFormatter.ofPattern(patterns.get(k), language.chinese()
                ? language.locale() : Locale.ENGLISH));
    }
}
