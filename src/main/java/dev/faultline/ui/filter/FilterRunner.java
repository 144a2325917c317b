package dev.faultline.ui.filter;

import dev.faultline.model.TimelineModel;
import dev.faultline.query.EventFilter;
import dev.faultline.query.Matches;
import dev.faultline.ui.AppState;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Applies the app's filter to its model whenever either changes, and publishes the matching ids to
 * {@link AppState#publishMatches(Set)} (null when the filter constrains nothing). Large models are filtered off the
 * JavaFX thread. The filter bar owns one; call {@link #dispose()} to stop it.
 */
public final class FilterRunner {

    /** What one run found: the matches, and the id set to publish (made off the JavaFX thread too). */
    private record Outcome(EventFilter filter, Matches matches, Set<String> ids) {
    }

    private final AppState state;
    private final OffThreadQuery<Outcome> query = new OffThreadQuery<>();
    private final ReadOnlyObjectWrapper<Matches> matches = new ReadOnlyObjectWrapper<>(this, "matches");
    private final InvalidationListener onModel = o -> Platform.runLater(this::run);
    private final InvalidationListener onFilter = o -> run();

    public FilterRunner(AppState state) {
        this.state = state;
        // AppState.setModel clears the published matches after notifying us, so a new model is filtered afterwards.
        state.modelProperty().addListener(onModel);
        state.filterProperty().addListener(onFilter);
        run();
    }

    /** The latest matches of the filter in force; null before the first run or without a model. */
    public ReadOnlyObjectProperty<Matches> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    public Matches getMatches() {
        return matches.get();
    }

    /** True while a large model is being filtered. */
    public ReadOnlyBooleanProperty busyProperty() {
        return query.busyProperty();
    }

    /** Stops following the app state. */
    public void dispose() {
        state.modelProperty().removeListener(onModel);
        state.filterProperty().removeListener(onFilter);
        query.cancel();
    }

    private void run() {
        TimelineModel model = state.getModel();
        if (model == null) {
            query.cancel();
            matches.set(null);
            return;
        }
        EventFilter filter = state.getFilter();
        query.run(model, index -> {
            Matches m = index.apply(filter);
            return new Outcome(filter, m, m.isUnconstrained() ? null : m.idSet());
        }, this::publish);
    }

    private void publish(Outcome outcome) {
        matches.set(outcome.matches());
        state.publishMatches(outcome.ids());
    }
}
