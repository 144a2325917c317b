package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.timeline.LaneGrouping;
import dev.faultline.timeline.NovemberModel;
import dev.faultline.ui.filter.FilterBar;
import dev.faultline.ui.timeline.TimelineView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** On a 1024x700 screen the timeline keeps its room: the window is laid out for it, not around the other panes. */
@ExtendWith(ApplicationExtension.class)
class SmallScreenLayoutTest {

    private final AppState state = new AppState(NovemberModel.build());
    private TimelineView timeline;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(state, new NoShellActions());
        timeline = new TimelineView();
        timeline.setAnimated(false);
        // One lane per person: seven lanes, more than fit, so the test sees how many the window leaves room for.
        timeline.setLaneGrouping(LaneGrouping.BY_PERSON);
        new TimelineBinding(state, timeline);
        window.setTimeline(timeline);
        window.setFilterBar(new FilterBar(state));
        stage.setScene(new Scene(window, 1024, 700));
        stage.show();
    }

    private void waitForLanes() {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !timeline.getDrawnFrame().lanes().isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("the timeline drew no lanes", e);
        }
    }

    @Test
    void at1024By700TheTimelineHasNearlyHalfTheHeightAndShowsFourWholeLanes(FxRobot robot) {
        waitForLanes();

        assertThat(timeline.getHeight()).isGreaterThanOrEqualTo(0.45 * 700);
        assertThat(timeline.getDrawnFrame().lanes()).hasSize(7);
        assertThat(timeline.getWholeLanesShown()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theFilterBarIsOneRow(FxRobot robot) {
        assertThat(robot.lookup("#filter-bar").queryAs(FilterBar.class).getHeight()).isLessThan(44);
        assertThat(controlsCutOff(robot)).isEmpty();
    }

    @Test
    void onAnEightHundredPixelWindowTheFilterBarTakesTwoRowsAndCutsNoControl(FxRobot robot) {
        // A window of its own, made narrower than it was first laid out: the test stage is shared by every test
        // class, and a size set on it explicitly would stay for them all.
        Stage[] small = new Stage[1];
        robot.interact(() -> {
            window.getScene().setRoot(new javafx.scene.layout.Region());
            small[0] = new Stage();
            small[0].setScene(new Scene(window, 1024, 700));
            small[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            small[0].setWidth(800);
            small[0].setHeight(500);
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            narrowWindowChecks(robot);
        } finally {
            robot.interact(small[0]::close);
        }
    }

    private void narrowWindowChecks(FxRobot robot) {
        FilterBar bar = robot.lookup("#filter-bar").queryAs(FilterBar.class);
        // The window got narrower than it was first laid out: everything in it follows (the timeline included).
        assertThat(window.getWidth()).isEqualTo(800);
        assertThat(timeline.getWidth()).isLessThanOrEqualTo(800);
        assertThat(bar.getHeight()).isBetween(44.0, 90.0);
        assertThat(controlsCutOff(robot)).isEmpty();
        // Saying that nothing matches moves nothing: the note is cut short, not given a row of its own.
        double before = bar.getHeight();
        robot.interact(() -> state.setFilter(state.getFilter().withPeople(java.util.Set.of("nobody-at-all"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#no-matches").query().isVisible()).isTrue();
        assertThat(bar.getHeight()).isEqualTo(before);
    }

    /** The bar's controls that do not lie wholly inside the window. */
    private List<String> controlsCutOff(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        double width = window.getScene().getWidth();
        for (String id : List.of("faction-picker", "people-picker", "kind-picker", "source-picker", "time-from",
                "time-range", "time-to", "filter-mode-hide", "filter-mode-dim", "match-count", "clear-filters")) {
            javafx.scene.Node n = robot.lookup("#" + id).query();
            javafx.geometry.Bounds b = n.localToScene(n.getBoundsInLocal());
            if (b.getMinX() < 0 || b.getMaxX() > width + 0.5 || b.getWidth() < 1) {
                cut.add(id + " " + b);
            }
        }
        return cut;
    }

    @Test
    void enlargingTheReaderGivesItMostOfTheMiddleAndTheButtonGivesItBack(FxRobot robot) {
        waitForLanes();
        double before = timeline.getHeight();

        robot.clickOn("#enlarge-reader");
        WaitForAsyncUtils.waitForFxEvents();
        double enlarged = robot.lookup("#reading-tabs").query().getLayoutBounds().getHeight();
        assertThat(timeline.getHeight()).isLessThan(before * 0.6);
        assertThat(enlarged).isGreaterThan(350);

        robot.clickOn("#enlarge-reader");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getHeight()).isEqualTo(before);
    }

    @Test
    void tabReachesEveryControlInReadingOrderAndTheFocusRingMovesNothing(FxRobot robot) {
        robot.interact(() -> {
            state.selectEvent("chatgpt-launch");
            state.selectEvent("altman-fired");
            state.selectEvent("altman-returns");
        });
        robot.clickOn("#back-button");
        javafx.geometry.Bounds canvasBefore = robot.lookup("#timeline-canvas").query().localToScene(
                robot.lookup("#timeline-canvas").query().getBoundsInLocal());
        List<String> visited = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            javafx.scene.Node owner = window.getScene().getFocusOwner();
            String id = owner == null ? null : owner.getId();
            if (id != null && (visited.isEmpty() || !visited.get(visited.size() - 1).equals(id))) {
                visited.add(id);
            }
            if ("timeline".equals(id)) {
                javafx.scene.Node canvas = robot.lookup("#timeline-canvas").query();
                assertThat(canvas.localToScene(canvas.getBoundsInLocal())).isEqualTo(canvasBefore);
                assertThat(robot.lookup("#timeline-focus-ring").query().isVisible()).isTrue();
            }
            robot.type(javafx.scene.input.KeyCode.TAB);
        }

        assertThat(visited).containsSubsequence("back-button", "forward-button", "faction-picker", "people-picker-button",
                "time-from", "time-to", "filter-mode-hide", "timeline", "timeline-group-person", "timeline-zoom-out",
                "timeline-zoom-in", "timeline-home", "timeline-fit", "timeline-legend-button", "overview-band",
                "event-list-view");
    }
}
