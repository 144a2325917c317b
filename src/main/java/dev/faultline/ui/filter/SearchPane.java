package dev.faultline.ui.filter;

import dev.faultline.model.TimelineModel;
import dev.faultline.query.EventFilter;
import dev.faultline.query.SearchHit;
import dev.faultline.query.SearchResults;
import dev.faultline.ui.AppState;
import dev.faultline.ui.Selection;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The search results: the events that match the filter's text (and the rest of the filter), ranked title hits first,
 * then people, organisations, summaries and quoted passages, each with the hit highlighted in context. Choosing a
 * result selects its event, or for a passage hit opens that passage.
 */
public final class SearchPane extends Control {

    /** The style class of the control, and the name of its stylesheet. */
    public static final String DEFAULT_STYLE_CLASS = "search-pane";

    /** At most this many results are listed; the status line says when there are more. */
    public static final int RESULT_LIMIT = 500;

    private final AppState state;
    private final OffThreadQuery<SearchResults> query = new OffThreadQuery<>();
    private final ReadOnlyObjectWrapper<SearchResults> results = new ReadOnlyObjectWrapper<>(this, "results",
            SearchResults.EMPTY);
    private final InvalidationListener onChange = o -> run();

    public SearchPane(AppState state) {
        this.state = state;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setId("search-pane");
        state.modelProperty().addListener(onChange);
        state.filterProperty().addListener(onChange);
        run();
    }

    /** The app state the pane follows. */
    public AppState getState() {
        return state;
    }

    /** The latest results; empty while there is no search text. */
    public ReadOnlyObjectProperty<SearchResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public SearchResults getResults() {
        return results.get();
    }

    /** True while a large model is being searched. */
    public ReadOnlyBooleanProperty busyProperty() {
        return query.busyProperty();
    }

    /** Opens a result: the passage of an excerpt hit, the event of any other. */
    public void choose(SearchHit hit) {
        TimelineModel model = state.getModel();
        if (hit == null || model == null || model.event(hit.eventId()).isEmpty()) {
            return;
        }
        if (hit.field() == SearchHit.Field.EXCERPT && hit.passage() != null && hit.refId() != null
                && model.source(hit.refId()).isPresent()) {
            state.select(new Selection.OfPassage(hit.refId(), hit.passage(), hit.eventId()));
        } else {
            state.selectEvent(hit.eventId());
        }
    }

    /** Stops following the app state. */
    public void dispose() {
        state.modelProperty().removeListener(onChange);
        state.filterProperty().removeListener(onChange);
        query.cancel();
    }

    private void run() {
        TimelineModel model = state.getModel();
        EventFilter filter = state.getFilter();
        if (model == null || filter.text().isBlank()) {
            query.cancel();
            results.set(SearchResults.EMPTY);
            return;
        }
        query.run(model, index -> index.search(filter, RESULT_LIMIT), results::set);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new SearchPaneSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return SearchPane.class.getResource("/dev/faultline/ui/filter/search-pane.css").toExternalForm();
    }
}
