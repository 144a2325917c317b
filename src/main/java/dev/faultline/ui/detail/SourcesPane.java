package dev.faultline.ui.detail;

import dev.faultline.ui.AppState;
import java.util.Objects;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The sources every event is drawn from, each with its metadata, provenance, the parts of its file that are not
 * article text, and how many events and excerpts cite it; clicking one opens it in the reader.
 */
public final class SourcesPane extends Control {

    /** The style class of the pane, and the name of its stylesheet. */
    public static final String DEFAULT_STYLE_CLASS = "sources-pane";
    /** The pane's id, for the main window and tests. */
    public static final String ID = "sources-view";

    private final AppState state;

    public SourcesPane(AppState state) {
        this.state = Objects.requireNonNull(state, "state");
        getStyleClass().setAll(DEFAULT_STYLE_CLASS);
        setId(ID);
    }

    /** The state the pane follows. */
    public AppState getAppState() {
        return state;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new SourcesPaneSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return SourcesPane.class.getResource("sources-pane.css").toExternalForm();
    }
}
