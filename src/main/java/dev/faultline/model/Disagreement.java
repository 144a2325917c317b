package dev.faultline.model;

import java.util.List;
import java.util.Optional;

/** A point on which the sources contradict each other or a well-known fact, with each competing claim. */
public record Disagreement(String id, LocalizedText topic, List<String> events, List<Claim> claims,
        LocalizedText curatorNote) {

    public Disagreement {
        events = List.copyOf(events);
        claims = List.copyOf(claims);
    }

    public Optional<LocalizedText> note() {
        return Optional.ofNullable(curatorNote).filter(n -> !n.en().isBlank());
    }
}
