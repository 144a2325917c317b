package dev.faultline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateSpanTest {

    private static DateSpan span(String start, String end) {
        return new DateSpan(PartialDate.parse(start), end == null ? null : PartialDate.parse(end), false, null);
    }

    @Test
    void spansSortByStartThenByEnd() {
        DateSpan day = span("2023-11-17", null);
        DateSpan dayToNextDay = span("2023-11-17", "2023-11-18");
        DateSpan month = span("2023-11", null);
        DateSpan later = span("2023-11-18", null);
        List<DateSpan> spans = new ArrayList<>(List.of(later, dayToNextDay, day, month));

        spans.sort(null);

        assertThat(spans).containsExactly(month, day, dayToNextDay, later);
    }

    @Test
    void aSpanIsOnlyAsExactAsItsVaguestEnd() {
        assertThat(span("2023-11-17", null).precision()).isEqualTo(DatePrecision.DAY);
        assertThat(span("2023-11-17", "2023-12").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(span("2023", "2024-05-01").precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void aPointSpanCoversItsWholeDateAndARangeReachesTheEndOfItsEnd() {
        DateSpan month = span("2023-11", null);
        DateSpan range = span("2023-11-17", "2023-12");

        assertThat(month.startMillis()).isEqualTo(PartialDate.parse("2023-11-01").startMillis());
        assertThat(month.endMillisExclusive()).isEqualTo(PartialDate.parse("2023-12-01").startMillis());
        assertThat(range.endMillisExclusive()).isEqualTo(PartialDate.parse("2024-01-01").startMillis());
        assertThat(range.isRange()).isTrue();
        assertThat(month.isRange()).isFalse();
    }

    @Test
    void anEndBeforeTheStartIsRefusedButAnEndWithinTheStartsMonthIsNot() {
        assertThatThrownBy(() -> span("2023-11-17", "2023-10")).isInstanceOf(IllegalArgumentException.class);
        // "2023-11" may mean the 30th, so it can end a span that starts on the 17th.
        assertThat(span("2023-11-17", "2023-11").endMillisExclusive())
                .isEqualTo(PartialDate.parse("2023-12-01").startMillis());
    }

    @Test
    void anApproximateSpanShowsATildeAndKeepsItsNote() {
        DateSpan span = new DateSpan(PartialDate.parse("2023-11-20"), null, true, LocalizedText.of("three days after the 17th", null));

        assertThat(span).hasToString("~2023-11-20");
        assertThat(span.inferenceNote().map(LocalizedText::en)).contains("three days after the 17th");
        assertThat(span("2023", null).inferenceNote()).isEmpty();
    }
}
