package dev.faultline.query;

import dev.faultline.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * A short stretch of text around a search hit, on one line, with the ranges of the query's terms in it to highlight.
 * An ellipsis ({@code …}) marks where the stretch was cut from a longer text.
 */
public record Snippet(String text, List<TextRange> highlights) {

    static final String ELLIPSIS = "…";

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /**
     * The stretch of {@code text} from {@code before} characters before {@code hitStart} to {@code after} characters
     * after it, with every occurrence of the terms in it highlighted. {@code folded} is the folded text, of the same
     * length as {@code text}.
     */
    static Snippet around(String text, String folded, List<String> terms, int hitStart, int before, int after) {
        int start = Math.max(0, hitStart - before);
        int end = Math.min(text.length(), hitStart + after);
        // Never cut a surrogate pair in half.
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        String prefix = start > 0 ? ELLIPSIS : "";
        String suffix = end < text.length() ? ELLIPSIS : "";
        String body = oneLine(text.substring(start, end));
        List<TextRange> ranges = highlights(folded.substring(start, end), terms, prefix.length());
        return new Snippet(prefix + body + suffix, ranges);
    }

    /** The whole of a short text (a title, a name), with its hits highlighted. */
    static Snippet whole(String text, String folded, List<String> terms) {
        return new Snippet(oneLine(text), highlights(folded, terms, 0));
    }

    /** The ranges of every occurrence of any term, overlaps merged, in order, shifted by {@code shift}. */
    static List<TextRange> highlights(String folded, List<String> terms, int shift) {
        boolean[] marked = new boolean[folded.length()];
        for (String term : terms) {
            int at = folded.indexOf(term);
            while (at >= 0) {
                for (int i = at; i < at + term.length(); i++) {
                    marked[i] = true;
                }
                at = folded.indexOf(term, at + 1);
            }
        }
        List<TextRange> ranges = new ArrayList<>();
        int i = 0;
        while (i < marked.length) {
            if (marked[i]) {
                int s = i;
                while (i < marked.length && marked[i]) {
                    i++;
                }
                ranges.add(new TextRange(s + shift, i + shift));
            } else {
                i++;
            }
        }
        return ranges;
    }

    /** Line breaks and tabs as spaces, which keeps the length and so the highlight offsets. */
    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
