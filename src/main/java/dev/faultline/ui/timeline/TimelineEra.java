package dev.faultline.ui.timeline;

/** A named span of time drawn as a band above the axis; clicking it zooms the timeline to it. */
public record TimelineEra(long start, long end, String label) {
}
