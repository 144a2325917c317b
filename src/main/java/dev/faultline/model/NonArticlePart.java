package dev.faultline.model;

/** A stretch of a seed file that is not article text (an advertisement, an AI tidy-up preamble, an image link). */
public record NonArticlePart(NonArticleKind kind, TextRange range, LocalizedText note) {
}
