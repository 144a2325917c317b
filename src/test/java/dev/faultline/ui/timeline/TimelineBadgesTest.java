package dev.faultline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.timeline.SyntheticWorkload;
import dev.faultline.timeline.TimeWindow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Count badges never touch or overlap, at any zoom the frame workload passes through. */
@ExtendWith(ApplicationExtension.class)
class TimelineBadgesTest {

    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setAnimated(false);
        view.setItems(SyntheticWorkload.toItems(SyntheticWorkload.generate(10_000)));
        stage.setScene(new Scene(view, SyntheticWorkload.WIDTH, 700));
        stage.show();
    }

    @Test
    void badgesNeverTouchAtAnyZoomOfTheWorkload(FxRobot robot) {
        List<String> touching = new ArrayList<>();
        int checked = 0;
        for (int f = 0; f < SyntheticWorkload.FRAMES; f += 3) {
            TimeWindow w = SyntheticWorkload.frame(f);
            robot.interact(() -> view.setVisibleWindow(w.start(), w.end()));
            WaitForAsyncUtils.waitForFxEvents();
            DrawnFrame frame = view.getDrawnFrame();
            // Badges of one lane share a row (same top); sorted by x, each must end at least a pixel before the next.
            Map<Double, List<DrawnFrame.Cluster>> rows = frame.clusters().stream()
                    .collect(Collectors.groupingBy(c -> c.bounds().getMinY()));
            for (List<DrawnFrame.Cluster> row : rows.values()) {
                row.sort(Comparator.comparingDouble(c -> c.bounds().getMinX()));
                for (int k = 1; k < row.size(); k++) {
                    double gap = row.get(k).bounds().getMinX() - row.get(k - 1).bounds().getMaxX();
                    checked++;
                    if (gap < 1) {
                        touching.add("frame " + f + ": " + row.get(k - 1).count() + "/" + row.get(k).count()
                                + " gap " + gap);
                    }
                }
            }
        }
        assertThat(checked).as("pairs of neighbouring badges looked at").isGreaterThan(100);
        assertThat(touching).isEmpty();
    }
}
