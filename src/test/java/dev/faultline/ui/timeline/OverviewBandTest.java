package dev.faultline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.faultline.timeline.SyntheticWorkload;
import dev.faultline.timeline.TimeScale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class OverviewBandTest {

    private static final long YEAR = 365 * TimeScale.DAY;
    private OverviewBand band;

    @Start
    void start(Stage stage) {
        band = new OverviewBand();
        band.setItems(SyntheticWorkload.toItems(SyntheticWorkload.generate(2000)));
        band.setSpanStart(SyntheticWorkload.T0);
        band.setSpanEnd(SyntheticWorkload.T0 + 10 * YEAR);
        band.setVisibleWindow(SyntheticWorkload.T0 + 2 * YEAR, SyntheticWorkload.T0 + 4 * YEAR);
        stage.setScene(new Scene(new StackPane(band), 1000, 60));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void draggingTheWindowPansItByTheTimeDraggedOver(FxRobot robot) {
        Node window = robot.lookup("#overview-window").query();
        Bounds b = window.localToScreen(window.getLayoutBounds());
        long width = band.getVisibleEnd() - band.getVisibleStart();

        robot.drag(b.getCenterX(), b.getCenterY(), MouseButton.PRIMARY).dropBy(100, 0);
        WaitForAsyncUtils.waitForFxEvents();

        // 100 of 1000 px is a tenth of the ten-year strip.
        assertThat((double) band.getVisibleStart()).isCloseTo(SyntheticWorkload.T0 + 3 * YEAR, within(YEAR / 50.0));
        assertThat(band.getVisibleEnd() - band.getVisibleStart()).isEqualTo(width);
    }

    @Test
    void draggingTheRightEdgeWidensTheWindow(FxRobot robot) {
        Node edge = robot.lookup("#overview-window-end").query();
        Bounds b = edge.localToScreen(edge.getLayoutBounds());

        robot.drag(b.getCenterX(), b.getCenterY(), MouseButton.PRIMARY).dropBy(200, 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat((double) band.getVisibleStart()).isCloseTo(SyntheticWorkload.T0 + 2 * YEAR, within(YEAR / 50.0));
        assertThat((double) band.getVisibleEnd()).isCloseTo(SyntheticWorkload.T0 + 6 * YEAR, within(YEAR / 50.0));
    }

    @Test
    void pressingBesideTheWindowCentresItThere(FxRobot robot) {
        Node canvas = robot.lookup("#overview-canvas").query();
        Bounds b = canvas.localToScreen(canvas.getLayoutBounds());

        robot.clickOn(b.getMinX() + b.getWidth() * 0.8, b.getMinY() + 20);
        WaitForAsyncUtils.waitForFxEvents();

        double centre = band.getVisibleStart() / 2.0 + band.getVisibleEnd() / 2.0;
        assertThat(centre).isCloseTo(SyntheticWorkload.T0 + 8 * YEAR, within(YEAR / 50.0));
    }

    @Test
    void theFilterRangeIsBracketedOverTheStripAndHiddenWithoutOne(FxRobot robot) {
        Node range = robot.lookup("#overview-filter-range").query();
        assertThat(range.isVisible()).isFalse();

        robot.interact(() -> band.setFilterRange(SyntheticWorkload.T0 + 5 * YEAR, SyntheticWorkload.T0 + 7 * YEAR));
        WaitForAsyncUtils.waitForFxEvents();

        // Years 5 to 7 of the ten-year, 1000-pixel strip.
        assertThat(range.isVisible()).isTrue();
        assertThat(range.getLayoutX()).isCloseTo(500, within(2.0));
        assertThat(range.getLayoutBounds().getWidth()).isCloseTo(200, within(3.0));

        // An open end runs to the edge of the strip.
        robot.interact(() -> band.setFilterRange(SyntheticWorkload.T0 + 8 * YEAR, OverviewBand.UNBOUNDED_END));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(range.getLayoutX()).isCloseTo(800, within(2.0));
        assertThat(range.getLayoutX() + range.getLayoutBounds().getWidth()).isCloseTo(1000, within(2.0));

        robot.interact(() -> band.setFilterRange(OverviewBand.UNBOUNDED_START, OverviewBand.UNBOUNDED_END));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(range.isVisible()).isFalse();
    }

    @Test
    void theStripNamesItsYearsWhateverSpanAFilterLeaves(FxRobot robot) {
        // Spans a filter can narrow the strip to: ten years, two years, a few months, a few weeks, one month.
        long[][] spans = {{0, 10 * YEAR}, {YEAR + 200 * TimeScale.DAY, 3 * YEAR + 100 * TimeScale.DAY},
            {2 * YEAR + 40 * TimeScale.DAY, 2 * YEAR + 170 * TimeScale.DAY},
            {5 * YEAR + 100 * TimeScale.DAY, 5 * YEAR + 130 * TimeScale.DAY},
            {6 * YEAR + 300 * TimeScale.DAY, 6 * YEAR + 331 * TimeScale.DAY}};
        for (long[] span : spans) {
            robot.interact(() -> {
                band.setSpanStart(SyntheticWorkload.T0 + span[0]);
                band.setSpanEnd(SyntheticWorkload.T0 + span[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(band.getDrawnLabels()).as("labels over %d days", (span[1] - span[0]) / TimeScale.DAY)
                    .anyMatch(label -> label.matches(".*\\b(19|20)\\d\\d\\b.*"));
        }
    }
}
