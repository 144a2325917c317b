package dev.faultline.query;

import dev.faultline.model.Event;
import java.util.AbstractList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The events a filter let through, in chronological order. Backed by a bit set over the model's chronological
 * ordinals; the id list and set are made on request. Immutable.
 */
public final class Matches {

    private final SearchIndex index;
    private final BitSet bits;
    private final boolean unconstrained;
    private final int count;

    Matches(SearchIndex index, BitSet bits, boolean unconstrained) {
        this.index = index;
        this.bits = bits;
        this.unconstrained = unconstrained;
        this.count = bits.cardinality();
    }

    /** True when the filter constrained nothing, so every event matches by definition. */
    public boolean isUnconstrained() {
        return unconstrained;
    }

    /** How many events match. */
    public int count() {
        return count;
    }

    /** How many events the model has. */
    public int total() {
        return index.size();
    }

    /** True when the event matches. */
    public boolean contains(String eventId) {
        int ordinal = index.ordinal(eventId);
        return ordinal >= 0 && bits.get(ordinal);
    }

    /** The chronological ordinals of the matching events. */
    BitSet bits() {
        return bits;
    }

    /** The ids of the matching events, in chronological order. */
    public List<String> ids() {
        String[] ids = new String[count];
        int i = 0;
        for (int o = bits.nextSetBit(0); o >= 0; o = bits.nextSetBit(o + 1)) {
            ids[i++] = index.id(o);
        }
        return List.of(ids);
    }

    /** The matching events, in chronological order. */
    public List<Event> events() {
        int[] ordinals = bits.stream().toArray();
        return new AbstractList<>() {
            @Override
            public Event get(int i) {
                return index.event(ordinals[i]);
            }

            @Override
            public int size() {
                return ordinals.length;
            }
        };
    }

    /** The ids of the matching events as an immutable set ({@code Set.copyOf} of it costs nothing). */
    public Set<String> idSet() {
        return Set.copyOf(ids());
    }
}
