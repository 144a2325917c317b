package dev.faultline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.Event;
import dev.faultline.model.HomeWindow;
import dev.faultline.model.PartialDate;
import dev.faultline.model.TimelineModel;
import dev.faultline.timeline.LaneGrouping;
import dev.faultline.timeline.NovemberModel;
import dev.faultline.ui.AppState;
import dev.faultline.ui.Selection;
import dev.faultline.ui.TimelineBinding;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The selection is always in sight: wherever an event is chosen, the timeline shows its own card, whole. */
@ExtendWith(ApplicationExtension.class)
class TimelineRevealTest {

    private static final long NOV_10 = Instant.parse("2023-11-10T00:00:00Z").toEpochMilli();
    private static final long DEC_01 = Instant.parse("2023-12-01T00:00:00Z").toEpochMilli();

    private final TimelineModel plain = NovemberModel.build();
    private final TimelineModel model = new TimelineModel(plain.title(), plain.description(), plain.sources(),
            plain.factions(), plain.organizations(), plain.people(), plain.eras(), plain.events(),
            plain.disagreements(), List.of(), new HomeWindow(PartialDate.parse("2023-11-10"), PartialDate.parse("2023-11-30")));
    private final AppState state = new AppState(model);
    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setAnimated(false);
        view.setLaneGrouping(LaneGrouping.COMPACT);
        new TimelineBinding(state, view);
        stage.setScene(new Scene(view, 900, 420));
        stage.show();
        stage.requestFocus();
    }

    /** Waits until the last frame drew the event's card wholly inside the canvas, and returns it. */
    private DrawnFrame.Card wholeCardOf(String id, FxRobot robot) {
        Canvas canvas = robot.lookup("#timeline-canvas").queryAs(Canvas.class);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.getDrawnFrame().card(id)
                    .filter(c -> inside(c.bounds(), canvas)).isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError(id + " never showed as a whole card; drew " + view.getDrawnFrame(), e);
        }
        return view.getDrawnFrame().card(id).orElseThrow();
    }

    /**
     * The card starts on screen with room for its smallest body (54 px); its time bar may run on past the edge (a
     * month-precise date drawn across its month at a zoom of days).
     */
    private static boolean inside(Bounds b, Canvas canvas) {
        return b.getMinX() >= 0 && Math.min(b.getMaxX(), b.getMinX() + 54) <= canvas.getWidth() + 0.5
                && b.getMinY() >= 0 && b.getMaxY() <= canvas.getHeight() + 0.5;
    }

    private void fitEverything(FxRobot robot) {
        robot.interact(view::fitAll);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** An event that the whole-span view hides in a badge, so revealing it takes more than a pan. */
    private String aClusteredEvent() {
        return view.getDrawnFrame().clusters().stream().filter(c -> c.count() >= 2)
                .flatMap(c -> c.eventIds().stream()).findFirst()
                .orElseThrow(() -> new AssertionError("no badge at the whole span: " + view.getDrawnFrame()));
    }

    @Test
    void theTimelineOpensOnTheModelsHomeWindowWithReadableCards(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.getVisibleStart()).isLessThanOrEqualTo(NOV_10);
        assertThat(view.getVisibleEnd()).isGreaterThanOrEqualTo(Instant.parse("2023-12-01T00:00:00Z").toEpochMilli());
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).isLessThan(2 * (DEC_01 - NOV_10));
        wholeCardOf("altman-fired", robot);
        wholeCardOf("altman-returns", robot);
    }

    @Test
    void homeReturnsToTheHomeWindowAndFitShowsEverything(FxRobot robot) {
        long homeStart = view.getVisibleStart();
        long homeEnd = view.getVisibleEnd();
        robot.clickOn("#timeline-fit");
        WaitForAsyncUtils.waitForFxEvents();
        long founded = model.event("openai-founded").orElseThrow().date().startMillis();
        assertThat(view.getVisibleStart()).isLessThanOrEqualTo(founded);

        robot.interact(view::requestFocus);
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.getVisibleStart()).isEqualTo(homeStart);
        assertThat(view.getVisibleEnd()).isEqualTo(homeEnd);
    }

    @Test
    void selectingFromTheListOrSearchRevealsTheCardOutOfItsBadge(FxRobot robot) {
        fitEverything(robot);
        String hidden = aClusteredEvent();

        // The event list and the search results both select through the state.
        robot.interact(() -> state.selectEvent(hidden));

        wholeCardOf(hidden, robot);
    }

    @Test
    void choosingAnEventInAPersonsPanelRevealsIt(FxRobot robot) {
        fitEverything(robot);
        String hidden = aClusteredEvent();

        // The person panel is open, and lists the person's events as links that select through the state.
        robot.interact(() -> state.selectPerson("sam-altman"));
        robot.interact(() -> state.selectEvent(hidden));

        wholeCardOf(hidden, robot);
    }

    @Test
    void leftAndRightRevealEachEventTheyStepTo(FxRobot robot) {
        robot.interact(() -> state.selectEvent("chatgpt-launch"));
        wholeCardOf("chatgpt-launch", robot);
        robot.interact(view::requestFocus);
        List<String> chronological = model.events().stream().map(Event::id).toList();
        int from = chronological.indexOf("chatgpt-launch");

        for (int k = 1; k <= 4; k++) {
            robot.type(KeyCode.RIGHT);
            wholeCardOf(chronological.get(from + k), robot);
        }
        robot.type(KeyCode.LEFT);
        wholeCardOf(chronological.get(from + 3), robot);
    }

    @Test
    void backRevealsTheEventItReturnsTo(FxRobot robot) {
        robot.interact(() -> state.selectEvent("openai-founded"));
        wholeCardOf("openai-founded", robot);
        robot.interact(() -> state.selectEvent("restructuring-2024"));
        wholeCardOf("restructuring-2024", robot);

        robot.interact(state::back);

        wholeCardOf("openai-founded", robot);
    }

    @Test
    void zoomingWithPlusAndMinusKeepsTheSelectionInView(FxRobot robot) {
        robot.interact(() -> state.selectEvent("microsoft-hires"));
        wholeCardOf("microsoft-hires", robot);
        robot.interact(view::requestFocus);
        long at = model.event("microsoft-hires").orElseThrow().date().startMillis();

        for (KeyCode key : List.of(KeyCode.EQUALS, KeyCode.EQUALS, KeyCode.EQUALS, KeyCode.MINUS, KeyCode.MINUS,
                KeyCode.MINUS, KeyCode.MINUS, KeyCode.MINUS)) {
            robot.type(key);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(at).as("after %s", key).isBetween(view.getVisibleStart(), view.getVisibleEnd());
        }
        robot.clickOn("#timeline-zoom-in");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(at).isBetween(view.getVisibleStart(), view.getVisibleEnd());
    }

    @Test
    void aBurstOfArrowsIsOneHistoryEntry(FxRobot robot) {
        robot.interact(() -> state.selectEvent("capped-profit"));
        robot.interact(view::requestFocus);
        int before = state.historySize();

        for (int k = 0; k < 5; k++) {
            robot.type(KeyCode.RIGHT);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.historySize()).isEqualTo(before + 1);
        robot.interact(state::back);
        assertThat(state.getSelectedEvent().id()).isEqualTo("capped-profit");
    }

    @Test
    void enterOpensTheSelectedEvent(FxRobot robot) {
        robot.interact(() -> state.selectEvent("altman-fired"));
        robot.interact(() -> state.selectPerson("sam-altman"));
        robot.interact(view::requestFocus);

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // The test model's events cite no passage, so Enter opens the event itself.
        assertThat(state.getSelection()).isEqualTo(new Selection.OfEvent("altman-fired"));
    }

    @Test
    void clickingAnEraZoomsToIt(FxRobot robot) {
        fitEverything(robot);
        Canvas canvas = robot.lookup("#timeline-canvas").queryAs(Canvas.class);
        long capStart = model.era("capped-profit").orElseThrow().start().startMillis();
        long capEnd = model.era("capped-profit").orElseThrow().end().endMillisExclusive();
        double x = (capStart / 2.0 + capEnd / 2.0 - view.getVisibleStart()) * canvas.getWidth()
                / (view.getVisibleEnd() - view.getVisibleStart());

        robot.clickOn(canvas.localToScreen(x, TimelinePainter.ERA_H / 2));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.getVisibleStart()).isLessThanOrEqualTo(capStart);
        assertThat(view.getVisibleEnd()).isGreaterThanOrEqualTo(capEnd);
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).isLessThan(2 * (capEnd - capStart));
    }

    @Test
    void withNothingSelectedRightSelectsTheFirstEventInView(FxRobot robot) {
        robot.interact(view::requestFocus);

        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getSelectedEvent()).isNotNull();
        assertThat(state.getSelectedEvent().date().startMillis()).isGreaterThanOrEqualTo(view.getVisibleStart());
        wholeCardOf(state.getSelectedEvent().id(), robot);
    }

    @Test
    void zoomInHereZoomsUntilTheBadgesEventsAreCards(FxRobot robot) {
        fitEverything(robot);
        // The smallest badge of several events: one whose events the lanes can hold side by side.
        DrawnFrame.Cluster badge = view.getDrawnFrame().clusters().stream().filter(c -> c.count() >= 2)
                .min(java.util.Comparator.comparingInt(DrawnFrame.Cluster::count)).orElseThrow();
        Canvas canvas = robot.lookup("#timeline-canvas").queryAs(Canvas.class);
        robot.clickOn(canvas.localToScreen(badge.bounds().getCenterX(), badge.bounds().getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#timeline-cluster-zoom");
        WaitForAsyncUtils.waitForFxEvents();

        // Each of its events is now drawn on its own: a card, or (where more fall on one day than there are lanes)
        // a dot of its own; none is left in a badge of several. And the zoom stopped there, not at an hour.
        DrawnFrame after = view.getDrawnFrame();
        long asCards = badge.eventIds().stream().filter(id -> after.card(id).isPresent()).count();
        assertThat(asCards).isGreaterThanOrEqualTo(Math.min(badge.count(), 2));
        assertThat(after.clusters()).noneMatch(c -> c.count() > 1
                && c.eventIds().stream().anyMatch(badge.eventIds()::contains));
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).isGreaterThanOrEqualTo(6 * 3_600_000L);
    }
}
