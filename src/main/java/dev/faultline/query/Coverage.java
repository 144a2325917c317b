package dev.faultline.query;

import dev.faultline.model.Claim;
import dev.faultline.model.Disagreement;
import dev.faultline.model.Event;
import dev.faultline.model.Excerpt;
import dev.faultline.model.NonArticlePart;
import dev.faultline.model.Source;
import dev.faultline.model.TextRange;
import dev.faultline.model.TimelineModel;
import dev.faultline.model.UncitedPassage;
import dev.faultline.text.Sentences;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How much of each source's article text the model accounts for, sentence by sentence ({@link Sentences}). Non-article
 * parts are cut out before splitting, so they count neither way. A sentence is <em>cited</em> when an event's excerpt
 * or a disagreement's claim overlaps it, <em>set aside</em> when only a deliberately uncited passage does, and
 * <em>uncited</em> otherwise. Shared by {@code --coverage} and the source reader, so both say the same.
 */
public final class Coverage {

    /** What the model does with a sentence. */
    public enum Status {
        CITED, SET_ASIDE, UNCITED
    }

    /** One sentence of article text: where it is, its 1-based line, and the passage that sets it aside, if any. */
    public record Sentence(TextRange range, int line, Status status, UncitedPassage setAsideBy) {

        public Optional<UncitedPassage> setAside() {
            return Optional.ofNullable(setAsideBy);
        }
    }

    /** The sentences of one source, in text order, with their counts. */
    public record OfSource(Source source, List<Sentence> sentences) {

        public OfSource {
            sentences = List.copyOf(sentences);
        }

        public int total() {
            return sentences.size();
        }

        public int cited() {
            return count(Status.CITED);
        }

        /** Cited or set aside on purpose. */
        public int accountedFor() {
            return total() - count(Status.UNCITED);
        }

        public List<Sentence> uncited() {
            return sentences.stream().filter(s -> s.status() == Status.UNCITED).toList();
        }

        private int count(Status status) {
            return (int) sentences.stream().filter(s -> s.status() == status).count();
        }
    }

    private Coverage() {
    }

    /** Every source of the model, in file order. */
    public static List<OfSource> of(TimelineModel model) {
        return model.sources().stream().map(s -> of(model, s)).toList();
    }

    /** One source of the model. */
    public static OfSource of(TimelineModel model, Source source) {
        List<TextRange> cited = new ArrayList<>();
        for (Event event : model.events()) {
            citedRanges(event.excerpts(), source, cited);
        }
        for (Disagreement disagreement : model.disagreements()) {
            citedRanges(disagreement.claims().stream().map(Claim::excerpt).toList(), source, cited);
        }
        List<UncitedPassage> setAside = model.uncitedIn(source.id());
        List<Sentence> sentences = new ArrayList<>();
        String text = source.text();
        LineIndex lines = new LineIndex(text);
        for (TextRange article : articleRanges(source)) {
            for (TextRange range : Sentences.split(text, article.start(), article.end())) {
                Status status = Status.CITED;
                UncitedPassage by = null;
                if (cited.stream().noneMatch(range::overlaps)) {
                    by = setAside.stream().filter(u -> u.range().overlaps(range)).findFirst().orElse(null);
                    status = by == null ? Status.UNCITED : Status.SET_ASIDE;
                }
                sentences.add(new Sentence(range, lines.lineOf(range.start()), status, by));
            }
        }
        return new OfSource(source, sentences);
    }

    private static void citedRanges(List<Excerpt> excerpts, Source source, List<TextRange> into) {
        for (Excerpt x : excerpts) {
            if (x.sourceId().equals(source.id())) {
                into.add(x.range());
            }
        }
    }

    /** The source's text with its non-article parts cut out, as ranges in text order. */
    static List<TextRange> articleRanges(Source source) {
        List<TextRange> parts = source.nonArticle().stream().map(NonArticlePart::range)
                .sorted(Comparator.naturalOrder()).toList();
        List<TextRange> article = new ArrayList<>();
        int at = 0;
        for (TextRange part : parts) {
            if (part.start() > at) {
                article.add(new TextRange(at, part.start()));
            }
            at = Math.max(at, part.end());
        }
        if (at < source.text().length()) {
            article.add(new TextRange(at, source.text().length()));
        }
        return article;
    }

    /** 1-based line numbers by binary search over line starts. */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                list.add(i + 1);
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(int offset) {
            int i = Arrays.binarySearch(starts, offset);
            return i >= 0 ? i + 1 : -i - 1;
        }
    }
}
