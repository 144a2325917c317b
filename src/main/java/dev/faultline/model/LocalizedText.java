package dev.faultline.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A short text in English and, where the curator gave one, Chinese. */
public record LocalizedText(String en, String zh) {

    public LocalizedText {
        Objects.requireNonNull(en, "en");
    }

    public static LocalizedText of(String en, String zh) {
        return new LocalizedText(en, zh);
    }

    /** The Chinese text, if any. */
    public Optional<String> chinese() {
        return Optional.ofNullable(zh).filter(z -> !z.isBlank());
    }

    /** The text for a UI locale: Chinese for any {@code zh} locale when present, English otherwise. */
    public String in(Locale locale) {
        if (locale != null && "zh".equals(locale.getLanguage()) && zh != null && !zh.isBlank()) {
            return zh;
        }
        return en;
    }

    @Override
    public String toString() {
        return en;
    }
}
