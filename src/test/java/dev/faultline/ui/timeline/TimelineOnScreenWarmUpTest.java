package dev.faultline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.timeline.SyntheticWorkload;
import dev.faultline.timeline.TimeWindow;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The warm-up's frames drawn on the timeline's own canvas, so that the renderer's code is compiled before anyone zooms:
 * nobody may ever see one, and they wait while the person uses the window.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineOnScreenWarmUpTest {

    private TimelineView view;
    private StackPane root;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setAnimated(false);
        view.setItems(SyntheticWorkload.toItems(SyntheticWorkload.generate(2_000)));
        TimeWindow w = SyntheticWorkload.frame(70);
        view.setVisibleWindow(w.start(), w.end());
        root = new StackPane(view);
        stage.setScene(new Scene(root, 900, 520));
        stage.show();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    private Canvas canvas() {
        return (Canvas) view.lookup("#timeline-canvas");
    }

    private WritableImage canvasPixels() {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return canvas().snapshot(params, null);
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int differing = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    /** Starts the on-screen part of the warm-up on this view, as the app does once its off-screen part is done. */
    private CompletableFuture<Integer> rehearse(int frames) throws Exception {
        return onFx(() -> {
            TimelinePainter painter = new TimelinePainter(view.fontFamilyName());
            painter.prepare(view.colors());
            TimelineWarmUp.Frames source = new TimelineWarmUp.Frames(painter, view.colors());
            TimelineViewSkin skin = (TimelineViewSkin) view.getSkin();
            return skin.rehearseOnScreen(source, frames);
        });
    }

    /**
     * Runs {@code frames} frames of the warm-up and looks at the canvas every 15 ms meanwhile: it must always show
     * what it showed before, and does after; returns how many frames were drawn.
     */
    private int rehearseWatching(int frames, String what) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage before = onFx(this::canvasPixels);
        CompletableFuture<Integer> done = rehearse(frames);
        int looks = 0;
        while (!done.isDone() && looks < 400) {
            int differing = onFx(() -> differingPixels(before, canvasPixels()));
            assertThat(differing).as("pixels of a warm-up frame showing %s, look %d", what, looks).isZero();
            looks++;
            Thread.sleep(15);
        }
        int drawn = done.get(60, TimeUnit.SECONDS);
        assertThat(onFx(() -> differingPixels(before, canvasPixels()))).as("after the warm-up %s", what).isZero();
        return drawn;
    }

    @Test
    void theWarmUpsFramesOnTheCanvasAreNeverSeen() throws Exception {
        // It drew every frame it was asked for (so there was something that could have shown), and none showed.
        assertThat(rehearseWatching(40, "on the timeline")).isEqualTo(40);
        // What stays on the canvas is the timeline's own frame.
        DrawnFrame drawn = onFx(view::getDrawnFrame);
        assertThat(drawn.cards().size() + drawn.clusters().size()).as(drawn.toString()).isPositive();
    }

    @Test
    void theWarmUpsFramesAreNeverSeenOnAnEmptyTimelineEither() throws Exception {
        // The warm-up starts after the first frame, which in the app is often the empty timeline while the model
        // loads: its frame (no swimlanes, a message) must cover a warm-up frame too.
        onFx(() -> {
            view.setItems(dev.faultline.timeline.TimelineItems.empty());
            return null;
        });
        assertThat(rehearseWatching(20, "on the empty timeline")).isEqualTo(20);
    }

    @Test
    void theWarmUpOnScreenWaitsWhileThePersonUsesTheWindow() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        // Someone moving the mouse over the timeline for a second and a half.
        long[] until = {System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500)};
        AnimationTimer moving = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (System.nanoTime() > until[0]) {
                    stop();
                    return;
                }
                canvas().fireEvent(new MouseEvent(MouseEvent.MOUSE_MOVED, 200, 200, 200, 200, MouseButton.NONE, 0,
                        false, false, false, false, false, false, false, false, false, false, null));
            }
        };
        onFx(() -> {
            moving.start();
            return null;
        });
        CompletableFuture<Integer> done = rehearse(5);
        Thread.sleep(1000);
        assertThat(done).as("drawn while the mouse was moving").isNotDone();
        assertThat(done.get(60, TimeUnit.SECONDS)).isEqualTo(5);
    }

    @Test
    void aTimelineThatLeavesItsWindowEndsTheWarmUp() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        CompletableFuture<Integer> done = rehearse(1_000_000);
        onFx(() -> {
            root.getChildren().remove(view);
            return null;
        });
        int drawn = done.get(60, TimeUnit.SECONDS);
        assertThat(drawn).isLessThan(1_000_000);
    }
}
