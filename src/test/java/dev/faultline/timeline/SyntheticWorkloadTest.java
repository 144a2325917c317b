package dev.faultline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SyntheticWorkloadTest {

    private static final double DAY = SyntheticWorkload.DAY;

    @Test
    void mulberry32FirstValueMatchesAHandComputation() {
        // Seed 42, by hand in 32-bit arithmetic:
        //   a = 42 + 0x6D2B79F5                          = 0x6D2B7A1F
        //   t = imul(a ^ (a >>> 15) = 0x6D2BA049, 1 | a = 0x6D2B7A1F)  = 0x03EE32D7
        //   imul(t ^ (t >>> 7) = 0x03E9EEB2, 61 | t = 0x03EE32FF)     = 0x961F874E
        //   t = (0x03EE32D7 + 0x961F874E = 0x9A0DBA25) ^ 0x03EE32D7   = 0x99E388F2
        //   t ^ (t >>> 14)                                            = 0x99E1EF7C = 2581720956
        //   2581720956 / 2^32                                         = 0.6011037519201636
        Mulberry32 random = new Mulberry32(42);

        assertThat(random.next()).isEqualTo(2581720956L / 4294967296.0).isEqualTo(0.6011037519201636);
        assertThat(random.next()).isEqualTo(0.44829055899754167);
        assertThat(random.next()).isEqualTo(0.8524657934904099);
        assertThat(random.next()).isEqualTo(0.6697340414393693);
    }

    @Test
    void eventsAreDrawnInTheStatedOrder() {
        SyntheticWorkload.Events events = SyntheticWorkload.generate(3);

        // start = T0 + floor(0.6011... * (T1 - T0)); group = floor(0.4482... * 5); 0.8524... >= 0.2: a point event.
        assertThat(events.start()[0]).isEqualTo(1628746693218L);
        assertThat(events.group()[0]).isEqualTo(2);
        assertThat(events.isRange(0)).isFalse();
        assertThat(events.start()[1]).isEqualTo(1652572055102L);
        assertThat(events.group()[1]).isEqualTo(0);
        assertThat(events.start()[2]).isEqualTo(1514922919017L);
        assertThat(events.group()[2]).isEqualTo(3);
        assertThat(events.title()).containsExactly("Event 0", "Event 1", "Event 2");
    }

    @Test
    void aboutOneEventInFiveIsARangeOfOneToSixtyDays() {
        SyntheticWorkload.Events events = SyntheticWorkload.generate(100_000);
        int ranges = 0;
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.start()[i]).isBetween(SyntheticWorkload.T0, SyntheticWorkload.T1 - 1);
            assertThat(events.group()[i]).isBetween(0, 4);
            if (events.isRange(i)) {
                ranges++;
                long length = events.end()[i] - events.start()[i];
                assertThat(length).isBetween((long) DAY, (long) (60 * DAY));
            }
        }
        assertThat(ranges).isBetween(19_000, 21_000);
    }

    @Test
    void theFrameWindowsStartEndAndTurnWhereTheWorkloadSays() {
        long t0 = SyntheticWorkload.T0;
        long t1 = SyntheticWorkload.T1;
        long f = Instant.parse("2023-11-20T00:00:00Z").toEpochMilli();
        long y2019 = Instant.parse("2019-01-01T00:00:00Z").toEpochMilli();
        long y2024 = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();

        assertThat(SyntheticWorkload.frame(0).start()).isCloseTo(t0, within(1e-3));
        assertThat(SyntheticWorkload.frame(0).end()).isCloseTo(t1, within(1e-3));
        assertThat(SyntheticWorkload.frame(89).start()).isCloseTo(f - 3.5 * DAY, within(1e-3));
        assertThat(SyntheticWorkload.frame(89).end()).isCloseTo(f + 3.5 * DAY, within(1e-3));
        assertThat(SyntheticWorkload.frame(90).start()).isCloseTo(y2019 - 182.5 * DAY, within(1e-3));
        assertThat(SyntheticWorkload.frame(90).end()).isCloseTo(y2019 + 182.5 * DAY, within(1e-3));
        assertThat(SyntheticWorkload.frame(149).centre()).isCloseTo(y2024, within(1e-3));
        assertThat(SyntheticWorkload.frame(149).width()).isCloseTo(365 * DAY, within(1e-3));
        // Frame 150: w = Y * (W0/Y)^(1/30), centre one thirtieth of the way from 2024 to the middle of [T0, T1].
        double w150 = 365 * DAY * Math.pow((t1 - t0) / (365 * DAY), 1 / 30.0);
        assertThat(SyntheticWorkload.frame(150).width()).isCloseTo(w150, within(1e-2));
        assertThat(SyntheticWorkload.frame(150).centre()).isCloseTo(y2024 + ((t0 + t1) / 2.0 - y2024) / 30,
                within(1e-2));
        assertThat(SyntheticWorkload.frame(179).start()).isCloseTo(t0, within(1e-2));
        assertThat(SyntheticWorkload.frame(179).end()).isCloseTo(t1, within(1e-2));
    }

    @Test
    void zoomingInTheWindowNarrowsEveryFrameAndZoomingOutWidens() {
        for (int i = 1; i < 90; i++) {
            assertThat(SyntheticWorkload.frame(i).width()).isLessThan(SyntheticWorkload.frame(i - 1).width());
        }
        for (int i = 151; i < 180; i++) {
            assertThat(SyntheticWorkload.frame(i).width()).isGreaterThan(SyntheticWorkload.frame(i - 1).width());
        }
    }

    @Test
    void itemsKeepEveryEventWithItsTitleAndSwimlane() {
        SyntheticWorkload.Events events = SyntheticWorkload.generate(1000);

        TimelineItems items = SyntheticWorkload.toItems(events);

        assertThat(items.size()).isEqualTo(1000);
        assertThat(items.groupCount()).isEqualTo(5);
        int i = items.indexOf("Event 0");
        assertThat(items.start(i)).isEqualTo(events.start()[0]);
        assertThat(items.group(i)).isEqualTo(events.group()[0]);
        assertThat(items.title(i, null)).isEqualTo("Event 0");
    }
}
