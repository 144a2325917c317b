package dev.faultline.model;

/** A named span that gives the story its shape, drawn as a background band. */
public record Era(String id, LocalizedText name, PartialDate start, PartialDate end, LocalizedText description) {
}
