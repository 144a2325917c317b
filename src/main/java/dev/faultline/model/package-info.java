/**
 * The event model: immutable records for sources, excerpts, people, factions, organisations, eras, events and
 * disagreements, and the {@link dev.faultline.model.TimelineModel} that holds them. No JavaFX, no Jackson.
 */
package dev.faultline.model;
