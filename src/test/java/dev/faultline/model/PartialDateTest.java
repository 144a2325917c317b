package dev.faultline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @ParameterizedTest(name = "{0} is known to the {1}")
    @CsvSource({
        "2023,       YEAR,  2023-01-01, 2023-12-31",
        "2023-11,    MONTH, 2023-11-01, 2023-11-30",
        "2024-02,    MONTH, 2024-02-01, 2024-02-29",
        "2023-02,    MONTH, 2023-02-01, 2023-02-28",
        "2023-11-17, DAY,   2023-11-17, 2023-11-17",
    })
    void aDateMeansEveryDayOfItsPrecision(String text, DatePrecision precision, LocalDate first, LocalDate last) {
        PartialDate date = PartialDate.parse(text);

        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.firstDay()).isEqualTo(first);
        assertThat(date.lastDay()).isEqualTo(last);
        assertThat(date.toIsoString()).isEqualTo(text);
    }

    @Test
    void theEndIsTheMidnightAfterTheLastDay() {
        PartialDate november = PartialDate.parse("2023-11");

        assertThat(november.endMillisExclusive() - november.startMillis()).isEqualTo(30L * 24 * 60 * 60 * 1000);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "23", "2023-1", "2023-11-7", "2023/11/17", "2023-11-17T10:00", "２０２３", " 2023"})
    void anIllFormedDateIsRefusedWithTheFormItShouldHave(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YYYY, YYYY-MM or YYYY-MM-DD");
    }

    @Test
    void anImpossibleDayIsRefusedSayingHowLongTheMonthIs() {
        assertThatThrownBy(() -> PartialDate.parse("2023-02-30"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'2023-02-30' is impossible: 2023-02 has 28 days");
        assertThat(PartialDate.parse("2024-02-29").lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-13", "2023-00", "2023-13-01"})
    void anImpossibleMonthIsRefused(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).hasMessageContaining("has no month");
    }

    @Test
    void fieldsBelowThePrecisionMustBeOne() {
        assertThatThrownBy(() -> new PartialDate(2023, 11, 1, DatePrecision.YEAR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartialDate(2023, 11, 17, DatePrecision.MONTH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCoarserDateSortsBeforeAFinerOneStartingTheSameDay() {
        PartialDate year = PartialDate.parse("2023");
        PartialDate january = PartialDate.parse("2023-01");
        PartialDate firstOfJanuary = PartialDate.parse("2023-01-01");
        PartialDate second = PartialDate.parse("2023-01-02");

        assertThat(year).isLessThan(january);
        assertThat(january).isLessThan(firstOfJanuary);
        assertThat(firstOfJanuary).isLessThan(second);
        assertThat(PartialDate.parse("2022-12-31")).isLessThan(year);
    }
}
