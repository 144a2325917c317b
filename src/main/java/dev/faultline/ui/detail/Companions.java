package dev.faultline.ui.detail;

import dev.faultline.model.Event;
import dev.faultline.model.Person;
import dev.faultline.model.TimelineModel;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The people someone most often appears with: how many events they share, most first. Pure Java. */
final class Companions {

    private Companions() {
    }

    /** A person and the number of events they share with the one asked about. */
    record Companion(Person person, int sharedEvents) {
    }

    /** Up to {@code limit} companions, by shared events (most first), then by English name. */
    static List<Companion> of(TimelineModel model, String personId, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        for (Event e : model.eventsWithPerson(personId)) {
            for (String other : e.people().stream().distinct().toList()) {
                if (!other.equals(personId)) {
                    counts.merge(other, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .map(en -> model.person(en.getKey()).map(p -> new Companion(p, en.getValue())))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(Companion::sharedEvents).reversed()
                        .thenComparing(c -> c.person().name().en()))
                .limit(limit)
                .toList();
    }
}
