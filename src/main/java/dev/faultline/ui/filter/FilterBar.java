package dev.faultline.ui.filter;

import dev.faultline.query.EventFilter;
import dev.faultline.query.Matches;
import dev.faultline.ui.AppState;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The filter bar: faction chips, a people picker, event kinds, sources, a time range, hide-or-dim, a live count of
 * the events that match, and "Clear all". Every control edits {@link AppState#filterProperty()}; the state's
 * {@link dev.faultline.ui.FilterService} applies it and publishes the matches, which the bar only observes. Pseudo-classes: {@code :filtered} while any filter is
 * on, {@code :no-matches} while nothing matches.
 */
public final class FilterBar extends Control {

    /** The style class of the control, and the name of its stylesheet. */
    public static final String DEFAULT_STYLE_CLASS = "filter-bar";

    private static final PseudoClass FILTERED = PseudoClass.getPseudoClass("filtered");
    private static final PseudoClass NO_MATCHES = PseudoClass.getPseudoClass("no-matches");

    private final AppState state;
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount");
    private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper(this, "totalCount");
    private final InvalidationListener onFilter = o -> updateState();

    public FilterBar(AppState state) {
        this.state = state;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setId("filter-bar");
        // The bar is a container for the keyboard: Tab goes to its controls, not to the bar.
        setFocusTraversable(false);
        // An author stylesheet rather than a user-agent one: ControlsFX controls inside the bar bring user-agent
        // stylesheets of their own, which would shadow ours for them.
        getStylesheets().add(FilterBar.class.getResource("/dev/faultline/ui/filter/filter-bar.css").toExternalForm());
        state.matchesProperty().addListener(onFilter);
        state.filterProperty().addListener(onFilter);
        updateState();
    }

    /** The app state the bar edits. */
    public AppState getState() {
        return state;
    }

    /** True while the state's filter service works on a large model off the JavaFX thread. */
    public ReadOnlyBooleanProperty busyProperty() {
        return state.filterService().busyProperty();
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

    /** Stops observing the state (for a bar that is thrown away while the app state lives on). */
    public void dispose() {
        state.matchesProperty().removeListener(onFilter);
        state.filterProperty().removeListener(onFilter);
    }

    private void updateState() {
        Matches m = state.getMatches();
        int total = state.getModel() == null ? 0 : state.getModel().events().size();
        totalCount.set(total);
        matchCount.set(m == null ? total : m.count());
        boolean filtered = !state.getFilter().isEmpty();
        pseudoClassStateChanged(FILTERED, filtered);
        pseudoClassStateChanged(NO_MATCHES, filtered && m != null && m.count() == 0 && total > 0);
    }

    /** Its height depends on its width: a narrow window puts the bar in two rows. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new FilterBarSkin(this);
    }
}
