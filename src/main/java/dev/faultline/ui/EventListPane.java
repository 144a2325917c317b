package dev.faultline.ui;

import dev.faultline.text.LocalFormat;
import dev.faultline.model.Event;
import dev.faultline.model.TimelineModel;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The events in chronological order, with their dates and titles: the plainest way through the story, and the list
 * the keyboard walks. Follows the filter (hiding or dimming what does not match) and the shared selection.
 */
public final class EventListPane extends BorderPane {

    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    private static final PseudoClass IMPORTANT = PseudoClass.getPseudoClass("important");

    private final AppState state;
    private final ListView<Event> list = new ListView<>();
    private final ObservableList<Event> shown = FXCollections.observableArrayList();
    private final Label empty = new Label();
    private boolean syncing;

    public EventListPane(AppState state) {
        this.state = state;
        getStyleClass().add("event-list-pane");
        setId("event-list");
        list.setId("event-list-view");
        list.setItems(shown);
        list.setCellFactory(v -> new EventCell());
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        setCenter(list);

        InvalidationListener refill = o -> refill();
        state.modelProperty().addListener(refill);
        state.matchingEventIdsProperty().addListener(refill);
        state.filterModeProperty().addListener(refill);
        state.localeProperty().addListener(o -> {
            updateEmptyText();
            list.refresh();
        });
        state.selectedEventProperty().addListener((o, was, now) -> selectInList(now));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null && (state.getSelectedEvent() == null
                    || !state.getSelectedEvent().id().equals(now.id()))) {
                state.selectEvent(now.id());
            }
        });
        refill();
    }

    /** The list control, for keyboard focus. */
    public ListView<Event> listView() {
        return list;
    }

    private void refill() {
        TimelineModel model = state.getModel();
        List<Event> all = model == null ? List.of() : model.events();
        Set<String> matches = state.getMatchingEventIds();
        syncing = true;
        try {
            if (matches == null || state.getFilterMode() == FilterMode.DIM) {
                shown.setAll(all);
            } else {
                shown.setAll(all.stream().filter(e -> matches.contains(e.id())).toList());
            }
            list.refresh();
            selectInList(state.getSelectedEvent());
        } finally {
            syncing = false;
        }
        updateEmptyText();
    }

    private void updateEmptyText() {
        UiText text = UiText.of("shell", state.getLocale());
        boolean filtered = state.getModel() != null && !state.getModel().events().isEmpty();
        empty.setText(filtered ? text.get("list.emptyFiltered") : text.get("list.empty"));
    }

    private void selectInList(Event event) {
        boolean was = syncing;
        syncing = true;
        try {
            if (event == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            int index = -1;
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i).id().equals(event.id())) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                if (list.getSelectionModel().getSelectedIndex() != index) {
                    list.getSelectionModel().select(index);
                }
                revealRow(index);
            }
        } finally {
            syncing = was;
        }
    }

    /**
     * Scrolls the row fully into view: a row far away comes to the top with a little context above it; a row cut by
     * an edge moves just enough. ListView.scrollTo alone puts a row at the top, or leaves it half hidden at the bottom.
     */
    private void revealRow(int index) {
        if (!(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || flow.getFirstVisibleCell() == null) {
            list.scrollTo(Math.max(0, index - 2));
            return;
        }
        int first = flow.getFirstVisibleCell().getIndex();
        int last = flow.getLastVisibleCell().getIndex();
        if (index < first || index > last) {
            flow.scrollToTop(Math.max(0, index - 2));
        }
        // Whole, not just touching the viewport: scrollTo(int) moves the least needed to show the cell entire.
        flow.scrollTo(index);
    }

    /** The list's row showing an event, if it has one in view (for tests). */
    javafx.scene.control.IndexedCell<?> visibleRowOf(int index) {
        return list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow.getVisibleCell(index) : null;
    }

    private final class EventCell extends ListCell<Event> {
        private final Label date = new Label();
        private final Label title = new Label();
        private final VBox box = new VBox(1, date, title);

        EventCell() {
            getStyleClass().add("event-cell");
            date.getStyleClass().add("event-date");
            title.getStyleClass().add("event-title");
            title.setMaxWidth(Double.MAX_VALUE);
            // Cells follow the list's width and clip long titles, instead of widening the list into a scroll bar.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Event e, boolean isEmpty) {
            super.updateItem(e, isEmpty);
            if (isEmpty || e == null) {
                setGraphic(null);
                setText(null);
                pseudoClassStateChanged(DIMMED, false);
                pseudoClassStateChanged(IMPORTANT, false);
                return;
            }
            date.setText(LocalFormat.of(state.getLocale()).span(e.date()));
            title.setText(LocalFormat.of(state.getLocale()).text(e.title()));
            setText(null);
            setGraphic(box);
            setId("event-cell-" + e.id());
            pseudoClassStateChanged(DIMMED, !state.matches(e.id()));
            pseudoClassStateChanged(IMPORTANT, e.importance() >= 5);
        }
    }
}
