package dev.faultline.load;

import dev.faultline.model.TimelineModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What loading a model file gave: the model, present only when there were no errors; the problems found, in file
 * order (at most {@link #MAX_LISTED} of them: a hostile file can hold millions, and listing them would cost more
 * memory than the model); how many more there were; and counts of what was read, for the validator's summary line
 * (they count what was read even when the model has errors).
 */
public record LoadResult(Optional<TimelineModel> model, List<Problem> problems, Counts counts, Unlisted unlisted) {

    /** The most problems listed; the rest are only counted. */
    public static final int MAX_LISTED = 1000;

    /** How many of each thing the file holds, and how many quotes were anchored to their seed text. */
    public record Counts(int events, int people, int sources, int anchoredExcerpts) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);
    }

    /** Problems found beyond the listed ones, counted but not kept. */
    public record Unlisted(long errors, long warnings) {
        public static final Unlisted NONE = new Unlisted(0, 0);

        public long total() {
            return errors + warnings;
        }
    }

    public LoadResult {
        problems = List.copyOf(problems);
        if (model.isPresent() && (unlisted.errors() > 0 || problems.stream().anyMatch(Problem::isError))) {
            throw new IllegalArgumentException("a model with errors must not be handed out");
        }
    }

    /** A result whose problems are all listed. */
    public LoadResult(Optional<TimelineModel> model, List<Problem> problems, Counts counts) {
        this(model, problems, counts, Unlisted.NONE);
    }

    /** The listed errors. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** The listed warnings. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** Every error found, listed or not. */
    public long errorCount() {
        return problems.stream().filter(Problem::isError).count() + unlisted.errors();
    }

    /** Every warning found, listed or not. */
    public long warningCount() {
        return problems.stream().filter(p -> !p.isError()).count() + unlisted.warnings();
    }

    /** A line saying how many problems were left out of the list, when some were. */
    public Optional<String> unlistedNote() {
        if (unlisted.total() == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "… and %,d more %s (%,d %s, %,d %s) not listed; only the first"
                + " %,d are", unlisted.total(), unlisted.total() == 1 ? "problem" : "problems", unlisted.errors(),
                unlisted.errors() == 1 ? "error" : "errors", unlisted.warnings(),
                unlisted.warnings() == 1 ? "warning" : "warnings", MAX_LISTED));
    }

    public boolean isValid() {
        return model.isPresent();
    }
}
