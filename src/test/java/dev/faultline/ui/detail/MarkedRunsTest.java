package dev.faultline.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkedRunsTest {

    @Test
    void overlappingMarksCutTheTextAtEveryEdgeAndEachRunKnowsWhatCoversIt() {
        MarkedRuns.Mark cited = new MarkedRuns.Mark(new TextRange(5, 15), "cited-passage", "event-a");
        MarkedRuns.Mark selected = new MarkedRuns.Mark(new TextRange(10, 20), "selected-passage", null);

        List<MarkedRuns.Run> runs = MarkedRuns.split(new TextRange(0, 25), List.of(cited, selected));

        assertThat(runs).extracting(MarkedRuns.Run::range).containsExactly(new TextRange(0, 5),
                new TextRange(5, 10), new TextRange(10, 15), new TextRange(15, 20), new TextRange(20, 25));
        assertThat(runs.get(0).styleClasses()).isEmpty();
        assertThat(runs.get(2).styleClasses()).containsExactlyInAnyOrder("cited-passage", "selected-passage");
        assertThat(runs.get(2).tags("cited-passage")).containsExactly("event-a");
        assertThat(runs.get(3).styleClasses()).containsExactly("selected-passage");
    }

    @Test
    void marksOutsideTheRangeAreIgnoredAndMarksAcrossItsEdgesAreClipped() {
        MarkedRuns.Mark before = new MarkedRuns.Mark(new TextRange(0, 3), "find-match", null);
        MarkedRuns.Mark across = new MarkedRuns.Mark(new TextRange(8, 30), "find-match", null);

        List<MarkedRuns.Run> runs = MarkedRuns.split(new TextRange(5, 12), List.of(before, across));

        assertThat(runs).extracting(MarkedRuns.Run::range).containsExactly(new TextRange(5, 8),
                new TextRange(8, 12));
        assertThat(runs.get(0).marks()).isEmpty();
    }

    @Test
    void anUnmarkedRangeIsOneRun() {
        assertThat(MarkedRuns.split(new TextRange(3, 9), List.of())).singleElement()
                .extracting(MarkedRuns.Run::range).isEqualTo(new TextRange(3, 9));
    }
}
