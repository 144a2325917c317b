package dev.faultline.model;

import java.util.Objects;

/**
 * A passage of a source's article text that the curator read and deliberately left uncited, with the reason (a
 * repetition, an opinion, a statement with no date to place it). Coverage counts it as accounted for.
 */
public record UncitedPassage(String sourceId, TextRange range, LocalizedText reason) {

    public UncitedPassage {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(reason, "reason");
    }
}
