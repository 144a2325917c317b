package dev.faultline.model;

import java.util.Objects;

/**
 * A verbatim quote from a source, anchored to where it stands in the source's text. {@code occurrence} is 1-based:
 * which of several equal passages is meant.
 */
public record Excerpt(String sourceId, String quote, int occurrence, TextRange range) {

    public Excerpt {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(range, "range");
        if (range.length() != quote.length()) {
            throw new IllegalArgumentException("range length differs from the quote's");
        }
    }
}
