package dev.faultline.ui.detail;

import dev.faultline.ui.AppState;
import java.util.Objects;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The selected event in full: its titles in both languages, date at its precision, kind, importance, factions, people
 * and organisations, summary, the curator's note, every verbatim excerpt in its paragraph with a way into the reader,
 * and the disagreements it is part of, claim beside claim. Follows {@link AppState#selectedEventProperty()}.
 */
public final class EventDetailPane extends Control {

    /** The style class of the pane, and the name of its stylesheet. */
    public static final String DEFAULT_STYLE_CLASS = "event-detail-pane";
    /** The pane's id, for the main window and tests. */
    public static final String ID = "event-detail";

    private final AppState state;

    public EventDetailPane(AppState state) {
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
        return new EventDetailPaneSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return EventDetailPane.class.getResource("event-detail-pane.css").toExternalForm();
    }
}
