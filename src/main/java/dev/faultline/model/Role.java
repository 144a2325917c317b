package dev.faultline.model;

/** A position a person held, optionally at an organisation and between two dates (either may be unknown). */
public record Role(LocalizedText title, String organizationId, PartialDate from, PartialDate to, LocalizedText note) {
}
