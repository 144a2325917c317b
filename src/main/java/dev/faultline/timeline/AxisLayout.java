package dev.faultline.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Lays out the axis of a frame: picks the finest tick step whose widest possible label fits between two ticks, then
 * places the minor labels right of their ticks and the major labels pinned to the left edge (pushed out by the next
 * one, like sticky headers). Label widths come from an injected function, so the rules are tested without a toolkit.
 * Widest labels per unit are measured once and cached, so a frame formats only the labels it shows.
 */
public final class AxisLayout {

    /** Space between a tick line and its label. */
    public static final double PAD = 4;
    /** Least space between two labels of a row. */
    public static final double GAP = 10;
    /** Ticks closer than this are never drawn. */
    private static final double MIN_TICK_SPACING = 5;

    private final AxisLabels labels;
    private final ToDoubleFunction<String> textWidth;
    private final ToDoubleFunction<String> majorTextWidth;
    private final Map<TickUnit, Double> widest = new EnumMap<>(TickUnit.class);

    /** An axis whose minor and major labels are measured by the same function. */
    public AxisLayout(AxisLabels labels, ToDoubleFunction<String> textWidth) {
        this(labels, textWidth, textWidth);
    }

    /** An axis whose major labels are drawn in another font (e.g. bold) and so measured by their own function. */
    public AxisLayout(AxisLabels labels, ToDoubleFunction<String> textWidth, ToDoubleFunction<String> majorTextWidth) {
        this.labels = labels;
        this.textWidth = textWidth;
        this.majorTextWidth = majorTextWidth;
    }

    public AxisLabels labels() {
        return labels;
    }

    /** The axis of a frame. */
    public Axis layout(TimeScale scale) {
        TickStep step = chooseStep(scale);
        long a = (long) Math.floor(scale.start());
        long b = (long) Math.ceil(scale.end());

        List<Double> minorTicks = new ArrayList<>();
        List<Axis.Label> minor = new ArrayList<>();
        double lastRight = Double.NEGATIVE_INFINITY;
        // Bounded: a window near Long.MAX_VALUE makes next() overflow and wrap, which once looped for ever.
        int count = 0;
        for (long t = step.floor(a); t <= b && count++ < MAX_TICKS; t = advance(step.next(t), t)) {
            double x = scale.toX(t);
            minorTicks.add(x);
            String text = labels.minor(step.unit(), t);
            double w = textWidth.applyAsDouble(text);
            double lx = x + PAD;
            // The rule that keeps labels apart holds by the choice of step; this guard keeps it for any font. A label
            // that would start left of the edge is left out: cut there, it lost its beginning ("日" of "9日").
            if (lx >= 0 && lx < scale.width() && lx >= lastRight + GAP) {
                minor.add(new Axis.Label(text, lx, w, t));
                lastRight = lx + w;
            }
        }

        TickUnit majorUnit = step.unit().major();
        List<Double> majorTicks = new ArrayList<>();
        List<Axis.Label> major = new ArrayList<>();
        if (majorUnit != null) {
            List<Long> starts = new ArrayList<>();
            int majors = 0;
            for (long t = majorUnit.floor(a, 1); t <= b && majors++ < MAX_TICKS;
                    t = advance(majorUnit.next(t, 1), t)) {
                starts.add(t);
                majorTicks.add(scale.toX(t));
            }
            lastRight = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < starts.size(); i++) {
                long t = starts.get(i);
                double x = scale.toX(t);
                double nextX = i + 1 < starts.size() ? scale.toX(starts.get(i + 1))
                        : scale.toX(majorUnit.next(t, 1));
                double segmentRight = nextX - GAP;
                Axis.Label placed = null;
                for (String text : new String[] {labels.majorLong(majorUnit, t), labels.majorShort(majorUnit, t)}) {
                    double w = majorTextWidth.applyAsDouble(text);
                    double lx = Math.min(Math.max(x + PAD, PAD), segmentRight - w);
                    if (lx >= x + PAD - 0.001 && lx >= lastRight + GAP) {
                        placed = new Axis.Label(text, lx, w, t);
                        break;
                    }
                }
                if (placed != null && placed.right() > 0 && placed.x() < scale.width()) {
                    major.add(placed);
                    lastRight = placed.right();
                }
            }
        }
        return new Axis(step, majorUnit, toArray(minorTicks), toArray(majorTicks), minor, major);
    }

    /** Most ticks of one kind laid out in a frame: far more than a screen can show, few enough to be instant. */
    static final int MAX_TICKS = 10_000;

    /** {@code next}, or {@link Long#MAX_VALUE} when stepping did not move forward (overflow), which ends a loop. */
    private static long advance(long next, long from) {
        return next > from ? next : Long.MAX_VALUE;
    }

    /** The finest step whose ticks are far enough apart for the widest label of its unit. */
    public TickStep chooseStep(TimeScale scale) {
        for (TickStep step : TickStep.ALL) {
            double spacing = scale.toPixels(step.shortestMillis());
            if (spacing < MIN_TICK_SPACING) {
                continue;
            }
            if (spacing >= PAD + widestLabel(step.unit()) + GAP) {
                return step;
            }
        }
        return TickStep.ALL.get(TickStep.ALL.size() - 1);
    }

    /** The widest minor label a unit can have, measured over every form it takes (months, days, digits). */
    double widestLabel(TickUnit unit) {
        Double cached = widest.get(unit);
        if (cached != null) {
            return cached;
        }
        List<Long> samples = new ArrayList<>();
        LocalDate base = LocalDate.of(2023, 1, 2); // a Monday
        switch (unit) {
            case HOUR -> {
                for (int h = 0; h < 24; h++) {
                    samples.add(base.toEpochDay() * TimeScale.DAY + h * TimeScale.HOUR);
                }
            }
            case DAY -> {
                for (int d = 1; d <= 31; d++) {
                    samples.add(LocalDate.of(2023, 1, d).toEpochDay() * TimeScale.DAY);
                }
            }
            case WEEK -> {
                for (int w = 0; w < 53; w++) {
                    samples.add(base.plusWeeks(w).toEpochDay() * TimeScale.DAY);
                }
            }
            case MONTH, QUARTER -> {
                for (int m = 1; m <= 12; m++) {
                    samples.add(LocalDate.of(2023, m, 1).toEpochDay() * TimeScale.DAY);
                }
            }
            default -> {
                // Years written with each digit four times over cover the widest digit of any font.
                for (int d = 1; d <= 9; d++) {
                    samples.add(LocalDate.of(d * 1111, 1, 1).toEpochDay() * TimeScale.DAY);
                }
                samples.add(LocalDate.of(2000, 1, 1).toEpochDay() * TimeScale.DAY);
            }
        }
        double max = 0;
        for (long t : samples) {
            max = Math.max(max, textWidth.applyAsDouble(labels.minor(unit, t)));
        }
        widest.put(unit, max);
        return max;
    }

    private static double[] toArray(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
