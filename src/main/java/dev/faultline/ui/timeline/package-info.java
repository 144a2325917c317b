/**
 * The timeline control: {@link dev.faultline.ui.timeline.TimelineView} (a Control drawn by its skin on one
 * viewport-sized canvas, with a hover card, a cluster list and the {@link dev.faultline.ui.timeline.OverviewBand}).
 */
package dev.faultline.ui.timeline;
