package dev.faultline.ui.filter;

import dev.faultline.model.TimelineModel;
import dev.faultline.query.SearchIndex;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * Runs a query against a model's {@link SearchIndex}: right away on the JavaFX thread when the model is small enough
 * to answer within a frame, otherwise in a {@link Task} on the one query thread. Only the newest request's result is
 * delivered; a request supersedes (and cancels) the ones before it. JavaFX thread only.
 */
final class OffThreadQuery<R> {

    /** Up to this many events, indexing and querying take well under a frame, so they run in place. */
    static final int IN_PLACE_LIMIT = 2_000;

    private static final Logger LOG = Logger.getLogger("dev.faultline.query");
    /** One thread for every query, so the filter bar and the search pane never index the same model twice at once. */
    private static final ExecutorService QUERY_THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "faultline-query");
        t.setDaemon(true);
        return t;
    });

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Task<R> running;
    private long generation;

    /** True while a query runs off the JavaFX thread. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Answers {@code query} on the model's index and hands the result to {@code onResult}, unless superseded. */
    void run(TimelineModel model, Function<SearchIndex, R> query, Consumer<R> onResult) {
        cancel();
        long mine = ++generation;
        if (model.events().size() <= IN_PLACE_LIMIT) {
            onResult.accept(query.apply(SearchIndex.of(model)));
            return;
        }
        Task<R> task = new Task<>() {
            @Override
            protected R call() {
                return query.apply(SearchIndex.of(model));
            }
        };
        task.setOnSucceeded(e -> {
            if (mine == generation) {
                running = null;
                busy.set(false);
                onResult.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (mine == generation) {
                running = null;
                busy.set(false);
            }
            LOG.log(Level.WARNING, "query failed", task.getException());
        });
        running = task;
        busy.set(true);
        QUERY_THREAD.execute(task);
    }

    /** Drops whatever is running or waiting; its result will not be delivered. */
    void cancel() {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        busy.set(false);
    }
}
