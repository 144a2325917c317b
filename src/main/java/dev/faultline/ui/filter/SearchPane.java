package dev.faultline.ui.filter;

import dev.faultline.model.TimelineModel;
import dev.faultline.query.SearchHit;
import dev.faultline.query.SearchResults;
import dev.faultline.ui.AppState;
import dev.faultline.ui.FilterService;
import dev.faultline.ui.Selection;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The search results: the events that match the filter's text (and the rest of the filter), ranked title hits first,
 * then people, organisations, summaries and quoted passages, each with the hit highlighted in context. Choosing a
 * result selects its event, or for a passage hit opens that passage. The search itself runs in the state's
 * {@link FilterService}; the pane shows what it publishes.
 */
public final class SearchPane extends Control {

    /** The style class of the control, and the name of its stylesheet. */
    public static final String DEFAULT_STYLE_CLASS = "search-pane";

    /** At most this many results are listed; the status line says when there are more. */
    public static final int RESULT_LIMIT = FilterService.SEARCH_LIMIT;

    private final AppState state;

    public SearchPane(AppState state) {
        this.state = state;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setId("search-pane");
    }

    /** The app state the pane follows. */
    public AppState getState() {
        return state;
    }

    /** The latest results, as the state's filter service published them; empty while there is no search text. */
    public ReadOnlyObjectProperty<SearchResults> resultsProperty() {
        return state.searchResultsProperty();
    }

    public SearchResults getResults() {
        return state.getSearchResults();
    }

    /** True while a large model is being searched. */
    public ReadOnlyBooleanProperty busyProperty() {
        return state.filterService().busyProperty();
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

    /** Nothing to stop: the pane only observes what the state's filter service publishes. */
    public void dispose() {
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
