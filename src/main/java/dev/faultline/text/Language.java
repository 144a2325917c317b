package dev.faultline.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The three languages the app speaks, and the one place that decides which a locale means. English; 繁體中文, whose
 * strings are the curated Traditional ones; 简体中文, whose strings are converted from those at run time (never a
 * hand-kept copy that could drift).
 */
public enum Language {
    ENGLISH("en", "English"),
    TRADITIONAL("zh-Hant", "繁體中文"),
    SIMPLIFIED("zh-Hans", "简体中文");

    private final String tag;
    private final String autonym;
    private final Locale locale;

    Language(String tag, String autonym) {
        this.tag = tag;
        this.autonym = autonym;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The language's name for itself, in its own script: what the language menu shows. */
    public String autonym() {
        return autonym;
    }

    /** The BCP 47 tag: {@code en}, {@code zh-Hant}, {@code zh-Hans}. */
    public String tag() {
        return tag;
    }

    /** The locale the app uses for this language. */
    public Locale locale() {
        return locale;
    }

    /** Whether this is one of the Chinese languages. */
    public boolean chinese() {
        return this != ENGLISH;
    }

    /**
     * The language a locale means: a Chinese locale written in Simplified ({@code zh-Hans}, or China and Singapore)
     * is 简体, any other Chinese one (Taiwan, Hong Kong, Macau, {@code zh-Hant}, plain {@code zh}) 繁體, since the
     * curated text is Traditional; everything else is English.
     */
    public static Language of(Locale locale) {
        if (locale == null || !"zh".equals(locale.getLanguage())) {
            return ENGLISH;
        }
        return switch (locale.getScript()) {
            case "Hans" -> SIMPLIFIED;
            case "Hant" -> TRADITIONAL;
            default -> switch (locale.getCountry()) {
                case "CN", "SG" -> SIMPLIFIED;
                default -> TRADITIONAL;
            };
        };
    }

    /** The language with a given tag (any case, {@code _} or {@code -}), if it is one of the three. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String t = tag.strip().replace('_', '-');
        for (Language l : values()) {
            if (l.tag.equalsIgnoreCase(t)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
