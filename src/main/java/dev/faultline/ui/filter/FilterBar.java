package dev.faultline.ui.filter;

import dev.faultline.query.EventFilter;
import dev.faultline.query.Matches;
import dev.faultline.ui.AppState;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The filter bar: faction chips, a people picker, event kinds, sources, a time range, hide-or-dim, a live count of
 * the events that match, and "Clear all". Every control edits {@link AppState#filterProperty()}; a
 * {@link FilterRunner} applies it and publishes the matches. Pseudo-classes: {@code :filtered} while any filter is
 * on, {@code :no-matches} while nothing matches.
 */
public final class FilterBar extends Control {

    /** The style class of the control, and the name of its stylesheet. */
    public static final String DEFAULT_STYLE_CLASS = "filter-bar";

    private static final PseudoClass FILTERED = PseudoClass.getPseudoClass("filtered");
    private static final PseudoClass NO_MATCHES = PseudoClass.getPseudoClass("no-matches");

    private final AppState state;
    private final FilterRunner runner;
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount");
    private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper(this, "totalCount");
    private final InvalidationListener onFilter = o -> updateState();

    public FilterBar(AppState state) {
        this.state = state;
        this.runner = new FilterRunner(state);
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setId("filter-bar");
        // The bar is a container for the keyboard: Tab goes to its controls, not to the bar.
        setFocusTraversable(false);
        // An author stylesheet rather than a user-agent one: ControlsFX controls inside the bar bring user-agent
        // stylesheets of their own, which would shadow ours for them.
        getStylesheets().add(FilterBar.class.getResource("/dev/faultline/ui/filter/filter-bar.css").toExternalForm());
        runner.matchesProperty().addListener(onFilter);
        state.filterProperty().addListener(onFilter);
        updateState();
    }

    /** The app state the bar edits. */
    public AppState getState() {
        return state;
    }

    /** The runner that applies the filter and publishes what matches. */
    public FilterRunner getRunner() {
        return runner;
    }

    /** How many events match the filter in force. */
    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    public int getMatchCount() {
        return matchCount.get();
    }

    /** How many events the model has. */
    public ReadOnlyIntegerProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    public int getTotalCount() {
        return totalCount.get();
    }

    /** Removes every constraint, the search text included; hide-or-dim stays as it is. */
    public void clearAll() {
        state.setFilter(EventFilter.NONE);
    }

    /** Stops applying the filter (for a bar that is thrown away while the app state lives on). */
    public void dispose() {
        runner.matchesProperty().removeListener(onFilter);
        state.filterProperty().removeListener(onFilter);
        runner.dispose();
    }

    private void updateState() {
        Matches m = runner.getMatches();
        int total = state.getModel() == null ? 0 : state.getModel().events().size();
        totalCount.set(total);
        matchCount.set(m == null ? total : m.count());
        boolean filtered = !state.getFilter().isEmpty();
        pseudoClassStateChanged(FILTERED, filtered);
        pseudoClassStateChanged(NO_MATCHES, filtered && m != null && m.count() == 0 && total > 0);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new FilterBarSkin(this);
    }
}
