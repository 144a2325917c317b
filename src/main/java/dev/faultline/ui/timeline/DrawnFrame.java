package dev.faultline.ui.timeline;

import java.util.List;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/**
 * What one frame of a {@link TimelineView} drew, in the canvas's coordinates: the cards (event id and bounds) and the
 * cluster badges (how many events each holds and its bounds).
 */
public record DrawnFrame(List<Card> cards, List<Cluster> clusters) {

    public static final DrawnFrame EMPTY = new DrawnFrame(List.of(), List.of());

    /** A card of an event. */
    public record Card(String eventId, Bounds bounds) {
    }

    /** A cluster badge (a dot when it holds one event). */
    public record Cluster(int count, Bounds bounds, List<String> eventIds) {
    }

    public DrawnFrame {
        cards = List.copyOf(cards);
        clusters = List.copyOf(clusters);
    }

    /** The card of an event, if one was drawn. */
    public Optional<Card> card(String eventId) {
        return cards.stream().filter(c -> c.eventId().equals(eventId)).findFirst();
    }

    static Bounds box(double x, double y, double w, double h) {
        return new BoundingBox(x, y, w, h);
    }
}
