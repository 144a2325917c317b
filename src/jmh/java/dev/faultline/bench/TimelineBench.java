package dev.faultline.bench;

import dev.faultline.timeline.Axis;
import dev.faultline.timeline.AxisLabels;
import dev.faultline.timeline.AxisLayout;
import dev.faultline.timeline.FrameLayout;
import dev.faultline.timeline.IntList;
import dev.faultline.timeline.LanePacker;
import dev.faultline.timeline.SyntheticWorkload;
import dev.faultline.timeline.TimeScale;
import dev.faultline.timeline.TimeWindow;
import dev.faultline.timeline.TimelineItems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The timeline's layout engine on the shared synthetic workload (workload.md) at 10^3 to 10^6 events: the
 * visible-window query, greedy lane packing, a whole frame's layout (query, packing, clustering) over the 180 workload
 * windows, a zoomed-out frame drawn from the density pyramid, the axis ticks, and building the index. Times per call.
 *
 * <p>Run: {@code mvn -B -ntp -Pbench -Dfaultline.build.dir=/tmp/build-timeline verify
 * -Djmh.args="-f 1 -wi 2 -i 3 TimelineBench"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class TimelineBench {

    private static final double WIDTH = SyntheticWorkload.WIDTH;

    @Param({"1000", "10000", "100000", "1000000"})
    public int events;

    private SyntheticWorkload.Events generated;
    private TimelineItems items;
    private final List<FrameLayout.Band> bands = new ArrayList<>();
    private final IntList found = new IntList(1 << 16);
    private final LanePacker packer = new LanePacker();
    private AxisLayout axis;
    private int frame;
    private long weekStart;

    @Setup(Level.Trial)
    public void setUp() {
        generated = SyntheticWorkload.generate(events);
        items = SyntheticWorkload.toItems(generated);
        for (int g = 0; g < SyntheticWorkload.GROUPS; g++) {
            bands.add(new FrameLayout.Band(g, 3));
        }
        // About what an 11 px sans-serif font needs per character.
        axis = new AxisLayout(AxisLabels.forLocale(Locale.ENGLISH), s -> s.length() * 6.5);
        weekStart = SyntheticWorkload.T0;
    }

    private TimeWindow nextFrame() {
        TimeWindow w = SyntheticWorkload.frame(frame);
        frame = (frame + 1) % SyntheticWorkload.FRAMES;
        return w;
    }

    /** Items of every swimlane overlapping a week that moves across the span, one week per call. */
    @Benchmark
    public int visibleWeekQuery() {
        weekStart += 7 * SyntheticWorkload.DAY;
        if (weekStart >= SyntheticWorkload.T1) {
            weekStart = SyntheticWorkload.T0;
        }
        found.clear();
        items.index().queryAll(weekStart, weekStart + 7 * SyntheticWorkload.DAY, found);
        return found.size();
    }

    /** Greedy packing, by start, of a month's items of one swimlane into three lanes of 120 px cards. */
    @Benchmark
    public int lanePackingOfAMonth() {
        weekStart += 7 * SyntheticWorkload.DAY;
        if (weekStart >= SyntheticWorkload.T1 - 30 * SyntheticWorkload.DAY) {
            weekStart = SyntheticWorkload.T0;
        }
        long end = weekStart + 30 * SyntheticWorkload.DAY;
        found.clear();
        items.index().query(0, weekStart, end, found);
        int[] order = found.toArray();
        java.util.Arrays.sort(order);
        TimeScale scale = TimeScale.ofWindow(weekStart, end, WIDTH);
        packer.reset(3);
        int placed = 0;
        for (int i : order) {
            double x = scale.toX(items.start(i));
            double right = Math.max(scale.toX(items.effectiveEnd(i)), x + 120);
            if (packer.place(x, right + 6) >= 0) {
                placed++;
            }
        }
        return placed;
    }

    /** A whole frame's layout (query, LOD, lane packing, clustering) for the next of the 180 workload windows. */
    @Benchmark
    public int frameLayoutOverTheWorkload() {
        TimeWindow w = nextFrame();
        FrameLayout layout = FrameLayout.compute(items, TimeScale.ofWindow(w.start(), w.end(), WIDTH), bands,
                i -> 120, count -> count == 1 ? 11 : 30, new int[0], FrameLayout.Options.DEFAULT);
        return layout.cardCount() + layout.clusters().size();
    }

    /** The zoomed-out frame [T0, T1]: clusters straight from the density pyramid. */
    @Benchmark
    public int clusteringZoomedOut() {
        FrameLayout layout = FrameLayout.compute(items,
                TimeScale.ofWindow(SyntheticWorkload.T0, SyntheticWorkload.T1, WIDTH), bands, i -> 120,
                count -> count == 1 ? 11 : 30, new int[0], FrameLayout.Options.DEFAULT);
        return layout.clusters().size();
    }

    /** Axis ticks and labels for the next of the 180 workload windows. */
    @Benchmark
    public int ticksOverTheWorkload() {
        TimeWindow w = nextFrame();
        Axis a = axis.layout(TimeScale.ofWindow(w.start(), w.end(), WIDTH));
        return a.minorLabels().size() + a.majorLabels().size();
    }

    /** Sorting and indexing the generated events (interval index and density pyramid). */
    @Benchmark
    @Warmup(iterations = 1, time = 2)
    public int buildIndex() {
        return SyntheticWorkload.toItems(generated).size();
    }
}
