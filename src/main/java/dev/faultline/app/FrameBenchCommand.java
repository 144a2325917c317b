package dev.faultline.app;

import dev.faultline.timeline.SyntheticWorkload;
import dev.faultline.timeline.TimeWindow;
import dev.faultline.timeline.TimelineItems;
import dev.faultline.ui.timeline.TimelineView;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * {@code --frame-bench N}: plays the shared frame-time workload (/work/shared/bench/workload.md) in a real 1400 x 900
 * window and prints one JSON line: first-frame time and the distribution of frame intervals.
 *
 * <p>What is measured, exactly:
 * <ul>
 * <li>Software rendering and no frame cap ({@code prism.order=sw}, {@code javafx.animation.fullspeed=true},
 * {@code prism.vsync=false}), set before the toolkit starts.</li>
 * <li>The window is open and idle first: its first frame is drawn and the timeline's start-up warm-up (see
 * {@code TimelineView.warmUp()}; off with {@code -Dfaultline.warmup=false}) has finished, as both would have before
 * anyone opens a model. Then the N events are generated; the clock starts when they exist in memory.
 * Building the timeline's items from them (sorting, interval index, density pyramid) runs on a background thread as
 * an app would, then the view gets them and the window [T0, T1]; {@code firstFrameMs} stops when the renderer has
 * finished (presented) the first frame that shows them.</li>
 * <li>Then the 180 windows are applied one at a time: window i is set on a pulse (drawn in that pulse), and window
 * i + 1 is set only once the frame of window i has been rendered, so every window gets exactly one rendered frame.
 * The interval of frame i is the time from the render completion of the previous frame (for frame 0, the first frame)
 * to its own. p50/p95/p99 are nearest-rank percentiles of those 180 intervals.</li>
 * <li>Render completion is read from JavaFX's per-scene performance tracker, whose callback runs on the render thread
 * after the frame is presented. When that internal hook is unavailable the harness falls back to the pulse that
 * notices the completed frame, and says so on stderr.</li>
 * </ul>
 * Diagnostics, all on stderr so stdout stays one JSON line: {@code -Dfaultline.bench.trace=true} prints every
 * interval, the JavaFX-thread and render-thread CPU time of each frame and the phases of the first frame;
 * {@code -Dfaultline.bench.pipelined=true} plays the frames without waiting for each render (see
 * {@code pipelinedStep}), for comparison only; {@code -Dfaultline.bench.passes=K} reports the last of K passes in one
 * JVM (a warm JIT), marked {@code "warmPasses"} in the JSON line; {@code -Dfaultline.bench.drawn=true} prints the
 * cards and badges each frame drew.
 */
final class FrameBenchCommand {

    private static final int MAX_EVENTS = 10_000_000;
    private static final long TIMEOUT_S = 600;

    private FrameBenchCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        int n;
        try {
            if (args.length != 2) {
                throw new NumberFormatException();
            }
            n = Integer.parseInt(args[1].trim());
            if (n < 1 || n > MAX_EVENTS) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            err.println("faultline: --frame-bench needs one whole number of events, 1 to " + MAX_EVENTS
                    + (args.length > 1 ? ", not '" + args[1] + "'" : ""));
            err.println("usage: java -jar faultline.jar --frame-bench N");
            return 2;
        }
        // Before the toolkit starts: software pipeline, no vsync, no 60 Hz pulse cap.
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.vsync", "false");
        System.setProperty("javafx.animation.fullspeed", "true");

        Bench bench = new Bench(n, err);
        try {
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            Platform.setImplicitExit(false);
            Platform.runLater(bench::open);
            if (!bench.idle.await(60, TimeUnit.SECONDS)) {
                err.println("faultline: the bench window did not come up");
                return 1;
            }
            // The app's start-up work is done before the clock starts, as it would be before anyone opens a model.
            long warmStart = System.nanoTime();
            try {
                int warmFrames = TimelineView.warmUp().get(TIMEOUT_S, TimeUnit.SECONDS);
                if (Boolean.getBoolean("faultline.bench.trace")) {
                    err.printf(Locale.ROOT, "warm-up: %d frames, finished %.0f ms after the window was idle%n",
                            warmFrames, (System.nanoTime() - warmStart) / 1e6);
                }
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                err.println("faultline: note: the timeline warm-up did not finish: " + e);
            }
            // Generate on this thread; the clock starts when the events exist.
            SyntheticWorkload.Events events = SyntheticWorkload.generate(n);
            bench.t0 = System.nanoTime();
            TimelineItems items = SyntheticWorkload.toItems(events);
            bench.built = System.nanoTime();
            Platform.runLater(() -> bench.show(items));
            if (!bench.done.await(TIMEOUT_S, TimeUnit.SECONDS)) {
                err.println("faultline: the frame bench did not finish in " + TIMEOUT_S + " s");
                return 1;
            }
            if (bench.failure.get() != null) {
                err.println("faultline: frame bench failed: " + bench.failure.get());
                return 1;
            }
            out.println(bench.json());
            out.flush();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("faultline: interrupted");
            return 1;
        } catch (RuntimeException e) {
            err.println("faultline: frame bench failed: " + e);
            return 1;
        } finally {
            Platform.exit();
        }
    }

    /** The bench's state; its methods run on the JavaFX thread except where said. */
    private static final class Bench {

        private final int n;
        private final PrintStream err;
        final CountDownLatch idle = new CountDownLatch(1);
        final CountDownLatch done = new CountDownLatch(1);
        final AtomicReference<String> failure = new AtomicReference<>();

        /** Render completions, written on the render thread. */
        private final long[] renders = new long[4096];
        private final long[] renderCpu = new long[4096];
        private final java.lang.management.ThreadMXBean threads =
                java.lang.management.ManagementFactory.getThreadMXBean();
        private final AtomicInteger renderCount = new AtomicInteger();
        private boolean tracked;

        private TimelineView view;
        volatile long t0;
        volatile long built;
        private long shown;
        /** Where the first interval starts: the first frame, or in later diagnostic passes the pass before's last. */
        private long firstFrame;
        private long firstShown;
        private final long[] frameDone = new long[SyntheticWorkload.FRAMES];
        private final long[] frameApplied = new long[SyntheticWorkload.FRAMES];
        private int frame = -1;
        private int expect;
        private boolean waiting;
        private long lastChange;
        private int lastSeen = -1;

        Bench(int n, PrintStream err) {
            this.n = n;
            this.err = err;
        }

        void open() {
            view = new TimelineView();
            view.setAnimated(false);
            Stage stage = new Stage();
            stage.setTitle("Faultline frame bench: " + n + " events");
            Scene scene = new Scene(view, SyntheticWorkload.WIDTH, SyntheticWorkload.HEIGHT);
            // The app's look: its light theme, whose window background is the scene's fill.
            dev.faultline.ui.Theme.LIGHT.applyTo(scene);
            stage.setScene(scene);
            stage.setResizable(false);
            tracked = trackRenders(scene);
            if (!tracked) {
                err.println("faultline: render tracker unavailable; timing frames by the pulse that sees them");
            }
            stage.show();
            // Wait until nothing has rendered for a while, so the first measured render is ours.
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    int seen = renderCount.get();
                    if (seen != lastSeen) {
                        lastSeen = seen;
                        lastChange = now;
                    }
                    if ((seen > 0 || !tracked) && now - lastChange > 400_000_000L) {
                        stop();
                        idle.countDown();
                    }
                }
            }.start();
        }

        private boolean trackRenders(Scene scene) {
            try {
                Class<?> type = Class.forName("com.sun.javafx.perf.PerformanceTracker");
                Object tracker = type.getMethod("getSceneTracker", Scene.class).invoke(null, scene);
                if (tracker == null) {
                    return false;
                }
                Runnable onRendered = () -> {
                    // Render thread: only record.
                    long now = System.nanoTime();
                    int k = renderCount.get();
                    if (k < renders.length) {
                        renders[k] = now;
                        renderCpu[k] = threads.getCurrentThreadCpuTime();
                    }
                    renderCount.incrementAndGet();
                };
                type.getMethod("setOnRenderedFrameTask", Runnable.class).invoke(tracker, onRendered);
                return true;
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return false;
            }
        }

        /** Hands the items to the view at [T0, T1] and plays the frames, one per rendered frame. */
        void show(TimelineItems items) {
            if (TRACE) {
                threadsAtStart = ThreadTimes.read();
            }
            int before = renderCount.get();
            TimeWindow initial = SyntheticWorkload.initialWindow();
            view.setItems(items);
            view.setVisibleWindow(initial.start(), initial.end());
            view.redraw();
            shown = System.nanoTime();
            expect = before;
            waiting = true;
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    try {
                        step(now, this);
                    } catch (RuntimeException e) {
                        failure.set(e.toString());
                        stop();
                        done.countDown();
                    }
                }
            }.start();
        }

        private int pulses;
        private final int[] pulsesPerFrame = new int[SyntheticWorkload.FRAMES];

        private final long[] fxCpu = new long[SyntheticWorkload.FRAMES + 1];

        private void step(long pulseNanos, AnimationTimer timer) {
            if (PIPELINED && frame >= 0) {
                pipelinedStep(timer);
                return;
            }
            pulses++;
            if (waiting) {
                int count = renderCount.get();
                if (tracked && count <= expect) {
                    return;
                }
                long at = tracked ? renders[Math.min(expect, renders.length - 1)] : pulseNanos;
                if (frame < 0) {
                    firstFrame = at;
                    firstShown = at;
                } else {
                    frameDone[frame] = at;
                    pulsesPerFrame[frame] = pulses;
                    if (DRAWN) {
                        // What frame i drew; asked after its render, so it delays the next frame (diagnostic only).
                        dev.faultline.ui.timeline.DrawnFrame drawn = view.getDrawnFrame();
                        cardsDrawn[frame] = drawn.cards().size();
                        badgesDrawn[frame] = (int) drawn.clusters().stream().filter(c -> c.count() > 1).count();
                    }
                }
                fxCpu[frame + 1] = threads.getCurrentThreadCpuTime();
                pulses = 0;
                waiting = false;
                frame++;
                if (frame == SyntheticWorkload.FRAMES && pass < PASSES) {
                    // Diagnostic passes: play the sequence again in the same JVM; only the last one is reported.
                    pass++;
                    frame = 0;
                    firstFrame = frameDone[SyntheticWorkload.FRAMES - 1];
                    fxCpu[0] = fxCpu[SyntheticWorkload.FRAMES];
                    if (TRACE) {
                        threadsAtStart = ThreadTimes.read();
                    }
                }
                if (frame == SyntheticWorkload.FRAMES) {
                    timer.stop();
                    if (TRACE) {
                        threadsAtEnd = ThreadTimes.read();
                    }
                    if (tracked && renderCount.get() != expect + 1) {
                        err.println("faultline: note: " + (renderCount.get() - expect - 1)
                                + " extra frame(s) rendered after the last one");
                    }
                    done.countDown();
                    return;
                }
                if (PIPELINED) {
                    pipelineBase = renderCount.get();
                    pipelinedStep(timer);
                    return;
                }
            }
            // Apply the next window in this pulse; it is drawn in this pulse and rendered after it.
            TimeWindow w = SyntheticWorkload.frame(frame);
            expect = renderCount.get();
            frameApplied[frame] = System.nanoTime();
            view.setVisibleWindow(w.start(), w.end());
            view.redraw();
            waiting = true;
        }

        /**
         * The pipelined variant ({@code -Dfaultline.bench.pipelined=true}, not the default): a new window every pulse
         * without waiting for the previous frame to finish rendering, as an animation runs; the render thread draws
         * frame i while the JavaFX thread lays out frame i + 1. Frame i is the i-th render after the first frame;
         * a missing render (two windows in one frame) fails the run rather than being counted.
         */
        private void pipelinedStep(AnimationTimer timer) {
            int rendered = renderCount.get() - pipelineBase;
            if (applied < SyntheticWorkload.FRAMES) {
                TimeWindow w = SyntheticWorkload.frame(applied);
                frameApplied[applied] = System.nanoTime();
                // JavaFX-thread CPU from one window to the next (not per rendered frame, which overlap here).
                fxCpu[applied] = threads.getCurrentThreadCpuTime();
                view.setVisibleWindow(w.start(), w.end());
                view.redraw();
                applied++;
                return;
            }
            if (rendered >= SyntheticWorkload.FRAMES) {
                timer.stop();
                for (int i = 0; i < SyntheticWorkload.FRAMES; i++) {
                    frameDone[i] = renders[pipelineBase + i];
                }
                // The trace's per-frame render CPU counts back from the last frame's render.
                expect = pipelineBase + SyntheticWorkload.FRAMES - 1;
                fxCpu[SyntheticWorkload.FRAMES] = threads.getCurrentThreadCpuTime();
                if (rendered > SyntheticWorkload.FRAMES) {
                    failure.set((rendered - SyntheticWorkload.FRAMES) + " more frames rendered than windows applied");
                }
                done.countDown();
            } else if (++idleAfterLast > 2000) {
                timer.stop();
                failure.set("only " + rendered + " frames rendered for " + SyntheticWorkload.FRAMES
                        + " windows: the renderer merged some, so the pipelined figures would be wrong");
                done.countDown();
            }
        }

        private static final boolean TRACE = Boolean.getBoolean("faultline.bench.trace");
        /**
         * Diagnostic: {@code -Dfaultline.bench.drawn=true} prints how many cards and badges each frame drew. Asking
         * costs JavaFX-thread time between frames, so the timings of such a run are not the workload's.
         */
        private static final boolean DRAWN = Boolean.getBoolean("faultline.bench.drawn");
        private final int[] cardsDrawn = new int[SyntheticWorkload.FRAMES];
        private final int[] badgesDrawn = new int[SyntheticWorkload.FRAMES];
        /**
         * Diagnostic, not the workload's figure: {@code -Dfaultline.bench.passes=K} (1 to 10) plays the 180 frames K
         * times in one JVM and reports only the last pass, to show what a warm JIT does; the JSON line then carries
         * {@code "warmPasses"} so the figure cannot pass for the workload's.
         */
        private static final int PASSES = Math.max(1, Math.min(10, Integer.getInteger("faultline.bench.passes", 1)));
        private int pass = 1;
        private java.util.Map<String, Long> threadsAtStart = java.util.Map.of();
        private java.util.Map<String, Long> threadsAtEnd = java.util.Map.of();
        private static final boolean PIPELINED = Boolean.getBoolean("faultline.bench.pipelined");
        private int pipelineBase;
        private int applied;
        private int idleAfterLast;

        String json() {
            double[] intervals = new double[SyntheticWorkload.FRAMES];
            long previous = firstFrame;
            for (int i = 0; i < intervals.length; i++) {
                intervals[i] = (frameDone[i] - previous) / 1e6;
                previous = frameDone[i];
            }
            if (DRAWN) {
                err.println("cards drawn: " + Arrays.toString(cardsDrawn));
                err.println("badges drawn: " + Arrays.toString(badgesDrawn));
            }
            if (Boolean.getBoolean("faultline.bench.trace")) {
                StringBuilder b = new StringBuilder("intervals:");
                for (double v : intervals) {
                    b.append(String.format(Locale.ROOT, " %.1f", v));
                }
                err.println(b);
                err.printf(Locale.ROOT, "first frame: built %.1f ms, handed to view %.1f ms, rendered %.1f ms%n",
                        (built - t0) / 1e6, (shown - t0) / 1e6, (firstShown - t0) / 1e6);
                err.println("pulses per frame: " + Arrays.toString(pulsesPerFrame));
                double fxSum = 0;
                b = new StringBuilder("fx cpu:");
                for (int i = 1; i <= intervals.length; i++) {
                    double v = (fxCpu[i] - fxCpu[i - 1]) / 1e6;
                    fxSum += v;
                    b.append(String.format(Locale.ROOT, " %.1f", v));
                }
                err.println(b + String.format(Locale.ROOT, "  mean %.2f", fxSum / intervals.length));
                b = new StringBuilder("render cpu:");
                double sum = 0;
                for (int i = expect - intervals.length + 1; i <= expect; i++) {
                    double v = (renderCpu[i] - renderCpu[i - 1]) / 1e6;
                    sum += v;
                    b.append(String.format(Locale.ROOT, " %.1f", v));
                }
                err.println(b + String.format(Locale.ROOT, "  mean %.2f", sum / intervals.length));
                b = new StringBuilder("apply->render:");
                for (int i = 0; i < intervals.length; i++) {
                    b.append(String.format(Locale.ROOT, " %.1f", (frameDone[i] - frameApplied[i]) / 1e6));
                }
                err.println(b);
                // JVM uptime of each frame's start, to line the frames up with -Xlog:gc or -XX:+PrintCompilation.
                double offset = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()
                        - System.nanoTime() / 1e6;
                b = new StringBuilder("applied at uptime ms:");
                for (long applied : frameApplied) {
                    b.append(String.format(Locale.ROOT, " %.0f", applied / 1e6 + offset));
                }
                err.println(b);
                err.println("cpu ms per thread over the first frame and the 180 frames: " + ThreadTimes.delta(threadsAtStart, threadsAtEnd));
            }
            double[] sorted = intervals.clone();
            Arrays.sort(sorted);
            String json = String.format(Locale.ROOT,
                    "{\"app\":\"faultline\",\"events\":%d,\"firstFrameMs\":%.2f,\"frames\":%d,\"p50\":%.2f,"
                            + "\"p95\":%.2f,\"p99\":%.2f,\"max\":%.2f}",
                    n, (firstShown - t0) / 1e6, SyntheticWorkload.FRAMES, rank(sorted, 50), rank(sorted, 95),
                    rank(sorted, 99), sorted[sorted.length - 1]);
            // The optional field goes before the closing brace so the line stays one JSON object.
            return PASSES > 1 ? json.substring(0, json.length() - 1) + ",\"warmPasses\":" + (PASSES - 1) + "}" : json;
        }

        /** Nearest-rank percentile. */
        private static double rank(double[] sorted, double p) {
            int k = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, k - 1))];
        }
    }
}
