package dev.faultline.query;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Some text fields of every event (say, the English title and summary), folded and laid end to end in one string,
 * events in chronological order. A term is looked for with one {@link String#indexOf} sweep that skips ahead to the
 * next candidate event after each hit, so checking any number of candidates reads the text at most once, from
 * contiguous memory, instead of visiting a string per event. Immutable.
 */
final class FoldedColumn {

    /** Between the fields of an event; between events, {@link #EVENT_SEPARATOR}. No search term contains either. */
    static final char FIELD_SEPARATOR = '\u0000';
    static final char EVENT_SEPARATOR = '\u0001';

    /** Receives an event whose fields here hold the term; returns false to stop. */
    interface HitSink {
        boolean hit(int ordinal);
    }

    private final String text;
    /** Where each event's text starts; one more entry, the text's length, ends the last. */
    private final int[] eventStarts;
    /** Where each field starts, all events' fields in order; {@code firstField[o]} indexes event o's first. */
    private final int[] fieldStarts;
    private final int[] firstField;
    private final boolean hasSingleCharTokens;

    private FoldedColumn(String text, int[] eventStarts, int[] fieldStarts, int[] firstField) {
        this.text = text;
        this.eventStarts = eventStarts;
        this.fieldStarts = fieldStarts;
        this.firstField = firstField;
        boolean ideographs = false;
        for (int i = 0; i < text.length() && !ideographs; i++) {
            ideographs = TokenIndex.isSingleCharToken(text.charAt(i));
        }
        this.hasSingleCharTokens = ideographs;
    }

    /** False when the term cannot occur here: it has an ideograph and this text has none. */
    boolean mayContain(String term) {
        if (hasSingleCharTokens) {
            return true;
        }
        for (int i = 0; i < term.length(); i++) {
            if (TokenIndex.isSingleCharToken(term.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells {@code sink} of every candidate event whose fields here hold the folded term, in chronological order,
     * until the sink says stop. {@code anchor} is the position in the term of its rarest character, or -1 to look
     * for the whole term at once.
     */
    void eachFirstHit(String term, int anchor, BitSet candidates, HitSink sink) {
        if (!mayContain(term)) {
            return;
        }
        int events = eventStarts.length - 1;
        int o = candidates.nextSetBit(0);
        while (o >= 0 && o < events) {
            int at = find(term, anchor, eventStarts[o]);
            if (at < 0) {
                return;
            }
            int e = eventAt(at, o);
            if (candidates.get(e) && !sink.hit(e)) {
                return;
            }
            o = candidates.nextSetBit(e + 1);
        }
    }

    /**
     * The first occurrence of a term at or after {@code from}: found by looking for its rarest character with
     * {@link String#indexOf(int, int)}, which is vectorised and several times faster than the substring search of
     * {@link String#indexOf(String, int)}, then comparing the rest. When every character is common, so the anchor
     * would stop every few characters, the substring search is faster.
     */
    private int find(String term, int anchor, int from) {
        if (anchor < 0) {
            return text.indexOf(term, from);
        }
        char a = term.charAt(anchor);
        int i = from + anchor;
        while (true) {
            int at = text.indexOf(a, i);
            if (at < 0) {
                return -1;
            }
            if (text.startsWith(term, at - anchor)) {
                return at - anchor;
            }
            i = at + 1;
        }
    }

    /** The folded text of one field of an event. */
    String field(int ordinal, int field) {
        int k = firstField[ordinal] + field;
        int end = k + 1 < firstField[ordinal + 1] ? fieldStarts[k + 1] - 1 : eventStarts[ordinal + 1] - 1;
        return text.substring(fieldStarts[k], end);
    }

    /** Receives one event's stretch of the column: {@code text} from {@code start} to {@code end}, exclusive. */
    interface EventText {
        void accept(int ordinal, String text, int start, int end);
    }

    /** Visits one event's stretch of text. */
    void visitEvent(int ordinal, EventText visitor) {
        visitor.accept(ordinal, text, eventStarts[ordinal], eventStarts[ordinal + 1]);
    }

    /** How many characters the column holds, separators included. */
    int length() {
        return text.length();
    }

    /** How many fields an event has here. */
    int fieldCount(int ordinal) {
        return firstField[ordinal + 1] - firstField[ordinal];
    }

    /** The event whose text holds an offset, searching from event {@code from} on: usually it is that one. */
    private int eventAt(int offset, int from) {
        if (offset < eventStarts[from + 1]) {
            return from;
        }
        // Gallop ahead, then halve: hits are mostly near the event the sweep started from.
        int lo = from + 1;
        int step = 1;
        int hi = lo;
        int last = eventStarts.length - 2;
        while (hi < last && eventStarts[hi + 1] <= offset) {
            lo = hi + 1;
            hi = Math.min(last, hi + step);
            step <<= 1;
        }
        hi = Math.max(hi, lo);
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (eventStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Lays out the columns' fields event by event, in chronological order. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] eventStarts = new int[1024];
        private int[] fieldStarts = new int[1024];
        private int[] firstField = new int[1024];
        private int events;
        private int fields;

        /** Adds the next event's fields, already folded. */
        void add(List<String> foldedFields) {
            if (events + 2 > eventStarts.length) {
                eventStarts = Arrays.copyOf(eventStarts, eventStarts.length * 2);
                firstField = Arrays.copyOf(firstField, firstField.length * 2);
            }
            eventStarts[events] = text.length();
            firstField[events] = fields;
            for (int i = 0; i < foldedFields.size(); i++) {
                if (fields + 1 > fieldStarts.length) {
                    fieldStarts = Arrays.copyOf(fieldStarts, fieldStarts.length * 2);
                }
                fieldStarts[fields++] = text.length();
                text.append(foldedFields.get(i)).append(i < foldedFields.size() - 1 ? FIELD_SEPARATOR
                        : EVENT_SEPARATOR);
            }
            events++;
        }

        FoldedColumn build() {
            eventStarts[events] = text.length();
            firstField[events] = fields;
            return new FoldedColumn(text.toString(), Arrays.copyOf(eventStarts, events + 1),
                    Arrays.copyOf(fieldStarts, fields), Arrays.copyOf(firstField, events + 1));
        }
    }
}
