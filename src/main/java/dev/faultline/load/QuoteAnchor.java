package dev.faultline.load;

import dev.faultline.model.TextRange;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Anchors a quote in its seed text: finds where it occurs verbatim, uses {@code occurrence} (1-based) to pick one of
 * several, and says plainly what is wrong when that fails, including the nearest passage when the quote is not there.
 */
final class QuoteAnchor {

    /** What went wrong, and which value the problem belongs to. */
    enum Culprit {
        QUOTE, OCCURRENCE
    }

    /** A range in the seed, or a problem with the value to report it at. */
    record Outcome(TextRange range, int occurrence, String problem, Culprit culprit) {
        boolean anchored() {
            return range != null;
        }

        static Outcome failed(String problem, Culprit culprit) {
            return new Outcome(null, 0, problem, culprit);
        }
    }

    private static final int MAX_COUNTED = 1000;

    private QuoteAnchor() {
    }

    /**
     * Anchors {@code quote} in {@code seed}. {@code occurrence} is null when the model gives none; it is then required
     * only if the quote occurs more than once.
     */
    static Outcome anchor(SeedText seed, String quote, Integer occurrence) {
        return anchor(seed, quote, occurrence, new WorkBudget(Long.MAX_VALUE, Long.MAX_VALUE / 4));
    }

    /**
     * Anchors {@code quote} in {@code seed}, spending {@code hints} on the nearest passage when the quote is not
     * there; once it is spent the message says the hint was skipped.
     */
    static Outcome anchor(SeedText seed, String quote, Integer occurrence, WorkBudget hints) {
        if (quote.isEmpty()) {
            return Outcome.failed("quote is empty", Culprit.QUOTE);
        }
        QuoteSearch.Found found = seed.search().find(quote, MAX_COUNTED);
        List<Integer> starts = found.starts();
        String source = "source \"" + seed.sourceId() + "\"";
        if (found.tooCommon()) {
            return Outcome.failed(String.format(java.util.Locale.ROOT, "quote occurs more than %,d times in %s; quote"
                    + " a longer passage, one that says which", QuoteSearch.MAX_LISTED, source), Culprit.QUOTE);
        }
        if (starts.isEmpty()) {
            return Outcome.failed("quote not found in " + source + " (" + seed.file() + ")"
                    + nearest(seed, quote, hints), Culprit.QUOTE);
        }
        if (occurrence == null) {
            if (starts.size() > 1) {
                return Outcome.failed("quote occurs " + times(starts.size()) + " in " + source + ", at " + lines(seed,
                        starts) + " of " + seed.file() + "; add \"occurrence\": " + (starts.size() == 2 ? "1 or 2"
                        : "1 to " + starts.size()) + " to say which", Culprit.QUOTE);
            }
            occurrence = 1;
        }
        if (occurrence > starts.size()) {
            return Outcome.failed("\"occurrence\": " + occurrence + " is out of range: the quote occurs "
                    + times(starts.size()) + " in " + source, Culprit.OCCURRENCE);
        }
        int start = starts.get(occurrence - 1);
        return new Outcome(new TextRange(start, start + quote.length()), occurrence, null, null);
    }

    /** Every start offset of {@code quote} in {@code text}, overlapping ones included (up to a sane cap). */
    static List<Integer> occurrences(String text, String quote) {
        return new QuoteSearch(text).occurrences(quote, MAX_COUNTED);
    }

    private static String nearest(SeedText seed, String quote, WorkBudget hints) {
        if (quote.length() > NearMatch.MAX_QUOTE) {
            return "";
        }
        if (!hints.spend(NearMatch.cost(seed.text(), quote))) {
            return "; nearest-passage hint skipped (this load's time for hints is spent)";
        }
        return NearMatch.find(seed.text(), quote).map(m -> {
            String passage = seed.text().substring(m.start(), m.end());
            String intro = m.distance() > quote.length() / 2 ? "; nothing in it is close (the nearest passage, line "
                    : "; nearest passage, line ";
            StringBuilder sb = new StringBuilder(intro).append(seed.lineOf(m.start())).append(": ")
                    .append(NearMatch.shown(passage, 160));
            if (m.distance() > quote.length() / 2) {
                return sb.append(")").toString();
            }
            String how = NearMatch.explain(quote, passage);
            if (!how.isEmpty()) {
                sb.append(" — it differs by ").append(how);
            }
            return sb.toString();
        }).orElse("");
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    private static String lines(SeedText seed, List<Integer> starts) {
        List<String> lines = starts.stream().limit(10).map(s -> String.valueOf(seed.lineOf(s))).toList();
        String list = lines.size() == 1 ? lines.get(0)
                : String.join(", ", lines.subList(0, lines.size() - 1)) + " and " + lines.get(lines.size() - 1);
        return (starts.size() == 1 ? "line " : "lines ") + list + (starts.size() > 10 ? " (and more)" : "");
    }
}
