package dev.faultline.ui.timeline;

import javafx.event.Event;
import javafx.event.EventType;

/**
 * What a person did to the timeline's selection: stepped to a neighbour with Left/Right ({@link #STEPPED}, fired
 * after the selection moved) or activated it with Enter ({@link #ACTIVATED}). The event names the selected item's id.
 */
public final class TimelineEvent extends Event {

    public static final EventType<TimelineEvent> ANY = new EventType<>(Event.ANY, "TIMELINE");
    /** Enter on the selection: open it. */
    public static final EventType<TimelineEvent> ACTIVATED = new EventType<>(ANY, "TIMELINE_ACTIVATED");
    /** Left or Right moved the selection to the previous or next item. */
    public static final EventType<TimelineEvent> STEPPED = new EventType<>(ANY, "TIMELINE_STEPPED");

    private final String itemId;

    public TimelineEvent(EventType<TimelineEvent> type, String itemId) {
        super(type);
        this.itemId = itemId;
    }

    /** The id of the item the event is about. */
    public String getItemId() {
        return itemId;
    }
}
