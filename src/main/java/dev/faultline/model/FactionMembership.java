package dev.faultline.model;

/** A person's place in a faction, optionally bounded in time. */
public record FactionMembership(String factionId, PartialDate from, PartialDate to, LocalizedText note) {
}
