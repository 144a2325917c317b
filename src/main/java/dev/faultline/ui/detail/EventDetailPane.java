package dev.faultline.ui.detail;

import dev.faultline.ui.AppState;
import javafx.scene.control.Skin;

/**
 * The selected event in full: its titles in both languages, date at its precision, kind, importance, factions, people
 * and organisations, summary, the curator's note, every verbatim excerpt in its paragraph with a way into the reader,
 * and the disagreements it is part of, claim beside claim. Follows {@link AppState#selectedEventProperty()}.
 */
public final class EventDetailPane extends ReadingPane {

    /** The style class of the pane, and the name of its stylesheet. */
    public static final String DEFAULT_STYLE_CLASS = "event-detail-pane";
    /** The pane's id, for the main window and tests. */
    public static final String ID = "event-detail";


    public EventDetailPane(AppState state) {
        super(state, DEFAULT_STYLE_CLASS, ID);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new EventDetailPaneSkin(this);
    }
}
