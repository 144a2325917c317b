package dev.faultline.ui.timeline;

import javafx.animation.AnimationTimer;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;

/**
 * Moves the visible window smoothly: an eased ~250 ms glide to a target window (the span changes geometrically, so a
 * zoom feels even, while the centre moves linearly), and the inertia that carries a drag on after the fling.
 */
final class ViewMotion {

    static final Duration GLIDE = Duration.millis(250);
    /** Velocity halves about every 230 ms (time constant 325 ms, as in iOS-style scrolling). */
    private static final double FRICTION_MS = 325;

    private final TimelineView view;
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private Timeline glide;
    private double fromCentre;
    private double fromSpan;
    private double toCentre;
    private double toSpan;

    private double velocity;
    private double msPerPixel;
    private long lastNanos;
    private final AnimationTimer inertia = new AnimationTimer() {
        @Override
        public void handle(long now) {
            double dt = lastNanos == 0 ? 16 : (now - lastNanos) / 1e6;
            lastNanos = now;
            double dx = velocity * dt;
            velocity *= Math.exp(-dt / FRICTION_MS);
            double shift = dx * msPerPixel;
            view.setVisibleWindow(view.getVisibleStart() + shift, view.getVisibleEnd() + shift);
            if (Math.abs(velocity) < 0.02) {
                stop();
            }
        }
    };

    ViewMotion(TimelineView view) {
        this.view = view;
        progress.addListener((obs, old, p) -> step(p.doubleValue()));
    }

    /** Glides to {@code [start, end)}, or jumps there when the view is not animated. */
    void glideTo(double start, double end) {
        stop();
        if (!view.isAnimated()) {
            view.setVisibleWindow(start, end);
            return;
        }
        fromCentre = view.getVisibleStart() / 2.0 + view.getVisibleEnd() / 2.0;
        fromSpan = Math.max(1, view.getVisibleEnd() - view.getVisibleStart());
        toCentre = start / 2 + end / 2;
        toSpan = Math.max(1, end - start);
        progress.set(0);
        glide = new Timeline(new KeyFrame(GLIDE, new KeyValue(progress, 1, Interpolator.EASE_BOTH)));
        Timeline mine = glide;
        glide.setOnFinished(e -> {
            if (glide == mine) {
                glide = null;
            }
        });
        glide.play();
    }

    /** Where the glide under way ends, {start, end}; null when nothing is gliding. */
    double[] target() {
        return glide == null ? null : new double[] {toCentre - toSpan / 2, toCentre + toSpan / 2};
    }

    private void step(double p) {
        if (glide == null) {
            return;
        }
        double span = fromSpan * Math.pow(toSpan / fromSpan, p);
        double centre = fromCentre + (toCentre - fromCentre) * p;
        view.setVisibleWindow(centre - span / 2, centre + span / 2);
    }

    /** Carries a drag on at {@code pixelsPerMs} (positive moves later in time), slowing down. */
    void fling(double pixelsPerMs, double msPerPixel) {
        stop();
        if (!view.isAnimated() || Math.abs(pixelsPerMs) < 0.15) {
            return;
        }
        this.velocity = pixelsPerMs;
        this.msPerPixel = msPerPixel;
        this.lastNanos = 0;
        inertia.start();
    }

    /** Stops any glide or inertia where it is. */
    void stop() {
        if (glide != null) {
            glide.stop();
            glide = null;
        }
        inertia.stop();
    }
}
