package dev.faultline.ui.detail;

import dev.faultline.ui.AppState;
import java.util.Objects;
import javafx.scene.control.Control;

/**
 * What the four reading panes share: the state they follow, a style class that also names the pane's stylesheet
 * ({@code STYLE_CLASS.css} beside the pane's class), and the id the main window and tests look them up by.
 */
public abstract class ReadingPane extends Control {

    /** The state the pane follows; panes change it only through its mutators. */
    protected final AppState state;

    private final String stylesheet;

    protected ReadingPane(AppState state, String styleClass, String id) {
        this.state = Objects.requireNonNull(state, "state");
        getStyleClass().setAll(styleClass);
        setId(id);
        stylesheet = getClass().getResource(styleClass + ".css").toExternalForm();
    }

    /** The state the pane follows. */
    public AppState getAppState() {
        return state;
    }

    @Override
    public String getUserAgentStylesheet() {
        return stylesheet;
    }
}
