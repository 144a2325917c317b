package dev.faultline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private static final long NOV_17 = Instant.parse("2023-11-17T00:00:00Z").toEpochMilli();

    @Test
    void convertsBothWaysBetweenTimeAndPixels() {
        TimeScale scale = TimeScale.ofWindow(NOV_17, NOV_17 + 7 * TimeScale.DAY, 1400);

        assertThat(scale.msPerPixel()).isEqualTo(7.0 * TimeScale.DAY / 1400);
        assertThat(scale.toX(NOV_17)).isZero();
        assertThat(scale.toX(NOV_17 + 7 * TimeScale.DAY)).isCloseTo(1400, within(1e-9));
        assertThat(scale.toX(NOV_17 + TimeScale.DAY)).isCloseTo(200, within(1e-9));
        assertThat(scale.toMillis(200)).isCloseTo(NOV_17 + TimeScale.DAY, within(1e-3));
    }

    @Test
    void zoomingAboutAPointKeepsThatPointFixed() {
        Random random = new Random(7);
        for (int trial = 0; trial < 2000; trial++) {
            double span = TimeScale.HOUR * Math.pow(10, random.nextDouble() * 6);
            TimeScale scale = TimeScale.ofWindow(NOV_17, NOV_17 + span, 300 + random.nextInt(1500));
            double x = random.nextDouble() * scale.width();
            double factor = Math.pow(2, random.nextGaussian() * 3);
            double before = scale.toMillis(x);

            TimeScale zoomed = scale.zoomAbout(x, factor);

            assertThat(zoomed.toMillis(x)).as("instant under x after zooming by %s", factor)
                    .isCloseTo(before, within(Math.max(1e-3, Math.abs(before) * 1e-12)));
            assertThat(zoomed.toX(before)).isCloseTo(x, within(1e-4));
        }
    }

    @Test
    void zoomIsClampedBetweenAnHourAndACentury() {
        TimeScale scale = TimeScale.ofWindow(NOV_17, NOV_17 + TimeScale.DAY, 1000);

        TimeScale tooClose = scale.zoomAbout(500, 1e6);
        TimeScale tooFar = scale.zoomAbout(500, 1e-9);

        assertThat(tooClose.span()).isEqualTo((double) TimeScale.MIN_SPAN);
        assertThat(tooFar.span()).isEqualTo((double) TimeScale.MAX_SPAN);
        assertThat(TimeScale.ofWindow(NOV_17, NOV_17 + 60_000, 800).span()).isEqualTo((double) TimeScale.HOUR);
        assertThat(TimeScale.ofWindow(NOV_17, NOV_17 - 5, 800).span()).isEqualTo((double) TimeScale.HOUR);
    }

    @Test
    void clampedWindowKeepsItsCentre() {
        TimeScale scale = TimeScale.ofWindow(NOV_17, NOV_17 + 60_000, 800);

        assertThat((scale.start() + scale.end()) / 2).isCloseTo(NOV_17 + 30_000, within(1e-3));
    }

    @Test
    void panningMovesTheWindowByPixelsWorthOfTime() {
        TimeScale scale = TimeScale.ofWindow(NOV_17, NOV_17 + 10 * TimeScale.DAY, 1000);

        TimeScale later = scale.panBy(100);

        assertThat(later.start()).isCloseTo(NOV_17 + TimeScale.DAY, within(1e-3));
        assertThat(later.span()).isEqualTo(scale.span());
        assertThat(later.panBy(-100).start()).isCloseTo(NOV_17, within(1e-3));
    }
}
