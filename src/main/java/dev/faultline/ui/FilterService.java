package dev.faultline.ui;

import dev.faultline.model.TimelineModel;
import dev.faultline.query.EventFilter;
import dev.faultline.query.Matches;
import dev.faultline.query.SearchIndex;
import dev.faultline.query.SearchResults;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * The one filtering service of an {@link AppState}, created with it: it owns the {@link SearchIndex} of the model on
 * show (built once per model, off the JavaFX thread for a large one), and for every change of the model or the
 * filter applies the filter and runs the search in one pass, publishing the matches and the search hits into the
 * state. The latest change wins: a run a newer change supersedes is cancelled and its result dropped, and a result
 * is only published while its model and filter are still the state's. Small models are answered in place, within a
 * frame. The filter bar, the search pane, the event list and the timeline binding only observe what it publishes.
 */
public final class FilterService {

    /** Up to this many events, indexing and querying take well under a frame, so they run on the JavaFX thread. */
    public static final int IN_PLACE_LIMIT = 2_000;

    /** At most this many search hits are published; the search pane's status line says when there are more. */
    public static final int SEARCH_LIMIT = 500;

    private static final Logger LOG = Logger.getLogger("dev.faultline.query");
    /** One background thread for every run: an index is never built twice at once. */
    private static final ExecutorService QUERY_THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "faultline-query");
        t.setDaemon(true);
        return t;
    });

    /** What one run found, for one model and one filter. */
    record Outcome(TimelineModel model, EventFilter filter, Matches matches, Set<String> ids,
            SearchResults results) {
    }

    private final AppState state;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final Object indexLock = new Object();
    /** The index of the latest model indexed; guarded by {@link #indexLock}. */
    private SearchIndex index;
    /** How many indexes this service has built; guarded by {@link #indexLock}. */
    private int indexBuilds;
    private Task<Outcome> running;
    private long generation;

    FilterService(AppState state) {
        this.state = state;
    }

    /** True while a large model is being indexed, filtered or searched off the JavaFX thread. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** How many search indexes this service has built so far (one per model shown). */
    public int indexBuilds() {
        synchronized (indexLock) {
            return indexBuilds;
        }
    }

    /** The index of the model on show, once it has been built (null before). */
    public SearchIndex currentIndex() {
        TimelineModel m = state.getModel();
        synchronized (indexLock) {
            return index != null && m != null && index.model() == m ? index : null;
        }
    }

    /** Re-runs the filter and the search for the state's current model and filter. JavaFX thread. */
    void refresh() {
        cancel();
        long mine = ++generation;
        TimelineModel model = state.getModel();
        EventFilter filter = state.getFilter();
        if (model == null) {
            state.publishOutcome(null, null, SearchResults.EMPTY);
            return;
        }
        if (model.events().size() <= IN_PLACE_LIMIT) {
            Outcome o = compute(model, filter);
            state.publishOutcome(o.matches(), o.ids(), o.results());
            return;
        }
        Task<Outcome> task = new Task<>() {
            @Override
            protected Outcome call() {
                return compute(model, filter);
            }
        };
        task.setOnSucceeded(e -> {
            Outcome o = task.getValue();
            // Never publish for a model or a filter that is no longer the state's.
            if (mine == generation && o.model() == state.getModel() && o.filter().equals(state.getFilter())) {
                running = null;
                busy.set(false);
                state.publishOutcome(o.matches(), o.ids(), o.results());
            }
        });
        task.setOnFailed(e -> {
            if (mine == generation) {
                running = null;
                busy.set(false);
            }
            LOG.log(Level.WARNING, "filtering failed", task.getException());
        });
        running = task;
        busy.set(true);
        QUERY_THREAD.execute(task);
    }

    /** Drops whatever is running or waiting; its result will not be published. */
    void cancel() {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        busy.set(false);
    }

    private Outcome compute(TimelineModel model, EventFilter filter) {
        SearchIndex idx = indexFor(model);
        Matches m = idx.apply(filter);
        SearchResults r = filter.text().isBlank() ? SearchResults.EMPTY : idx.search(filter, SEARCH_LIMIT);
        return new Outcome(model, filter, m, m.isUnconstrained() ? null : m.idSet(), r);
    }

    /** The model's index: the one already built, or a new one that replaces the previous model's. */
    private SearchIndex indexFor(TimelineModel model) {
        synchronized (indexLock) {
            if (index != null && index.model() == model) {
                return index;
            }
        }
        // Built outside the lock: a small model indexed in place never waits for a large one's build.
        SearchIndex built = SearchIndex.build(model);
        synchronized (indexLock) {
            if (index != null && index.model() == model) {
                return index;
            }
            index = built;
            indexBuilds++;
            return built;
        }
    }
}
