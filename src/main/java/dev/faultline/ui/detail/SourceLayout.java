package dev.faultline.ui.detail;

import dev.faultline.model.NonArticlePart;
import dev.faultline.model.Source;
import dev.faultline.model.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a source's text is cut up for reading: paragraphs at line breaks (blank lines dropped, spaces at either end
 * left out), gathered into blocks, where each part that is not article text (an advertisement, an AI preamble, an
 * image link) is a block of its own so the reader can set it apart. Every range is a range of the source text as
 * written. Also finds the Markdown bold markers ({@code **}) the seeds carry, which the reader draws faintly. Pure
 * Java.
 */
final class SourceLayout {

    private SourceLayout() {
    }

    /** A paragraph: its range, and whether the whole of it is wrapped in {@code **…**} (a heading in the seeds). */
    record Paragraph(TextRange range, boolean heading) {
    }

    /** Consecutive paragraphs: article text when {@code part} is null, otherwise all of one non-article part. */
    record Block(NonArticlePart part, List<Paragraph> paragraphs) {
        Block {
            paragraphs = List.copyOf(paragraphs);
        }

        boolean isArticle() {
            return part == null;
        }
    }

    /** The blocks of a source, in text order. */
    static List<Block> blocks(Source source) {
        String text = source.text();
        List<NonArticlePart> parts = new ArrayList<>(source.nonArticle());
        parts.sort(Comparator.comparing(NonArticlePart::range));
        List<Block> blocks = new ArrayList<>();
        List<Paragraph> article = new ArrayList<>();
        int p = 0;
        int nextPart = 0;
        while (p < text.length()) {
            while (nextPart < parts.size() && parts.get(nextPart).range().end() <= p) {
                nextPart++;
            }
            NonArticlePart part = nextPart < parts.size() ? parts.get(nextPart) : null;
            if (part != null && part.range().start() <= p) {
                if (!article.isEmpty()) {
                    blocks.add(new Block(null, article));
                    article = new ArrayList<>();
                }
                blocks.add(new Block(part, paragraphs(text, new TextRange(p, part.range().end()))));
                p = part.range().end();
                nextPart++;
                continue;
            }
            int lineEnd = text.indexOf('\n', p);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int end = part != null ? Math.min(lineEnd, part.range().start()) : lineEnd;
            paragraph(text, p, end).ifPresent(article::add);
            p = end == lineEnd ? end + 1 : end;
        }
        if (!article.isEmpty()) {
            blocks.add(new Block(null, article));
        }
        return blocks;
    }

    /** The paragraphs of a range, one per non-blank line. */
    static List<Paragraph> paragraphs(String text, TextRange range) {
        List<Paragraph> list = new ArrayList<>();
        int p = range.start();
        while (p < range.end()) {
            int lineEnd = text.indexOf('\n', p);
            if (lineEnd < 0 || lineEnd > range.end()) {
                lineEnd = range.end();
            }
            paragraph(text, p, lineEnd).ifPresent(list::add);
            p = lineEnd + 1;
        }
        return list;
    }

    private static java.util.Optional<Paragraph> paragraph(String text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return java.util.Optional.empty();
        }
        String s = text.substring(start, end);
        boolean heading = s.length() > 4 && s.startsWith("**") && s.endsWith("**");
        return java.util.Optional.of(new Paragraph(new TextRange(start, end), heading));
    }

    /** The {@code **} markers inside a range, as ranges. */
    static List<TextRange> boldMarkers(String text, TextRange range) {
        List<TextRange> markers = new ArrayList<>();
        int at = text.indexOf("**", range.start());
        while (at >= 0 && at + 2 <= range.end()) {
            markers.add(new TextRange(at, at + 2));
            at = text.indexOf("**", at + 2);
        }
        return markers;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
