package dev.faultline.text;

import dev.faultline.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The stretch of text a reader needs to see a passage in place: the paragraph around it (paragraphs end at line
 * breaks), cut down to a few whole sentences either side, and to a number of characters either side for paragraphs
 * that run on without a sentence end. Offsets are those of the whole text, so the passage can be highlighted inside
 * the context and the context itself found again in the source.
 */
public final class PassageContext {

    /** Sentences kept either side of the passage when no other number is asked for. */
    public static final int DEFAULT_SENTENCES = 2;
    /** Characters kept at most either side of the passage when no other number is asked for. */
    public static final int DEFAULT_MAX_CHARS = 220;

    private static final String TERMINATORS = "。！？!?…．";
    // Closing quotes and brackets after a terminator still belong to the sentence it ends: 「……。」
    private static final String CLOSERS = "」』”’）)\"'》〉】〕]";

    private final String text;
    private final TextRange paragraph;
    private final TextRange context;
    private final TextRange focus;

    private PassageContext(String text, TextRange paragraph, TextRange context, TextRange focus) {
        this.text = text;
        this.paragraph = paragraph;
        this.context = context;
        this.focus = focus;
    }

    /** The context around {@code focus} with {@link #DEFAULT_SENTENCES} sentences either side. */
    public static PassageContext around(String text, TextRange focus) {
        return around(text, focus, DEFAULT_SENTENCES, DEFAULT_MAX_CHARS);
    }

    /**
     * The context around {@code focus}: its paragraph, keeping at most {@code sentencesEachSide} whole sentences
     * before the sentence the passage starts in and after the one it ends in, and at most {@code maxCharsEachSide}
     * characters either side of the passage.
     *
     * @throws IllegalArgumentException when the range is not inside the text
     */
    public static PassageContext around(String text, TextRange focus, int sentencesEachSide, int maxCharsEachSide) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(focus, "focus");
        if (focus.end() > text.length()) {
            throw new IllegalArgumentException("range " + focus + " is outside a text of " + text.length() + " chars");
        }
        if (sentencesEachSide < 0 || maxCharsEachSide < 0) {
            throw new IllegalArgumentException("negative limits");
        }
        TextRange paragraph = paragraphAround(text, focus);

        int start = paragraph.start();
        List<Integer> starts = sentenceStarts(text, paragraph.start(), focus.start());
        // starts holds every sentence start up to the passage; the last one opens the passage's own sentence.
        if (starts.size() > sentencesEachSide) {
            start = starts.get(starts.size() - 1 - sentencesEachSide);
        }
        if (focus.start() - start > maxCharsEachSide) {
            start = safeCut(text, focus.start() - maxCharsEachSide);
        }

        int end = paragraph.end();
        List<Integer> ends = sentenceEnds(text, focus.end(), paragraph.end(), sentencesEachSide + 1);
        // ends[0] closes the passage's own sentence; each further one closes a sentence after it.
        if (ends.size() > sentencesEachSide) {
            end = ends.get(sentencesEachSide);
        }
        if (end - focus.end() > maxCharsEachSide) {
            end = safeCut(text, focus.end() + maxCharsEachSide);
        }

        while (start < focus.start() && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > focus.end() && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new PassageContext(text, paragraph, new TextRange(start, end), focus);
    }

    /**
     * The paragraph holding a range: from the line break before its start to the line break after its end (a range
     * that itself spans line breaks gets every line it touches), without the spaces at either end.
     */
    public static TextRange paragraphAround(String text, TextRange range) {
        int start = text.lastIndexOf('\n', range.start() - 1) + 1;
        int end;
        if (range.length() > 0 && text.charAt(range.end() - 1) == '\n') {
            end = range.end();
        } else {
            end = text.indexOf('\n', range.end());
            if (end < 0) {
                end = text.length();
            }
        }
        while (start < range.start() && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > range.end() && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new TextRange(start, end);
    }

    /** Sentence starts in {@code (from, to]}, plus {@code from} itself, ascending. */
    private static List<Integer> sentenceStarts(String text, int from, int to) {
        List<Integer> starts = new ArrayList<>();
        starts.add(from);
        int i = from;
        while (i < to) {
            int afterEnd = endOfTerminatorRun(text, i);
            if (afterEnd == i) {
                i++;
                continue;
            }
            if (afterEnd <= to) {
                int next = afterEnd;
                while (next < to && isSpace(text.charAt(next))) {
                    next++;
                }
                starts.add(next);
            }
            i = afterEnd;
        }
        return starts;
    }

    /** Up to {@code limit} sentence ends in {@code [from, to]}, ascending; a sentence end is exclusive. */
    private static List<Integer> sentenceEnds(String text, int from, int to, int limit) {
        List<Integer> ends = new ArrayList<>();
        // The passage may itself close its sentence ("…位置。"), or close it with a closer after it.
        int back = from;
        while (back > 0 && CLOSERS.indexOf(text.charAt(back - 1)) >= 0) {
            back--;
        }
        if (back > 0 && isTerminatorAt(text, back - 1)) {
            int closed = from;
            while (closed < to && CLOSERS.indexOf(text.charAt(closed)) >= 0) {
                closed++;
            }
            ends.add(closed);
            from = closed;
        }
        int i = from;
        while (i < to && ends.size() < limit) {
            int afterEnd = endOfTerminatorRun(text, i);
            if (afterEnd > i) {
                ends.add(Math.min(afterEnd, to));
                i = afterEnd;
            } else {
                i++;
            }
        }
        return ends;
    }

    /** When a sentence ends at {@code i}: the offset just after its terminators and closers; otherwise {@code i}. */
    private static int endOfTerminatorRun(String text, int i) {
        if (!isTerminatorAt(text, i)) {
            return i;
        }
        int j = i + 1;
        while (j < text.length() && TERMINATORS.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        while (j < text.length() && CLOSERS.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j;
    }

    private static boolean isTerminatorAt(String text, int i) {
        char c = text.charAt(i);
        if (TERMINATORS.indexOf(c) >= 0) {
            return true;
        }
        // A Latin full stop ends a sentence only before a space or the end: not in "1.5", "GPT-4.5" or "vocus.cc".
        return c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** An offset at or next to {@code i} that does not split a surrogate pair. */
    private static int safeCut(String text, int i) {
        if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
                && Character.isHighSurrogate(text.charAt(i - 1))) {
            return i + 1;
        }
        return i;
    }

    /** The whole range shown: the passage and what is kept around it. */
    public TextRange context() {
        return context;
    }

    /** The passage itself. */
    public TextRange focus() {
        return focus;
    }

    /** The paragraph the passage stands in (whole, before trimming). */
    public TextRange paragraph() {
        return paragraph;
    }

    /** The text shown before the passage. */
    public String before() {
        return text.substring(context.start(), focus.start());
    }

    /** The passage's own text. */
    public String focusText() {
        return text.substring(focus.start(), focus.end());
    }

    /** The text shown after the passage. */
    public String after() {
        return text.substring(focus.end(), context.end());
    }

    /** True when the paragraph goes on before the context (a reader is shown an ellipsis). */
    public boolean cutAtStart() {
        return context.start() > paragraph.start();
    }

    /** True when the paragraph goes on after the context. */
    public boolean cutAtEnd() {
        return context.end() < paragraph.end();
    }

    @Override
    public String toString() {
        return "PassageContext[" + context + " around " + focus + "]";
    }
}
