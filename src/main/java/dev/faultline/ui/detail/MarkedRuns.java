package dev.faultline.ui.detail;

import dev.faultline.model.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cuts a stretch of source text into runs at every edge of the marks laid over it (a cited passage, the selected
 * passage, find matches), so that each run is covered by the same marks all along and can be drawn as one styled
 * Text node. Pure Java.
 */
final class MarkedRuns {

    private MarkedRuns() {
    }

    /** A mark over a range of source text: the style class it gives, and whatever its owner attaches to it. */
    record Mark(TextRange range, String styleClass, Object tag) {
        Mark {
            Objects.requireNonNull(range, "range");
            Objects.requireNonNull(styleClass, "styleClass");
        }
    }

    /** A run of text covered all along by the same marks. */
    record Run(TextRange range, List<Mark> marks) {

        /** The style classes of its marks, each once. */
        Set<String> styleClasses() {
            Set<String> classes = new LinkedHashSet<>();
            marks.forEach(m -> classes.add(m.styleClass()));
            return classes;
        }

        /** The tags of its marks of one style class. */
        List<Object> tags(String styleClass) {
            return marks.stream().filter(m -> m.styleClass().equals(styleClass)).map(Mark::tag)
                    .filter(Objects::nonNull).toList();
        }
    }

    /** The runs that make up {@code range}, in order, covering it exactly; marks outside it are ignored. */
    static List<Run> split(TextRange range, List<Mark> marks) {
        TreeSet<Integer> edges = new TreeSet<>();
        edges.add(range.start());
        edges.add(range.end());
        List<Mark> relevant = new ArrayList<>();
        for (Mark m : marks) {
            if (m.range().overlaps(range)) {
                relevant.add(m);
                edges.add(Math.max(range.start(), m.range().start()));
                edges.add(Math.min(range.end(), m.range().end()));
            }
        }
        List<Run> runs = new ArrayList<>();
        Integer from = edges.first();
        for (Integer to : edges.tailSet(from, false)) {
            TextRange piece = new TextRange(from, to);
            List<Mark> covering = relevant.stream().filter(m -> m.range().overlaps(piece)).toList();
            runs.add(new Run(piece, covering));
            from = to;
        }
        return runs;
    }
}
