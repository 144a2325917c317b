package dev.faultline.timeline;

/** A visible window {@code [start, end)} in epoch milliseconds (fractional, as the workload computes them). */
public record TimeWindow(double start, double end) {

    public double width() {
        return end - start;
    }

    public double centre() {
        return start / 2 + end / 2;
    }
}
