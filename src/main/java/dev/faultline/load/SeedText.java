package dev.faultline.load;

import java.util.Arrays;

/**
 * A source's seed text as read, with its file's display name, a line index for messages, and its quote search (which
 * indexes the text once it is quoted often).
 */
record SeedText(String sourceId, String file, String text, int[] lineStarts, QuoteSearch search) {

    static SeedText of(String sourceId, String file, String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return new SeedText(sourceId, file, text, Arrays.copyOf(starts, count), new QuoteSearch(text));
    }

    /** The 1-based line holding a UTF-16 offset. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based column of a UTF-16 offset in its line. */
    int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }
}
