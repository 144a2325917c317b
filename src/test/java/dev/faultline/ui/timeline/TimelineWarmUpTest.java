package dev.faultline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineWarmUpTest {

    private static final TimelineColors COLORS = new TimelineColors(Color.WHITE, Color.BLACK, Color.GRAY,
            Color.LIGHTGRAY, Color.DARKGRAY, Color.BLUE, Color.WHITESMOKE, Color.SLATEGRAY, Color.WHITE, Color.BEIGE);

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need; the warm-up draws on a canvas no stage shows.
    }

    /** A painter with its atlases made where they must be: on the JavaFX thread. */
    private static TimelinePainter preparedPainter() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            TimelinePainter painter = new TimelinePainter("");
            painter.prepare(COLORS);
            return painter;
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theWarmUpLaysOutAndDrawsEveryFrameOffTheJavaFxThread() throws Exception {
        TimelinePainter painter = preparedPainter();
        AtomicReference<String> thread = new AtomicReference<>();
        CompletableFuture<Integer> drawn = CompletableFuture.supplyAsync(() -> {
            thread.set(Thread.currentThread().getName() + (Platform.isFxApplicationThread() ? " (fx)" : ""));
            return TimelineWarmUp.rehearse(painter, COLORS, 40, () -> false);
        });

        assertThat(drawn.get(60, TimeUnit.SECONDS)).isEqualTo(40);
        assertThat(thread.get()).doesNotContain("(fx)");
        // The last frame went through the whole painter: it recorded where its cards and badges went.
        assertThat(painter.hits.isEmpty()).isFalse();
    }

    @Test
    void theWarmUpWaitsWhileThePersonIsUsingTheTimeline() throws Exception {
        TimelinePainter painter = preparedPainter();
        AtomicBoolean inUse = new AtomicBoolean(true);
        AtomicInteger asked = new AtomicInteger();
        CompletableFuture<Integer> drawn = CompletableFuture.supplyAsync(
                () -> TimelineWarmUp.rehearse(painter, COLORS, 5, () -> {
                    asked.incrementAndGet();
                    return inUse.get();
                }));

        // Wait until it has asked more than once (a busy machine may start the task late), not a fixed time.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (asked.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(asked.get()).isGreaterThan(1);
        assertThat(drawn).isNotDone();

        inUse.set(false);
        assertThat(drawn.get(60, TimeUnit.SECONDS)).isEqualTo(5);
    }

    @Test
    void turnedOffTheWarmUpDrawsNothing() throws Exception {
        // The build runs tests with -Dfaultline.warmup=false, as a person can run the app.
        assertThat(System.getProperty("faultline.warmup")).isEqualTo("false");
        Integer frames = WaitForAsyncUtils.asyncFx(
                () -> TimelineWarmUp.start("", COLORS, () -> false, null)).get(10, TimeUnit.SECONDS)
                .get(10, TimeUnit.SECONDS);
        assertThat(frames).isZero();
        assertThat(TimelineView.warmUp().get(10, TimeUnit.SECONDS)).isZero();
    }
}
