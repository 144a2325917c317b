package dev.faultline.ui.timeline;

import dev.faultline.text.LocalFormat;
import dev.faultline.timeline.Axis;
import dev.faultline.timeline.AxisLabels;
import dev.faultline.timeline.AxisLayout;
import dev.faultline.timeline.FrameLayout;
import dev.faultline.timeline.SyntheticWorkload;
import dev.faultline.timeline.TimeScale;
import dev.faultline.timeline.TimelineItems;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Runs the timeline's layout and drawing code off screen, once per run of the app, soon after the first timeline
 * shows: 2,000 frames of a synthetic model at random windows from a decade down to hours, laid out and drawn into a
 * canvas that is never shown, on a background thread. The JavaFX thread only makes the painter's glyph atlases.
 *
 * <p>Why: until the JIT compiler has seen this code, the first zoom of a session runs it interpreted, and every level
 * of detail reached for the first time stutters (measured with {@code --frame-bench}: frames of 40 to 60 ms where a
 * warm frame takes 8). The warm-up takes that cost while nobody is looking. It waits while the person is using the
 * timeline, so it does not compete with frames they are watching, and {@code -Dfaultline.warmup=false} turns it off.
 *
 * <p>Off screen it cannot warm JavaFX's renderer, which only runs for what is on screen: its replay of a canvas's
 * drawing commands, the glyph copies and the copy into the window ran interpreted through the first zoom, at twice
 * a warm frame's cost. So, second, the view that started it draws some of these frames on its own canvas (see
 * {@code TimelineViewSkin.rehearseOnScreen}), each painted over by its real frame in the same pulse, so never seen.
 *
 * <p>Its model is synthetic events of another seed than the frame bench's, and its windows are random, not the
 * bench's sequence: it warms the code, not any one path through it.
 */
final class TimelineWarmUp {

    private static final System.Logger LOG = System.getLogger("dev.faultline.ui.timeline");

    /**
     * Events in the warm-up model: as dense as the largest models the timeline is built for, so that the branches
     * only big counts take (badges of thousands, crowded cells) are compiled too.
     */
    static final int EVENTS = 100_000;
    /** Frames drawn: 1 to 2 s of one core on the 2-core machine the frame targets are measured on. */
    static final int FRAMES = 2000;
    private static final int SEED = 7;
    private static final double WIDTH = 1200;
    private static final double HEIGHT = 600;
    private static final long HOUR = 3_600_000L;

    private static final AtomicReference<CompletableFuture<Integer>> RUN = new AtomicReference<>();

    private TimelineWarmUp() {
    }

    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty("faultline.warmup"));
    }

    /**
     * The warm-up of this run of the app: finished (with the number of frames drawn, 0 when it is turned off or has
     * not started) or still running.
     */
    static CompletableFuture<Integer> current() {
        CompletableFuture<Integer> run = RUN.get();
        return run != null ? run : CompletableFuture.completedFuture(0);
    }

    /**
     * Starts the warm-up unless this run of the app has one already; on the JavaFX thread, which makes the glyph
     * atlases. {@code busy} says when the person is using the timeline; the warm-up waits then. When the frames off
     * screen are done, {@code onScreen} (if not null) gets the warm-up's frames on the JavaFX thread to have some of
     * them rendered as well, and completes with how many it had rendered; the warm-up is over when it has.
     */
    static CompletableFuture<Integer> start(String fontFamily, TimelineColors colors, BooleanSupplier busy,
            Function<Frames, CompletableFuture<Integer>> onScreen) {
        CompletableFuture<Integer> run = new CompletableFuture<>();
        if (!RUN.compareAndSet(null, run)) {
            return RUN.get();
        }
        if (!enabled()) {
            run.complete(0);
            return run;
        }
        TimelinePainter painter = new TimelinePainter(fontFamily);
        painter.prepare(colors);
        Thread thread = new Thread(() -> {
            try {
                long t = System.nanoTime();
                Frames frames = new Frames(painter, colors);
                int drawn = rehearse(frames, FRAMES, busy);
                LOG.log(Level.DEBUG, () -> String.format(Locale.ROOT, "timeline warm-up: %d frames in %.0f ms",
                        drawn, (System.nanoTime() - t) / 1e6));
                if (onScreen == null) {
                    run.complete(drawn);
                    return;
                }
                Platform.runLater(() -> {
                    try {
                        onScreen.apply(frames).whenComplete((shown, e) -> run.complete(drawn
                                + (shown == null ? 0 : shown)));
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "timeline warm-up stopped: " + e);
                        run.complete(drawn);
                    }
                });
            } catch (RuntimeException | LinkageError e) {
                // Only speed is lost; say so for whoever is measuring.
                LOG.log(Level.WARNING, "timeline warm-up stopped: " + e);
                run.complete(0);
            }
        }, "faultline-timeline-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return run;
    }

    /**
     * Lays out and draws {@code frames} frames off screen with a painter whose atlases are made; returns the frames
     * drawn. Runs on any thread: the canvas belongs to no scene. English, so that every glyph drawn is one the atlases
     * made on the JavaFX thread already hold.
     */
    static int rehearse(TimelinePainter painter, TimelineColors colors, int frames, BooleanSupplier busy) {
        return rehearse(new Frames(painter, colors), frames, busy);
    }

    static int rehearse(Frames source, int frames, BooleanSupplier busy) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        for (int f = 0; f < frames; f++) {
            while (busy.getAsBoolean()) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return f;
                }
            }
            // A full clear drops the canvas's buffered commands: nothing ever renders this canvas to consume them.
            gc.clearRect(0, 0, WIDTH, HEIGHT);
            source.paint(gc, WIDTH, HEIGHT);
        }
        return frames;
    }

    /**
     * The warm-up's model and its random windows, one frame at a time and at any size: laid out and drawn with the
     * warm-up's own painter, so that nothing the view's painter keeps (hit map, widths per item) is touched.
     * Confined to one thread at a time; the hand-over from the background thread to the JavaFX thread is the
     * completion of the background phase.
     */
    static final class Frames {

        private final TimelinePainter painter;
        private final TimelineColors colors;
        private final Locale locale = Locale.ENGLISH;
        private final TimelineItems items = SyntheticWorkload.toItems(SyntheticWorkload.generate(EVENTS, SEED));
        private final String[] laneLabels = new String[items.groupCount()];
        private final Color[] laneColors = new Color[items.groupCount()];
        private final Color[] palette;
        private final List<TimelineEra> eras = List.of(new TimelineEra(SyntheticWorkload.T0,
                SyntheticWorkload.T0 + 400 * SyntheticWorkload.DAY, "Era"));
        private final AxisLayout axisLayout;
        private final SplittableRandom random = new SplittableRandom(SEED);
        private final double widest = Math.log(items.maxEnd() - items.minStart());
        private final double narrowest = Math.log(6 * HOUR);
        private final int[] selected = {items.size() / 2};

        Frames(TimelinePainter painter, TimelineColors colors) {
            this.painter = painter;
            this.colors = colors;
            for (int g = 0; g < laneLabels.length; g++) {
                laneLabels[g] = LocalFormat.of(locale).text(items.swimlanes().get(g).name());
                laneColors[g] = Color.web(items.swimlanes().get(g).color());
            }
            palette = items.palette().stream().map(Color::web).toArray(Color[]::new);
            axisLayout = new AxisLayout(AxisLabels.forLocale(locale), painter.axisMinor::width,
                    painter.axisMajor::width);
        }

        /** Lays out and draws the next frame, a random window, on {@code gc} at {@code width} x {@code height}. */
        void paint(GraphicsContext gc, double width, double height) {
            // Zoom levels evenly in log scale, so every tick unit and level of detail gets its share.
            long span = (long) Math.exp(narrowest + random.nextDouble() * (widest - narrowest));
            long centre = items.minStart() + (long) (random.nextDouble() * (items.maxEnd() - items.minStart()));
            TimeScale scale = TimeScale.ofWindow(centre - span / 2, centre + span / 2, width);
            Axis axis = axisLayout.layout(scale);
            double top = TimelinePainter.ERA_H + TimelinePainter.AXIS_H;
            BandLayout bands = new BandLayout(top, Math.max(1, height - top), items.groupCount(), 0);
            FrameLayout layout = painter.layOut(items, scale, bands, laneLabels, locale, selected);
            painter.paint(gc, new TimelinePainter.Input(width, height, colors, items, scale, axis, layout, bands,
                    eras, laneLabels, laneColors, palette, locale, selected, -1, null));
        }
    }
}
