package dev.faultline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AxisLayoutTest {

    /** About what a 11 px sans-serif font needs: narrow Latin, full-width CJK. */
    static final ToDoubleFunction<String> WIDTH = s -> s.chars().mapToDouble(c -> c >= 0x2E80 ? 11 : 6.5).sum();
    private static final long NOV_17 = Instant.parse("2023-11-17T00:00:00Z").toEpochMilli();

    @Test
    void zoomingFromAnHourToACenturyTicksAtEveryUnit() {
        AxisLayout layout = new AxisLayout(AxisLabels.forLocale(Locale.ENGLISH), WIDTH);
        Set<TickUnit> seen = EnumSet.noneOf(TickUnit.class);
        // Decades and centuries need a narrow viewport: across 1400 px a century still has room for every 5 years.
        for (double width : new double[] {1400, 300, 80}) {
            for (double span = TimeScale.MIN_SPAN; span <= TimeScale.MAX_SPAN * 1.1; span *= 1.1) {
                seen.add(layout.layout(TimeScale.ofWindow(NOV_17, NOV_17 + span, width)).minorStep().unit());
            }
        }

        assertThat(seen).containsExactlyInAnyOrder(TickUnit.values());
    }

    @Test
    void aWeekAcross1400PixelsTicksEverySixHoursUnderDayHeadings() {
        AxisLayout layout = new AxisLayout(AxisLabels.forLocale(Locale.ENGLISH), WIDTH);

        Axis axis = layout.layout(TimeScale.ofWindow(NOV_17, NOV_17 + 7 * TimeScale.DAY, 1400));

        assertThat(axis.minorStep()).isEqualTo(new TickStep(TickUnit.HOUR, 6));
        assertThat(axis.majorUnit()).isEqualTo(TickUnit.DAY);
        assertThat(axis.majorLabels()).extracting(Axis.Label::text).first().isEqualTo("Friday 17 November 2023");
        assertThat(axis.minorLabels()).extracting(Axis.Label::text).startsWith("00:00", "06:00", "12:00");
    }

    @Test
    void noDayLabelIsCutAtTheLeftEdge() {
        // A window starting at noon puts the first day's tick left of the edge: its label ("9" of "9日") used to be
        // drawn from there, cut to a fragment.
        AxisLayout layout = new AxisLayout(AxisLabels.forLocale(Locale.TRADITIONAL_CHINESE), WIDTH);
        for (int hours = 1; hours < 24; hours++) {
            long start = NOV_17 + hours * 3_600_000L;
            Axis axis = layout.layout(TimeScale.ofWindow(start, start + 27 * TimeScale.DAY, 1400));

            assertThat(axis.minorLabels()).as("window from %d:00", hours)
                    .allSatisfy(l -> assertThat(l.x()).isGreaterThanOrEqualTo(0));
        }
    }

    @Test
    void elevenYearsShowQuartersUnderYears() {
        AxisLayout layout = new AxisLayout(AxisLabels.forLocale(Locale.ENGLISH), WIDTH);
        long t0 = SyntheticWorkload.T0;

        Axis axis = layout.layout(TimeScale.ofWindow(t0, SyntheticWorkload.T1, 1400));

        assertThat(axis.minorStep().unit()).isEqualTo(TickUnit.QUARTER);
        assertThat(axis.majorLabels()).extracting(Axis.Label::text).contains("2015", "2020", "2025");
    }

    @ParameterizedTest
    @EnumSource(TickUnit.class)
    void ticksStartWhereTheirUnitStarts(TickUnit unit) {
        Random random = new Random(unit.ordinal());
        for (int trial = 0; trial < 300; trial++) {
            long t = NOV_17 + (long) ((random.nextDouble() - 0.5) * 200 * 365 * TimeScale.DAY);
            int count = 1 + random.nextInt(3);
            long floor = unit.floor(t, count);
            long next = unit.next(floor, count);
            assertThat(floor).isLessThanOrEqualTo(t);
            assertThat(next).isGreaterThan(t);
            assertThat(next - floor).isGreaterThanOrEqualTo(unit.shortestMillis() * count);
            assertThat(unit.floor(floor, count)).as("floor is idempotent").isEqualTo(floor);
            LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(floor, TimeScale.DAY));
            switch (unit) {
                case HOUR -> assertThat(Math.floorMod(floor, TimeScale.HOUR * count)).isZero();
                case DAY -> assertThat(Math.floorMod(floor, TimeScale.DAY)).isZero();
                case WEEK -> assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                case MONTH -> assertThat(day.getDayOfMonth()).isEqualTo(1);
                case QUARTER -> assertThat(day.getMonthValue()).isIn(1, 4, 7, 10);
                case YEAR -> assertThat(day.getDayOfYear()).isEqualTo(1);
                case DECADE -> assertThat(Math.floorMod(day.getYear(), 10)).isZero();
                case CENTURY -> assertThat(Math.floorMod(day.getYear(), 100)).isZero();
                default -> throw new AssertionError(unit);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"ENGLISH", "TRADITIONAL_CHINESE"}, value = LocaleChoice.class)
    void labelsInARowNeverOverlap(LocaleChoice choice) {
        AxisLayout layout = new AxisLayout(AxisLabels.forLocale(choice.locale), WIDTH, s -> WIDTH.applyAsDouble(s) * 1.1);
        Random random = new Random(42);
        for (int trial = 0; trial < 3000; trial++) {
            double span = TimeScale.MIN_SPAN * Math.pow(TimeScale.MAX_SPAN / (double) TimeScale.MIN_SPAN,
                    random.nextDouble());
            double width = 200 + random.nextInt(1800);
            long start = NOV_17 + (long) ((random.nextDouble() - 0.5) * 80 * 365 * TimeScale.DAY);
            Axis axis = layout.layout(TimeScale.ofWindow(start, start + span, width));

            assertNoOverlap(axis.minorLabels());
            assertNoOverlap(axis.majorLabels());
            assertThat(axis.minorLabels()).as("a window always has some minor labels").isNotEmpty();
        }
    }

    private static void assertNoOverlap(List<Axis.Label> labels) {
        for (int i = 1; i < labels.size(); i++) {
            assertThat(labels.get(i).x()).as("label %s after %s", labels.get(i), labels.get(i - 1))
                    .isGreaterThanOrEqualTo(labels.get(i - 1).right() + AxisLayout.GAP);
        }
    }

    @Test
    void chineseLabelsUseChineseForms() {
        AxisLayout layout = new AxisLayout(AxisLabels.forLocale(Locale.TRADITIONAL_CHINESE), WIDTH);

        Axis axis = layout.layout(TimeScale.ofWindow(NOV_17, NOV_17 + 60 * TimeScale.DAY, 1400));

        assertThat(axis.majorLabels()).extracting(Axis.Label::text).contains("2023年11月");
        assertThat(axis.minorLabels()).extracting(Axis.Label::text).allMatch(s -> s.endsWith("日"));
    }

    enum LocaleChoice {
        ENGLISH(Locale.ENGLISH), TRADITIONAL_CHINESE(Locale.TRADITIONAL_CHINESE);

        final Locale locale;

        LocaleChoice(Locale locale) {
            this.locale = locale;
        }
    }

    @Test
    void inChineseTenDaysAcrossANarrowWindowStillNameEveryDay() {
        AxisLayout layout = new AxisLayout(AxisLabels.forLocale(Locale.TRADITIONAL_CHINESE), WIDTH);

        // The 1024x700 window's canvas: about 1000 px for 14-24 November.
        Axis axis = layout.layout(TimeScale.ofWindow(NOV_17 - 3 * TimeScale.DAY, NOV_17 + 7 * TimeScale.DAY, 1000));

        assertThat(axis.majorUnit()).isEqualTo(TickUnit.DAY);
        assertThat(axis.majorLabels()).extracting(Axis.Label::text).contains("11月17日", "11月20日");
        assertThat(axis.majorLabels()).hasSizeGreaterThanOrEqualTo(9);
    }
}
