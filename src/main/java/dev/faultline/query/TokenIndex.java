package dev.faultline.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which events hold which tokens of their folded text: every Latin-script word (runs of letters and digits), and every
 * single character (ideographs, kana and hangul, which are written without spaces, and the letters of words too).
 * It narrows a search term to the events that could contain it; for a term that is one whole token the narrowing is
 * the answer. Immutable once built.
 */
final class TokenIndex {

    private static final byte SEPARATOR = 0;
    private static final byte WORD = 1;
    private static final byte SINGLE = 2;
    /** Character classes, looked up rather than computed: classifying is most of indexing's work. */
    private static final byte[] CHAR_CLASS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            CHAR_CLASS[c] = classify((char) c);
        }
    }

    /** What narrowing a term gave: the events that may hold it, and whether they certainly do. */
    record Candidates(BitSet events, boolean exact) {
    }

    private final int eventCount;
    private final String[] vocabulary;
    private final Postings[] vocabularyPostings;
    private final Postings[] charPostings;
    /**
     * Events by pair of adjacent ideographs, for pairs of common ones only (each in over half the events): text
     * made of common characters is where a sweep finds the most false starts, and the pairs of rarer characters are
     * too many to be worth their memory. Keyed by {@code first << 16 | second}.
     */
    private final Map<Integer, Postings> commonPairs;
    /** How often each character occurs in all the text indexed, and how many characters that is. */
    private final int[] occurrences;
    private final long totalChars;

    private TokenIndex(int eventCount, String[] vocabulary, Postings[] vocabularyPostings, Postings[] charPostings,
            Map<Integer, Postings> commonPairs, int[] occurrences, long totalChars) {
        this.eventCount = eventCount;
        this.vocabulary = vocabulary;
        this.vocabularyPostings = vocabularyPostings;
        this.charPostings = charPostings;
        this.commonPairs = commonPairs;
        this.occurrences = occurrences;
        this.totalChars = totalChars;
    }

    /** True when more than half the events hold the character. */
    private static boolean isCommon(Postings p, int eventCount) {
        return p != null && p.size() > eventCount / 2;
    }

    /** Ideographs, kana, hangul and surrogates: indexed, and searched, a character at a time. */
    static boolean isSingleCharToken(char c) {
        return CHAR_CLASS[c] == SINGLE;
    }

    private static boolean isWordChar(char c) {
        return CHAR_CLASS[c] == WORD;
    }

    private static byte classify(char c) {
        if (Character.isSurrogate(c)) {
            return SINGLE;
        }
        if (c >= 0x2E80) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
                return SINGLE;
            }
        }
        return Character.isLetterOrDigit(c) ? WORD : SEPARATOR;
    }

    /**
     * The events among {@code within} that may contain a folded term: those holding each of its tokens (for a word
     * inside the term, a word containing it). Exact when the term is one whole token.
     */
    Candidates candidates(String term, BitSet within) {
        List<String> pieces = pieces(term);
        BitSet events = (BitSet) within.clone();
        for (String piece : pieces) {
            if (events.isEmpty()) {
                break;
            }
            events.and(holding(piece));
        }
        boolean exact = pieces.size() == 1 && pieces.get(0).length() == term.length();
        for (int i = 0; i + 1 < term.length() && !events.isEmpty(); i++) {
            char a = term.charAt(i);
            char b = term.charAt(i + 1);
            if (isSingleCharToken(a) && isSingleCharToken(b) && isCommon(charPostings[a], eventCount)
                    && isCommon(charPostings[b], eventCount)) {
                events.and(commonPairs.getOrDefault(a << 16 | b, Postings.NONE).toBitSet());
                exact |= term.length() == 2;
            }
        }
        return new Candidates(events, exact || events.isEmpty());
    }

    /** Events holding a piece of a term: one character, or a word that contains the piece. */
    private BitSet holding(String piece) {
        BitSet bits = new BitSet(eventCount);
        if (piece.length() == 1) {
            Postings p = charPostings[piece.charAt(0)];
            if (p != null) {
                p.orInto(bits);
            }
            return bits;
        }
        for (int i = 0; i < vocabulary.length; i++) {
            if (vocabulary[i].contains(piece)) {
                vocabularyPostings[i].orInto(bits);
            }
        }
        return bits;
    }

    /**
     * The position in a folded term of its least frequent character, to look for first when confirming the term in
     * text; -1 when even that one is so frequent (over one character in 16) that looking for the whole term at once
     * is faster.
     */
    int rarestCharacter(String term) {
        int best = 0;
        for (int i = 1; i < term.length(); i++) {
            if (occurrences[term.charAt(i)] < occurrences[term.charAt(best)]) {
                best = i;
            }
        }
        return occurrences[term.charAt(best)] * 16L > totalChars ? -1 : best;
    }

    /** The tokens of a folded term: its runs of word characters, and its ideographs one by one. */
    static List<String> pieces(String term) {
        List<String> pieces = new ArrayList<>();
        int i = 0;
        while (i < term.length()) {
            char c = term.charAt(i);
            if (isSingleCharToken(c)) {
                pieces.add(String.valueOf(c));
                i++;
            } else if (isWordChar(c)) {
                int j = i;
                while (j < term.length() && isWordChar(term.charAt(j))) {
                    j++;
                }
                pieces.add(term.substring(i, j));
                i = j;
            } else {
                i++;
            }
        }
        return pieces;
    }

    /** Collects the tokens of each event's folded text, events in ascending order. */
    static final class Builder {
        private final Map<String, Postings.Builder> words = new HashMap<>();
        private final Postings.Builder[] chars = new Postings.Builder[Character.MAX_VALUE + 1];
        private final int[] occurrences = new int[Character.MAX_VALUE + 1];
        private long totalChars;

        /** Indexes one event's folded text: every word, and every character of words and ideographs alike. */
        void add(int ordinal, CharSequence text) {
            totalChars += text.length();
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (occurrences[c] < Integer.MAX_VALUE) {
                    occurrences[c]++;
                }
            }
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (isSingleCharToken(c)) {
                    addChar(c, ordinal);
                    i++;
                } else if (isWordChar(c)) {
                    int j = i;
                    while (j < text.length() && isWordChar(text.charAt(j))) {
                        addChar(text.charAt(j), ordinal);
                        j++;
                    }
                    words.computeIfAbsent(text.subSequence(i, j).toString(), k -> new Postings.Builder())
                            .add(ordinal);
                    i = j;
                } else {
                    i++;
                }
            }
        }

        private void addChar(char c, int ordinal) {
            Postings.Builder b = chars[c];
            if (b == null) {
                b = new Postings.Builder();
                chars[c] = b;
            }
            b.add(ordinal);
        }

        /**
         * The index, with the pairs of common ideographs collected from the columns' text (the columns hold the
         * same folded text, event by event, that was added here).
         */
        TokenIndex build(int eventCount, List<FoldedColumn> columns) {
            String[] vocabulary = words.keySet().toArray(String[]::new);
            Arrays.sort(vocabulary);
            Postings[] vocabularyPostings = new Postings[vocabulary.length];
            for (int i = 0; i < vocabulary.length; i++) {
                vocabularyPostings[i] = words.get(vocabulary[i]).build(eventCount);
            }
            Postings[] charPostings = new Postings[Character.MAX_VALUE + 1];
            for (int c = 0; c < chars.length; c++) {
                if (chars[c] != null) {
                    charPostings[c] = chars[c].build(eventCount);
                }
            }
            // Number the common ideographs, so that pairs of them index a plain array.
            int[] commonIndex = new int[Character.MAX_VALUE + 1];
            List<Character> common = new ArrayList<>();
            for (int c = 0; c < commonIndex.length; c++) {
                boolean isCommon = isSingleCharToken((char) c) && isCommon(charPostings[c], eventCount);
                commonIndex[c] = isCommon ? common.size() : -1;
                if (isCommon) {
                    common.add((char) c);
                }
            }
            int k = common.size();
            Postings.Builder[] pairs = new Postings.Builder[k * k];
            if (k > 0) {
                FoldedColumn.EventText visitor = (ordinal, text, start, end) -> {
                    for (int i = start; i + 1 < end; i++) {
                        int a = commonIndex[text.charAt(i)];
                        int b = a < 0 ? -1 : commonIndex[text.charAt(i + 1)];
                        if (b >= 0) {
                            Postings.Builder p = pairs[a * k + b];
                            if (p == null) {
                                p = new Postings.Builder();
                                pairs[a * k + b] = p;
                            }
                            p.add(ordinal);
                        }
                    }
                };
                // Event by event across the columns, so that each pair's events arrive in ascending order.
                for (int o = 0; o < eventCount; o++) {
                    for (FoldedColumn column : columns) {
                        column.visitEvent(o, visitor);
                    }
                }
            }
            Map<Integer, Postings> commonPairs = new HashMap<>();
            for (int i = 0; i < pairs.length; i++) {
                if (pairs[i] != null) {
                    commonPairs.put(common.get(i / k) << 16 | common.get(i % k), pairs[i].build(eventCount));
                }
            }
            return new TokenIndex(eventCount, vocabulary, vocabularyPostings, charPostings, commonPairs, occurrences,
                    totalChars);
        }
    }
}
