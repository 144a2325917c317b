/**
 * The timeline's layout engine in plain Java: time-to-pixel scale, adaptive ticks, lane packing, clustering and
 * visible-window queries. No JavaFX here, so every rule is unit-tested without a toolkit.
 */
package dev.faultline.timeline;
