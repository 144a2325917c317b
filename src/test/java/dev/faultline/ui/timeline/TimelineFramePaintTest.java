package dev.faultline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.text.LocalFormat;
import dev.faultline.timeline.AxisLabels;
import dev.faultline.timeline.AxisLayout;
import dev.faultline.timeline.FrameLayout;
import dev.faultline.timeline.SyntheticWorkload;
import dev.faultline.timeline.TimeScale;
import dev.faultline.timeline.TimeWindow;
import dev.faultline.timeline.TimelineItems;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the frame-cost cuts must not change: a frame still covers the whole canvas (no clearing fill under it any
 * more), a card keeps one width however often it is asked for, and glyphs are copied only where they have ink.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineFramePaintTest {

    private static final TimelineColors COLORS = new TimelineColors(Color.WHITE, Color.BLACK, Color.GRAY,
            Color.LIGHTGRAY, Color.DARKGRAY, Color.BLUE, Color.WHITESMOKE, Color.SLATEGRAY, Color.WHITE, Color.BEIGE);
    private static final int W = 700;
    private static final int H = 420;

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need: they paint canvases no stage shows.
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    /** Paints one frame of the synthetic workload over a canvas filled with {@code stale}; returns its pixels. */
    private static WritableImage frameOver(Color stale, TimeWindow window, double laneScroll) {
        Locale locale = Locale.ENGLISH;
        TimelinePainter painter = new TimelinePainter("");
        painter.prepare(COLORS);
        TimelineItems items = SyntheticWorkload.toItems(SyntheticWorkload.generate(3_000));
        String[] laneLabels = new String[items.groupCount()];
        Color[] laneColors = new Color[items.groupCount()];
        for (int g = 0; g < laneLabels.length; g++) {
            laneLabels[g] = LocalFormat.of(locale).text(items.swimlanes().get(g).name());
            laneColors[g] = Color.web(items.swimlanes().get(g).color());
        }
        Color[] palette = items.palette().stream().map(Color::web).toArray(Color[]::new);
        List<TimelineEra> eras = List.of(new TimelineEra(SyntheticWorkload.T0 + 300 * SyntheticWorkload.DAY,
                SyntheticWorkload.T0 + 900 * SyntheticWorkload.DAY, "An era"));
        Canvas canvas = new Canvas(W, H);
        var gc = canvas.getGraphicsContext2D();
        gc.setFill(stale);
        gc.fillRect(0, 0, W, H);
        TimeScale scale = TimeScale.ofWindow(window.start(), window.end(), W);
        double top = TimelinePainter.ERA_H + TimelinePainter.AXIS_H;
        BandLayout bands = new BandLayout(top, H - top, items.groupCount(), laneScroll);
        AxisLayout axisLayout = new AxisLayout(AxisLabels.forLocale(locale), painter.axisMinor::width,
                painter.axisMajor::width);
        FrameLayout layout = painter.layOut(items, scale, bands, laneLabels, locale, new int[0]);
        painter.paint(gc, new TimelinePainter.Input(W, H, COLORS, items, scale, axisLayout.layout(scale), layout,
                bands, eras, laneLabels, laneColors, palette, locale, new int[0], -1, null));
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return canvas.snapshot(params, null);
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int differing = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    @Test
    void aFrameCoversEveryPixelTheLastFrameLeftBehind() throws Exception {
        // Zoomed in (cards), zoomed out (badges), and with the lanes scrolled by a fraction of a pixel, where a
        // band's edge would blend with what was there before if it were not on a whole pixel.
        TimeWindow[] windows = {SyntheticWorkload.frame(80), SyntheticWorkload.frame(120),
            SyntheticWorkload.initialWindow()};
        double[] scrolls = {0, 13.5, 0};
        for (int k = 0; k < windows.length; k++) {
            TimeWindow window = windows[k];
            double scroll = scrolls[k];
            int differing = onFx(() -> differingPixels(frameOver(Color.MAGENTA, window, scroll),
                    frameOver(Color.LIME, window, scroll)));
            assertThat(differing).as("pixels that show the canvas's old content, frame %d", k).isZero();
        }
    }

    @Test
    void aCardKeepsTheWidthItWasFirstMeasuredAt() throws Exception {
        onFx(() -> {
            Locale locale = Locale.ENGLISH;
            TimelineItems items = SyntheticWorkload.toItems(SyntheticWorkload.generate(500));
            double msPerPixel = TimeScale.DAY / 100.0;
            TimelinePainter painter = new TimelinePainter("");
            double[] first = new double[items.size()];
            for (int i = 0; i < items.size(); i++) {
                first[i] = painter.cardWidth(items, i, locale, msPerPixel);
            }
            TimelinePainter fresh = new TimelinePainter("");
            for (int i = items.size() - 1; i >= 0; i--) {
                assertThat(painter.cardWidth(items, i, locale, msPerPixel)).isEqualTo(first[i]);
                assertThat(fresh.cardWidth(items, i, locale, msPerPixel)).isEqualTo(first[i]);
            }
            // Other items, whose titles at the same indices are longer: the widths kept are not theirs.
            TimelineItems shortTitles = titled(items.size(), "Ev");
            TimelineItems longTitles = titled(items.size(), "A much longer event title that needs the room");
            int wider = 0;
            for (int i = 0; i < items.size(); i++) {
                double narrow = painter.cardWidth(shortTitles, i, locale, msPerPixel);
                if (painter.cardWidth(longTitles, i, locale, msPerPixel) > narrow) {
                    wider++;
                }
            }
            assertThat(wider).isEqualTo(items.size());
            wider = items.size();
            assertThat(wider).isPositive();
            return null;
        });
    }

    private static TimelineItems titled(int n, String title) {
        TimelineItems.Builder b = TimelineItems.builder(SyntheticWorkload.swimlanes(),
                List.of("#336699", "#993366", "#669933", "#996633", "#336666"), n);
        for (int i = 0; i < n; i++) {
            long start = SyntheticWorkload.T0 + i * SyntheticWorkload.DAY;
            b.add("e" + i, title, title, start, start, i % 5, i % 5, 3, TimelineItems.DAY, 0);
        }
        return b.build();
    }

    @Test
    void aGlyphIsCopiedOnlyWhereItHasInk() throws Exception {
        onFx(() -> {
            TimelinePainter painter = new TimelinePainter("");
            GlyphAtlas atlas = new GlyphAtlas(painter.body, Color.BLACK);
            int[] dot = atlas.inkOf('.');
            int[] slot = atlas.slotOf('.');
            assertThat(dot).isNotNull();
            assertThat(dot[2] * dot[3]).as("ink of a full stop against its slot").isLessThan(slot[0] * slot[1] / 4);
            assertThat(atlas.inkOf(' ')).isNull();
            int[] m = atlas.inkOf('M');
            assertThat(m[3]).as("an M's ink is shorter than the line, whose height makes room for CJK")
                    .isLessThan(slot[1]);

            WritableImage drawn = new WritableImage(12, 10);
            drawn.getPixelWriter().setArgb(3, 4, 0x80000000);
            drawn.getPixelWriter().setArgb(6, 8, 0xff000000);
            int box = GlyphAtlas.inkBox(drawn.getPixelReader(), 0, 0, 12, 10);
            assertThat(new int[] {box >>> 24, (box >>> 16) & 0xff, (box >>> 8) & 0xff, box & 0xff})
                    .containsExactly(3, 4, 4, 5);
            assertThat(GlyphAtlas.inkBox(new WritableImage(5, 5).getPixelReader(), 0, 0, 5, 5)).isZero();
            return null;
        });
    }
}
