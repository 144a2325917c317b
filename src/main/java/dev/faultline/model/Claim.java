package dev.faultline.model;

/** What one source says on a disputed point: the passage itself and the curator's paraphrase of it. */
public record Claim(Excerpt excerpt, LocalizedText claim) {
}
