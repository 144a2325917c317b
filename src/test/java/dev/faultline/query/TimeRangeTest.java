package dev.faultline.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The time range: an event matches when its span, at its own precision, overlaps [from's first day, to's last day].
 * A month-precision event covers its whole month, a year-precision one its whole year.
 */
class TimeRangeTest {

    private final SearchIndex index = SearchIndex.build(SeedModel.build());

    private List<String> between(String from, String to) {
        return index.apply(EventFilter.NONE.withRange(from == null ? null : PartialDate.parse(from),
                to == null ? null : PartialDate.parse(to))).ids();
    }

    @Test
    void aMonthPrecisionEventOverlapsAnyDayOfItsMonth() {
        assertThat(between("2023-11-17", "2023-11-17")).containsExactly("board-doubts", "altman-fired");
    }

    @Test
    void aYearPrecisionEventOverlapsAnyMonthOfItsYear() {
        assertThat(between("2024-05", "2024-06")).containsExactly("ssi-founded");
    }

    @Test
    void aMonthBoundIncludesTheWholeMonth() {
        assertThat(between("2023-11", "2023-11")).containsExactly("board-doubts", "apec-remarks", "altman-fired",
                "nadella-offer", "investors-press-board", "employee-letter", "altman-returns");
    }

    @Test
    void aRangeEventMatchesWhenOnlyItsLastDayIsInRange() {
        assertThat(between("2023-11-22", "2023-11-30")).containsExactly("board-doubts", "altman-returns");
    }

    @Test
    void anEventTheDayBeforeTheRangeIsOut() {
        assertThat(between("2024-08-07", null)).containsExactly("ssi-founded", "brockman-leave", "murati-leaves");
    }

    @Test
    void anEventTheDayAfterTheRangeIsOut() {
        assertThat(between(null, "2023-11-16")).containsExactly("microsoft-investment", "board-doubts",
                "apec-remarks");
    }

    @Test
    void yearBoundsCoverWholeYears() {
        assertThat(between("2019", "2019")).containsExactly("microsoft-investment");
        assertThat(between("2024", null)).hasSize(4);
        assertThat(between(null, "2022")).containsExactly("microsoft-investment");
    }

    @Test
    void aRangeThatEndsBeforeItStartsMatchesNothing() {
        assertThat(between("2024", "2023")).isEmpty();
    }
}
