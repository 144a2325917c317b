package dev.faultline.ui.detail;

import dev.faultline.ui.AppState;
import javafx.scene.control.Skin;

/**
 * The sources every event is drawn from, each with its metadata, provenance, the parts of its file that are not
 * article text, and how many events and excerpts cite it; clicking one opens it in the reader.
 */
public final class SourcesPane extends ReadingPane {

    /** The style class of the pane, and the name of its stylesheet. */
    public static final String DEFAULT_STYLE_CLASS = "sources-pane";
    /** The pane's id, for the main window and tests. */
    public static final String ID = "sources-view";


    public SourcesPane(AppState state) {
        super(state, DEFAULT_STYLE_CLASS, ID);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new SourcesPaneSkin(this);
    }
}
