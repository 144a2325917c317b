package dev.faultline.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A short text in English and, where the curator gave one, Chinese (Traditional). Which one a UI shows, and in which
 * script, is {@code dev.faultline.text.LocalFormat}'s to decide.
 */
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

    @Override
    public String toString() {
        return en;
    }
}
