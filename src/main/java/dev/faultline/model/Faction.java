package dev.faultline.model;

/** A camp in the story, with the colour the app draws it in ({@code #RRGGBB}). */
public record Faction(String id, LocalizedText name, String color, LocalizedText description) {
}
