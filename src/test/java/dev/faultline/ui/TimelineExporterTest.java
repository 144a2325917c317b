package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.export.ExportFormat;
import dev.faultline.model.TimelineModel;
import dev.faultline.timeline.NovemberModel;
import dev.faultline.ui.timeline.TimelineView;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export writes what the window shows: the timeline's window, size and CSS colours; the filtered events. */
@ExtendWith(ApplicationExtension.class)
class TimelineExporterTest {

    private final TimelineModel model = NovemberModel.build();
    private final AppState state = new AppState(model);
    private MainWindow window;
    private TimelineView timeline;
    private TimelineExporter exporter;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new MainWindow(state, new NoShellActions());
        timeline = new TimelineView();
        new TimelineBinding(state, timeline);
        timeline.setAnimated(false);
        window.setTimeline(timeline);
        exporter = new TimelineExporter(state, window, timeline, Runnable::run);
        stage.setScene(new Scene(window, 1100, 760));
        stage.show();
        stage.requestFocus();
    }

    private Path export(FxRobot robot, ExportFormat format, String name) throws Exception {
        Path file = dir.resolve(name);
        Task<?>[] task = new Task<?>[1];
        robot.interact(() -> task[0] = exporter.export(format, file));
        task[0].get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return file;
    }

    @Test
    void aPictureIsAsWideAsTheTimelineAndInTheColoursItsCssGivesIt(FxRobot robot) throws Exception {
        BufferedImage before = ImageIO.read(export(robot, ExportFormat.PNG, "light.png").toFile());
        assertThat(before.getWidth()).isEqualTo((int) Math.round(timeline.getWidth()));
        assertThat(share(before, 0xfbfaf7)).isGreaterThan(0.3);

        robot.interact(() -> timeline.setStyle("-tl-canvas-background: #203040;"));
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage after = ImageIO.read(export(robot, ExportFormat.PNG_2X, "restyled.png").toFile());

        assertThat(after.getWidth()).isEqualTo(2 * before.getWidth());
        assertThat(share(after, 0x203040)).isGreaterThan(0.3);
        assertThat(share(after, 0xfbfaf7)).isZero();
        assertThat(window.lookup("#status").toString()).contains("restyled.png");
    }

    @Test
    void dataExportsHoldOnlyTheEventsThatMatchTheFilter(FxRobot robot) throws Exception {
        String kept = model.events().get(1).id();
        robot.interact(() -> state.publishMatches(Set.of(kept)));
        List<String> lines = Files.readAllLines(export(robot, ExportFormat.CSV, "one.csv"));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(kept + ",");
    }

    private static double share(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return (double) n / ((long) image.getWidth() * image.getHeight());
    }
}
