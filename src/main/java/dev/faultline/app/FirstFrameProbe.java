package dev.faultline.app;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * For the start-up harness: with {@code -Dfaultline.firstFrame=true}, once a window has drawn its first frames, prints
 * {@code FIRST_FRAME <ms>} (milliseconds from the process's start, as the OS recorded it) and exits.
 */
final class FirstFrameProbe {

    static final String PROPERTY = "faultline.firstFrame";
    static final String PREFIX = "FIRST_FRAME ";

    private FirstFrameProbe() {
    }

    /**
     * With {@code -Dfaultline.firstFrame.complete=true} as well, the app's probe waits for the complete window (filter
     * bar, search, timeline and reading panes built and drawn, the model not yet loaded) instead of its light first
     * frame; the bare window is timed as ever.
     */
    static final String COMPLETE_PROPERTY = "faultline.firstFrame.complete";

    /** Whether the app's probe is to be armed when its window is complete rather than at its first frame. */
    static boolean completeWindow() {
        return Boolean.getBoolean(COMPLETE_PROPERTY);
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Call right after the stage is shown, on the JavaFX thread. */
    static void armed() {
        if (!enabled()) {
            return;
        }
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // The pulse that shows the window renders the frame after this one starts: count two.
                if (++pulses < 2) {
                    return;
                }
                stop();
                Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                System.out.println(PREFIX + Duration.between(start, Instant.now()).toMillis());
                System.out.flush();
                Platform.exit();
                System.exit(0);
            }
        }.start();
    }
}
