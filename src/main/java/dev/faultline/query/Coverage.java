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
        for (Event event : model.eventsCiting(source.id())) { // not every event: a million would be scanned per source
            citedRanges(event.excerpts(), source, cited);
        }
        for (Disagreement disagreement : model.disagreements()) {
            citedRanges(disagreement.claims().stream().map(Claim::excerpt).toList(), source, cited);
        }
        List<UncitedPassage> setAside = model.uncitedIn(source.id());
        String text = source.text();
        List<TextRange> ranges = new ArrayList<>();
        for (TextRange article : articleRanges(source)) {
            ranges.addAll(Sentences.split(text, article.start(), article.end()));
        }
        // Sentences come in text order and do not overlap, so each lookup below is a binary search, not a scan of
        // every excerpt: a generated seed has 50,000 sentences and as many excerpts.
        TextRange[] union = union(cited);
        UncitedPassage[] by = firstSetAside(ranges, setAside);
        List<Sentence> sentences = new ArrayList<>(ranges.size());
        LineIndex lines = new LineIndex(text);
        for (int i = 0; i < ranges.size(); i++) {
            TextRange range = ranges.get(i);
            Status status = Status.CITED;
            UncitedPassage setAsideBy = null;
            if (!overlapsAny(union, range)) {
                setAsideBy = by[i];
                status = setAsideBy == null ? Status.UNCITED : Status.SET_ASIDE;
            }
            sentences.add(new Sentence(range, lines.lineOf(range.start()), status, setAsideBy));
        }
        return new OfSource(source, sentences);
    }

    /** The ranges merged into disjoint ones, in order (touching ranges stay apart: they do not overlap). */
    private static TextRange[] union(List<TextRange> ranges) {
        List<TextRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(TextRange::start));
        List<TextRange> merged = new ArrayList<>();
        for (TextRange r : sorted) {
            TextRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r.start() < last.end()) {
                merged.set(merged.size() - 1, new TextRange(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return merged.toArray(TextRange[]::new);
    }

    /** Whether {@code range} overlaps any of the disjoint, ordered {@code union}. */
    private static boolean overlapsAny(TextRange[] union, TextRange range) {
        // The last range starting before this one ends is the only candidate: the union's ends grow with its starts.
        int lo = 0;
        int hi = union.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (union[mid].start() < range.end()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && union[lo - 1].overlaps(range);
    }

    /**
     * For each sentence (in text order, disjoint), the first set-aside passage of the model's list that overlaps it,
     * or null. Each passage claims the unclaimed sentences it overlaps, skipping claimed ones through a
     * path-compressed "next unclaimed" array, so the work is linear whatever the passages.
     */
    private static UncitedPassage[] firstSetAside(List<TextRange> sentences, List<UncitedPassage> setAside) {
        int n = sentences.size();
        UncitedPassage[] by = new UncitedPassage[n];
        int[] nextUnclaimed = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            nextUnclaimed[i] = i;
        }
        for (UncitedPassage u : setAside) {
            int lo = 0;
            int hi = n;
            while (lo < hi) { // the first sentence ending after the passage starts
                int mid = (lo + hi) >>> 1;
                if (sentences.get(mid).end() <= u.range().start()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = find(nextUnclaimed, lo); i < n && sentences.get(i).start() < u.range().end();
                    i = find(nextUnclaimed, i + 1)) {
                if (sentences.get(i).overlaps(u.range())) {
                    by[i] = u;
                    nextUnclaimed[i] = i + 1;
                }
            }
        }
        return by;
    }

    private static int find(int[] next, int i) {
        int root = i;
        while (next[root] != root) {
            root = next[root];
        }
        while (next[i] != root) {
            int up = next[i];
            next[i] = root;
            i = up;
        }
        return root;
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
