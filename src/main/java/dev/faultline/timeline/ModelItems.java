package dev.faultline.timeline;

import dev.faultline.model.DateSpan;
import dev.faultline.model.Event;
import dev.faultline.model.Faction;
import dev.faultline.model.Person;
import dev.faultline.model.TimelineModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a model's events into {@link TimelineItems}: one swimlane per faction (by the event's first faction), per
 * person (an event shows in each of its people's lanes), or one compact band. The card colour is always the event's
 * first faction, whatever the grouping. Events that do not match the filter are left out ({@code hide}) or marked
 * {@link TimelineItems#DIMMED}.
 */
public final class ModelItems {

    private ModelItems() {
    }

    /**
     * The items for a model.
     *
     * @param matching ids of the events that match the filter, or null when all do
     * @param hide     true to leave non-matching events out, false to dim them
     */
    public static TimelineItems of(TimelineModel model, LaneGrouping grouping, Set<String> matching, boolean hide) {
        List<Faction> factions = model.factions();
        Map<String, Integer> factionIndex = new HashMap<>();
        List<String> palette = new ArrayList<>();
        for (Faction f : factions) {
            factionIndex.put(f.id(), palette.size());
            palette.add(f.color());
        }
        List<Event> shown = new ArrayList<>();
        for (Event e : model.events()) {
            if (!hide || matching == null || matching.contains(e.id())) {
                shown.add(e);
            }
        }

        List<Swimlane> lanes = new ArrayList<>();
        Map<String, Integer> laneOf = new HashMap<>();
        int catchAll = -1;
        switch (grouping) {
            case BY_FACTION -> {
                Set<String> used = new LinkedHashSet<>();
                boolean anyWithout = false;
                for (Event e : shown) {
                    String f = firstKnown(e.factions(), factionIndex);
                    if (f == null) {
                        anyWithout = true;
                    } else {
                        used.add(f);
                    }
                }
                for (Faction f : factions) {
                    if (used.contains(f.id())) {
                        laneOf.put(f.id(), lanes.size());
                        lanes.add(new Swimlane(f.id(), Swimlane.Kind.FACTION, f.name(), f.color()));
                    }
                }
                if (anyWithout) {
                    catchAll = lanes.size();
                    lanes.add(new Swimlane("~no-faction", Swimlane.Kind.NO_FACTION, null, null));
                }
            }
            case BY_PERSON -> {
                Set<String> used = new LinkedHashSet<>();
                boolean anyWithout = false;
                for (Event e : shown) {
                    boolean any = false;
                    for (String p : e.people()) {
                        if (model.person(p).isPresent()) {
                            used.add(p);
                            any = true;
                        }
                    }
                    anyWithout |= !any;
                }
                for (Person p : model.people()) {
                    if (used.contains(p.id())) {
                        String colour = p.primaryFactionId().map(factionIndex::get).map(palette::get).orElse(null);
                        laneOf.put(p.id(), lanes.size());
                        lanes.add(new Swimlane(p.id(), Swimlane.Kind.PERSON, p.name(), colour));
                    }
                }
                if (anyWithout) {
                    catchAll = lanes.size();
                    lanes.add(new Swimlane("~no-person", Swimlane.Kind.NO_PERSON, null, null));
                }
            }
            case COMPACT -> {
                catchAll = 0;
                lanes.add(new Swimlane("~all", Swimlane.Kind.ALL, null, null));
            }
            default -> throw new AssertionError(grouping);
        }

        TimelineItems.Builder builder = TimelineItems.builder(lanes, palette, shown.size());
        for (Event e : shown) {
            String faction = firstKnown(e.factions(), factionIndex);
            int colour = faction == null ? -1 : factionIndex.get(faction);
            DateSpan date = e.date();
            int flags = (date.isRange() ? TimelineItems.RANGE : 0)
                    | (date.approximate() ? TimelineItems.APPROXIMATE : 0)
                    | (matching != null && !matching.contains(e.id()) ? TimelineItems.DIMMED : 0);
            byte precision = switch (date.precision()) {
                case DAY -> TimelineItems.DAY;
                case MONTH -> TimelineItems.MONTH;
                case YEAR -> TimelineItems.YEAR;
            };
            long start = date.startMillis();
            long end = date.endMillisExclusive();
            List<Integer> groups = new ArrayList<>();
            switch (grouping) {
                case BY_FACTION -> groups.add(faction == null ? catchAll : laneOf.get(faction));
                case BY_PERSON -> {
                    for (String p : e.people()) {
                        Integer g = laneOf.get(p);
                        if (g != null && !groups.contains(g)) {
                            groups.add(g);
                        }
                    }
                    if (groups.isEmpty()) {
                        groups.add(catchAll);
                    }
                }
                default -> groups.add(catchAll);
            }
            for (int g : groups) {
                builder.add(e.id(), e.title().en(), e.title().chinese().orElse(null), start, end, g, colour,
                        e.importance(), precision, flags);
            }
        }
        return builder.build();
    }

    private static String firstKnown(List<String> ids, Map<String, Integer> known) {
        for (String id : ids) {
            if (known.containsKey(id)) {
                return id;
            }
        }
        return null;
    }
}
