package dev.faultline.ui.timeline;

/**
 * What the hover card says about an event: its title and date, and optionally the people it names and a note (null
 * or blank leaves a line out).
 */
public record HoverText(String title, String date, String people, String note) {
}
