package dev.faultline.ui.timeline;

import java.util.List;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/**
 * What one frame of a {@link TimelineView} drew, in the canvas's coordinates: the cards (event id and bounds), the
 * cluster badges (how many events each holds and its bounds) and the swimlanes (name and the part of it on screen).
 */
public record DrawnFrame(List<Card> cards, List<Cluster> clusters, List<Lane> lanes) {

    public static final DrawnFrame EMPTY = new DrawnFrame(List.of(), List.of(), List.of());

    /** A swimlane: its name, and the part of it the frame shows (empty height when scrolled out of view). */
    public record Lane(String label, Bounds bounds) {

        /** True when the whole lane is on screen. */
        public boolean whole(double fullHeight) {
            return bounds.getHeight() >= fullHeight - 0.5;
        }
    }

    public DrawnFrame(List<Card> cards, List<Cluster> clusters) {
        this(cards, clusters, List.of());
    }

    /** The same frame with its lanes. */
    DrawnFrame withLanes(List<Lane> lanes) {
        return new DrawnFrame(cards, clusters, lanes);
    }

    /** A card of an event. */
    public record Card(String eventId, Bounds bounds) {
    }

    /** A cluster badge (a dot when it holds one event). */
    public record Cluster(int count, Bounds bounds, List<String> eventIds) {
    }

    public DrawnFrame {
        cards = List.copyOf(cards);
        clusters = List.copyOf(clusters);
        lanes = List.copyOf(lanes);
    }

    /** The card of an event, if one was drawn. */
    public Optional<Card> card(String eventId) {
        return cards.stream().filter(c -> c.eventId().equals(eventId)).findFirst();
    }

    static Bounds box(double x, double y, double w, double h) {
        return new BoundingBox(x, y, w, h);
    }
}
