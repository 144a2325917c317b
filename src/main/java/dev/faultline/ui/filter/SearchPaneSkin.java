package dev.faultline.ui.filter;

import dev.faultline.ui.ReadableGlyphs;
import dev.faultline.text.LocalFormat;
import dev.faultline.model.Event;
import dev.faultline.model.TextRange;
import dev.faultline.model.TimelineModel;
import dev.faultline.query.SearchHit;
import dev.faultline.query.SearchResults;
import dev.faultline.query.Snippet;
import dev.faultline.ui.AppState;
import dev.faultline.ui.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Draws a {@link SearchPane}: a status line (how many results, or a hint) over the list of results. A result shows the
 * event's date and title and, unless the hit is in that title, the field it is in and a snippet, the hit in bold.
 * A click or Enter opens a result.
 */
final class SearchPaneSkin extends SkinBase<SearchPane> {

    private final Label status = new Label();
    private final ListView<SearchHit> list = new ListView<>();
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final Label placeholder = new Label();
    private final List<Runnable> disposers = new ArrayList<>();

    SearchPaneSkin(SearchPane pane) {
        super(pane);
        status.setId("search-status");
        status.getStyleClass().add("search-status");
        status.setMaxWidth(Double.MAX_VALUE);
        list.setId("search-results");
        list.setItems(hits);
        list.setCellFactory(v -> new HitCell());
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pane.choose(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        VBox box = new VBox(status, list);
        box.getStyleClass().add("search-box");
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().add(box);

        AppState state = pane.getState();
        listen(o -> refill(), pane.resultsProperty());
        listen(o -> relabel(), state.localeProperty(), pane.busyProperty(), state.filterProperty());
        listen(o -> followSelection(), state.selectedEventProperty());
        refill();
    }

    /** The result of the event selected anywhere in the window is the one marked here (none if it is not listed). */
    private void followSelection() {
        Event selected = getSkinnable().getState().getSelectedEvent();
        SearchHit current = list.getSelectionModel().getSelectedItem();
        if (selected == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        if (current != null && current.eventId().equals(selected.id())) {
            return;
        }
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).eventId().equals(selected.id())) {
                list.getSelectionModel().clearAndSelect(i);
                list.scrollTo(i);
                return;
            }
        }
        list.getSelectionModel().clearSelection();
    }

    private void listen(InvalidationListener l, Observable... observables) {
        for (Observable o : observables) {
            o.addListener(l);
            disposers.add(() -> o.removeListener(l));
        }
    }

    private void refill() {
        hits.setAll(getSkinnable().getResults().hits());
        if (!hits.isEmpty()) {
            list.scrollTo(0);
        }
        followSelection();
        relabel();
    }

    private void relabel() {
        SearchPane pane = getSkinnable();
        AppState state = pane.getState();
        UiText text = UiText.of("filter", state.getLocale());
        SearchResults r = pane.getResults();
        String query = state.getFilter().text().strip();
        if (query.isEmpty()) {
            status.setText("");
            placeholder.setText(text.get("search.hint"));
        } else if (pane.busyProperty().get()) {
            status.setText(text.get("search.busy"));
            placeholder.setText("");
        } else if (r.hits().isEmpty()) {
            status.setText(text.format("search.results", 0));
            boolean others = !state.getFilter().withText("").isEmpty();
            placeholder.setText(text.format(others ? "search.noneFiltered" : "search.none", query));
        } else if (r.truncated()) {
            status.setText(text.format("search.resultsTruncated", r.hits().size(), r.matchCount()));
        } else {
            status.setText(text.format("search.results", r.hits().size()));
        }
        if (!query.isEmpty() && !r.namedPeople().isEmpty() && state.getModel() != null) {
            // Say whose name the query is: its results include every form of that name.
            String names = r.namedPeople().stream()
                    .map(id -> state.getModel().person(id).map(p -> text.formats().text(p.name())).orElse(id))
                    .collect(java.util.stream.Collectors.joining(text.get("search.nameSeparator")));
            status.setText(status.getText() + " · " + text.format("search.matchedPerson", names));
        }
        list.refresh();
    }

    /** Text nodes for a snippet, the highlighted stretches styled apart. */
    private static List<Node> highlighted(Snippet snippet) {
        List<Node> nodes = new ArrayList<>();
        String s = snippet.text();
        int at = 0;
        for (TextRange r : snippet.highlights()) {
            if (r.start() > at) {
                nodes.add(text(s.substring(at, r.start()), "snippet-text"));
            }
            nodes.add(text(s.substring(r.start(), Math.min(s.length(), r.end())), "search-highlight"));
            at = Math.min(s.length(), r.end());
        }
        if (at < s.length()) {
            nodes.add(text(s.substring(at), "snippet-text"));
        }
        return nodes;
    }

    private static Text text(String s, String styleClass) {
        Text t = new Text(ReadableGlyphs.forDisplay(s));
        t.getStyleClass().add(styleClass);
        return t;
    }

    @Override
    public void dispose() {
        disposers.forEach(Runnable::run);
        disposers.clear();
        getChildren().clear();
        super.dispose();
    }

    private final class HitCell extends ListCell<SearchHit> {
        private final Label date = new Label();
        private final TextFlow title = new TextFlow();
        private final HBox head = new HBox(8, date, title);
        private final Label field = new Label();
        private final TextFlow snippet = new TextFlow();
        private final HBox detail = new HBox(6, field, snippet);
        private final VBox box = new VBox(2, head, detail);

        HitCell() {
            getStyleClass().add("hit-cell");
            date.getStyleClass().add("hit-date");
            date.setMinWidth(Region.USE_PREF_SIZE);
            title.getStyleClass().add("hit-title");
            field.getStyleClass().add("hit-field");
            field.setMinWidth(Region.USE_PREF_SIZE);
            snippet.getStyleClass().add("hit-snippet");
            HBox.setHgrow(title, Priority.ALWAYS);
            HBox.setHgrow(snippet, Priority.ALWAYS);
            detail.managedProperty().bind(detail.visibleProperty());
            // Cells follow the list's width and wrap, instead of widening the list into a scroll bar.
            setPrefWidth(0);
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty()) {
                    getSkinnable().choose(getItem());
                }
            });
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            TimelineModel model = getSkinnable().getState().getModel();
            Event event = hit == null || model == null ? null : model.event(hit.eventId()).orElse(null);
            if (empty || event == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            Locale locale = getSkinnable().getState().getLocale();
            UiText text = UiText.of("filter", locale);
            setId("search-hit-" + hit.eventId());
            date.setText(LocalFormat.of(locale).span(event.date()));
            String shownTitle = LocalFormat.of(locale).text(event.title());
            boolean hitIsShownTitle = hit.field() == SearchHit.Field.TITLE
                    && hit.snippet().text().equals(shownTitle);
            if (hitIsShownTitle) {
                title.getChildren().setAll(highlighted(hit.snippet()));
                detail.setVisible(false);
            } else {
                title.getChildren().setAll(text(shownTitle, "snippet-text"));
                field.setText(text.get("field." + fieldKey(hit.field())));
                snippet.getChildren().setAll(highlighted(hit.snippet()));
                detail.setVisible(true);
            }
            setGraphic(box);
        }

        private String fieldKey(SearchHit.Field f) {
            return switch (f) {
                case TITLE -> "title";
                case PERSON -> "person";
                case ORGANIZATION -> "organization";
                case SUMMARY -> "summary";
                case EXCERPT -> "excerpt";
            };
        }
    }
}
