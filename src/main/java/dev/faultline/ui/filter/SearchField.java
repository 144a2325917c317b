package dev.faultline.ui.filter;

import dev.faultline.ui.AppState;
import dev.faultline.ui.UiText;
import javafx.beans.InvalidationListener;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import org.controlsfx.control.textfield.CustomTextField;

/**
 * The search field: what is typed becomes the filter's text at once, so the timeline and the event list narrow to
 * what matches and the search results list it ranked; Escape clears it. The text follows the filter too, so Clear all
 * and a restored session show in the field.
 */
public final class SearchField extends CustomTextField {

    /** The style class of the control, and the name of its stylesheet. */
    public static final String DEFAULT_STYLE_CLASS = "search-field";

    private final AppState state;
    private final Region clearButton = new Region();
    private final InvalidationListener onFilter = o -> syncFromFilter();
    private final InvalidationListener onLocale = o -> relabel();
    private boolean syncing;

    public SearchField(AppState state) {
        this.state = state;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setId("search-field");
        getStylesheets().add(SearchField.class.getResource("/dev/faultline/ui/filter/search-field.css")
                .toExternalForm());
        Region glass = new Region();
        glass.getStyleClass().add("search-icon");
        setLeft(glass);
        clearButton.getStyleClass().add("clear-icon");
        clearButton.setCursor(Cursor.DEFAULT);
        clearButton.setOnMouseClicked(e -> {
            clear();
            requestFocus();
        });
        clearButton.visibleProperty().bind(textProperty().isNotEmpty());
        setRight(clearButton);

        textProperty().addListener((o, was, now) -> {
            if (!syncing) {
                state.setFilter(state.getFilter().withText(now));
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !getText().isEmpty()) {
                clear();
                e.consume();
            }
        });
        state.filterProperty().addListener(onFilter);
        state.localeProperty().addListener(onLocale);
        syncFromFilter();
        relabel();
    }

    /** Puts the caret in the field with its text selected, ready to type over (for Ctrl+F). */
    public void focusSearch() {
        requestFocus();
        selectAll();
    }

    /** Stops following the app state. */
    public void dispose() {
        state.filterProperty().removeListener(onFilter);
        state.localeProperty().removeListener(onLocale);
    }

    private void syncFromFilter() {
        String text = state.getFilter().text();
        if (!text.equals(getText())) {
            syncing = true;
            try {
                setText(text);
            } finally {
                syncing = false;
            }
        }
    }

    private void relabel() {
        UiText text = UiText.of("filter", state.getLocale());
        setPromptText(text.get("search.prompt"));
        setTooltip(new Tooltip(text.get("search.tooltip")));
    }
}
