/**
 * Exports: the filtered events as CSV, JSON and TimelineJS 3 JSON, and the timeline as a picture (PNG through Java2D,
 * SVG with text as text) laid out by the same engine as the screen. No JavaFX, so the command line needs no display.
 */
package dev.faultline.export;
