package dev.faultline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadgeLabelTest {

    @Test
    void smallCountsShowInFull() {
        assertThat(TimelinePainter.countLabel(2)).isEqualTo("2");
        assertThat(TimelinePainter.countLabel(999)).isEqualTo("999");
        // The same string each time: a frame of hundreds of badges makes none.
        assertThat(TimelinePainter.countLabel(417)).isSameAs(TimelinePainter.countLabel(417));
    }

    @Test
    void thousandsShowOneDecimalRoundedHalfUpUntilTenThousand() {
        assertThat(TimelinePainter.countLabel(1000)).isEqualTo("1.0k");
        assertThat(TimelinePainter.countLabel(1249)).isEqualTo("1.2k");
        assertThat(TimelinePainter.countLabel(1250)).isEqualTo("1.3k");
        assertThat(TimelinePainter.countLabel(1950)).isEqualTo("2.0k");
        assertThat(TimelinePainter.countLabel(9949)).isEqualTo("9.9k");
        assertThat(TimelinePainter.countLabel(9950)).isEqualTo("10k");
    }

    @Test
    void largerCountsShowWholeThousandsThenMillions() {
        assertThat(TimelinePainter.countLabel(12_400)).isEqualTo("12k");
        assertThat(TimelinePainter.countLabel(12_500)).isEqualTo("13k");
        assertThat(TimelinePainter.countLabel(999_499)).isEqualTo("999k");
        assertThat(TimelinePainter.countLabel(999_500)).isEqualTo("1.0M");
        assertThat(TimelinePainter.countLabel(1_249_999)).isEqualTo("1.2M");
        assertThat(TimelinePainter.countLabel(10_000_000)).isEqualTo("10.0M");
    }
}
