package dev.faultline.load;

import dev.faultline.model.TimelineModel;
import java.util.List;
import java.util.Optional;

/**
 * What loading a model file gave: the model, present only when there were no errors; every problem found, in file
 * order; and counts of what was read, for the validator's summary line (they count what was read even when the model
 * has errors).
 */
public record LoadResult(Optional<TimelineModel> model, List<Problem> problems, Counts counts) {

    /** How many of each thing the file holds, and how many quotes were anchored to their seed text. */
    public record Counts(int events, int people, int sources, int anchoredExcerpts) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);
    }

    public LoadResult {
        problems = List.copyOf(problems);
        if (model.isPresent() && problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("a model with errors must not be handed out");
        }
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public boolean isValid() {
        return model.isPresent();
    }
}
