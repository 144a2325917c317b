package dev.faultline.query;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The events (by chronological ordinal) that hold one token or belong to one facet: a sorted array when few do, a
 * bit set when many do, so a token found in every event costs n/8 bytes rather than 4n.
 */
abstract sealed class Postings {

    /** Tokens held by more than 1/DENSE_DIVISOR of the events are stored as bits. */
    static final int DENSE_DIVISOR = 32;

    static final Postings NONE = new Sparse(new int[0]);

    /** Adds these events to a set. */
    abstract void orInto(BitSet target);

    /** How many events. */
    abstract int size();

    /** These events as a new bit set. */
    BitSet toBitSet() {
        BitSet bits = new BitSet();
        orInto(bits);
        return bits;
    }

    static Postings of(int[] ordinals, int size, int eventCount) {
        if (size > eventCount / DENSE_DIVISOR && size > 64) {
            BitSet bits = new BitSet(eventCount);
            for (int i = 0; i < size; i++) {
                bits.set(ordinals[i]);
            }
            return new Dense(bits, size);
        }
        return new Sparse(Arrays.copyOf(ordinals, size));
    }

    static final class Sparse extends Postings {
        private final int[] ordinals;

        Sparse(int[] ordinals) {
            this.ordinals = ordinals;
        }

        @Override
        void orInto(BitSet target) {
            for (int o : ordinals) {
                target.set(o);
            }
        }

        @Override
        int size() {
            return ordinals.length;
        }
    }

    static final class Dense extends Postings {
        private final BitSet bits;
        private final int size;

        Dense(BitSet bits, int size) {
            this.bits = bits;
            this.size = size;
        }

        @Override
        void orInto(BitSet target) {
            target.or(bits);
        }

        @Override
        int size() {
            return size;
        }
    }

    /** Collects ordinals in ascending order, each once, while a model is indexed. */
    static final class Builder {
        private int[] ordinals = new int[4];
        private int size;

        private int last = -1;

        /** Adds an ordinal; adding the last one again does nothing. */
        void add(int ordinal) {
            if (ordinal == last) {
                return;
            }
            last = ordinal;
            if (size == ordinals.length) {
                ordinals = Arrays.copyOf(ordinals, size * 2);
            }
            ordinals[size++] = ordinal;
        }

        Postings build(int eventCount) {
            return Postings.of(ordinals, size, eventCount);
        }
    }
}
