package dev.faultline.load;

import java.util.concurrent.CancellationException;

/**
 * How a load reports how far it has got and learns that it is no longer wanted: the window's progress bar and its
 * Cancel button. A load checks {@link #checkpoint} often (every few thousand JSON tokens, every model item); the
 * default is silent and never cancels.
 */
public interface LoadProgress {

    /** Progress that goes nowhere; never cancelled. */
    LoadProgress NONE = new LoadProgress() {
    };

    /** The fraction of the load done, from 0 to 1. */
    default void done(double fraction) {
    }

    /** True once the load is no longer wanted. */
    default boolean cancelled() {
        return Thread.currentThread().isInterrupted();
    }

    /** Reports progress and stops the load (with {@link CancellationException}) when it is cancelled. */
    default void checkpoint(double fraction) {
        done(fraction);
        if (cancelled()) {
            throw new CancellationException("the load was cancelled");
        }
    }
}
