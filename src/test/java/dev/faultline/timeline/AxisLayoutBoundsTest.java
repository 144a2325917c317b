package dev.faultline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every axis loop ends, whatever window it is asked for (issue 14: a saved window near Long.MAX_VALUE froze it). */
class AxisLayoutBoundsTest {

    @ParameterizedTest
    @ValueSource(longs = {TimeScale.HOUR, TimeScale.DAY, 30 * TimeScale.DAY, 3650 * TimeScale.DAY,
        TimeScale.MAX_SPAN})
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a CPU loop ignores interrupts
    void aWindowAtTheEndOfTimeLaysOutInBoundedTime(long span) {
        AxisLayout layout = new AxisLayout(AxisLabels.forLocale(Locale.ENGLISH), s -> 7.0 * s.length());

        for (double start : new double[] {Long.MAX_VALUE - span, Long.MAX_VALUE - 2.0 * span, Long.MIN_VALUE}) {
            Axis axis = layout.layout(TimeScale.ofWindow(start, start + span, 1400));
            assertThat(axis.minorLabels().size()).isLessThanOrEqualTo(AxisLayout.MAX_TICKS);
        }
    }
}
