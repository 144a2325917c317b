package dev.faultline.timeline;

/**
 * The time ↔ pixel mapping of a viewport: a start instant plus milliseconds per pixel over a width in pixels. The span
 * across the width is kept between {@link #MIN_SPAN} (an hour) and {@link #MAX_SPAN} (a century). Immutable; every
 * change returns a new scale. Times are epoch milliseconds (UTC), held as doubles so that zooming about a point keeps
 * that point fixed to a fraction of a pixel.
 */
public final class TimeScale {

    public static final long HOUR = 3_600_000L;
    public static final long DAY = 86_400_000L;
    /** The narrowest span a viewport may show: one hour. */
    public static final long MIN_SPAN = HOUR;
    /** The widest span a viewport may show: a century of Gregorian years. */
    public static final long MAX_SPAN = 36_524L * DAY + DAY / 4;

    private final double start;
    private final double msPerPixel;
    private final double width;

    private TimeScale(double start, double msPerPixel, double width) {
        this.start = start;
        this.msPerPixel = msPerPixel;
        this.width = width;
    }

    /** The scale that shows {@code [start, end)} across {@code width} pixels, narrowed or widened about its centre. */
    public static TimeScale ofWindow(double start, double end, double width) {
        double w = Math.max(1, width);
        double span = clampSpan(end - start);
        double centre = start / 2 + end / 2;
        return new TimeScale(centre - span / 2, span / w, w);
    }

    /** The span kept within the zoom limits. */
    public static double clampSpan(double span) {
        if (!(span >= MIN_SPAN)) {
            return MIN_SPAN;
        }
        return Math.min(span, MAX_SPAN);
    }

    /** The first instant shown, at x = 0. */
    public double start() {
        return start;
    }

    /** The instant at the right edge, x = width. */
    public double end() {
        return start + msPerPixel * width;
    }

    /** The span shown across the width, in milliseconds. */
    public double span() {
        return msPerPixel * width;
    }

    public double msPerPixel() {
        return msPerPixel;
    }

    public double width() {
        return width;
    }

    /** The x of an instant; negative or beyond the width when it is off-screen. */
    public double toX(double millis) {
        return (millis - start) / msPerPixel;
    }

    /** The instant at an x. */
    public double toMillis(double x) {
        return start + x * msPerPixel;
    }

    /** A length in pixels of a duration in milliseconds. */
    public double toPixels(double millis) {
        return millis / msPerPixel;
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) about the pixel {@code x}: the instant under {@code x} stays under it,
     * also when the zoom limits stop the zoom short.
     */
    public TimeScale zoomAbout(double x, double factor) {
        double pivot = toMillis(x);
        double span = clampSpan(span() / factor);
        double perPixel = span / width;
        return new TimeScale(pivot - x * perPixel, perPixel, width);
    }

    /** Pans by a number of pixels; positive moves the view later in time. */
    public TimeScale panBy(double pixels) {
        return new TimeScale(start + pixels * msPerPixel, msPerPixel, width);
    }

    /** The same window over a new width (the span stays, the pixels per millisecond change). */
    public TimeScale withWidth(double newWidth) {
        return ofWindow(start, end(), newWidth);
    }

    @Override
    public String toString() {
        return "TimeScale[" + java.time.Instant.ofEpochMilli((long) start) + " .. "
                + java.time.Instant.ofEpochMilli((long) end()) + ", " + width + " px]";
    }
}
