package dev.faultline.timeline;

import java.util.List;

/**
 * The ticks and labels of one frame's axis: a minor row (the finest step whose labels fit) and a major row above it
 * (the next coarser unit, labels pinned to the left edge while their step is on screen). Within a row no two labels
 * overlap.
 */
public record Axis(TickStep minorStep, TickUnit majorUnit, double[] minorX, double[] majorX, List<Label> minorLabels,
        List<Label> majorLabels) {

    /** A label drawn from {@code x} to {@code x + width}, naming the step that starts at {@code millis}. */
    public record Label(String text, double x, double width, long millis) {

        public double right() {
            return x + width;
        }
    }

    public Axis {
        minorLabels = List.copyOf(minorLabels);
        majorLabels = List.copyOf(majorLabels);
    }
}
