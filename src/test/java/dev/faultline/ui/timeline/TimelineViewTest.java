package dev.faultline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.Event;
import dev.faultline.model.TimelineModel;
import dev.faultline.timeline.LaneGrouping;
import dev.faultline.timeline.NovemberModel;
import dev.faultline.ui.AppState;
import dev.faultline.ui.FilterMode;
import dev.faultline.ui.Selection;
import dev.faultline.ui.TimelineBinding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private static final long NOV_15 = Instant.parse("2023-11-15T00:00:00Z").toEpochMilli();
    private static final long NOV_25 = Instant.parse("2023-11-25T00:00:00Z").toEpochMilli();

    private final TimelineModel model = NovemberModel.build();
    private final AppState state = new AppState(model);
    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        new TimelineBinding(state, view);
        view.setAnimated(false);
        stage.setScene(new Scene(view, 1000, 520));
        stage.show();
        stage.requestFocus();
    }

    /** Waits (for a condition, not a time) until a frame has drawn what the test needs. */
    private static <T> T drawn(Supplier<T> lookup) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup.get() != null);
        } catch (TimeoutException e) {
            throw new AssertionError("the timeline never drew it", e);
        }
        return lookup.get();
    }

    private Point2D onScreen(Bounds canvasBounds, FxRobot robot) {
        Canvas canvas = robot.lookup("#timeline-canvas").queryAs(Canvas.class);
        return canvas.localToScreen(canvasBounds.getCenterX(), canvasBounds.getCenterY());
    }

    private void showWeek(FxRobot robot) {
        robot.interact(() -> {
            view.setLaneGrouping(LaneGrouping.COMPACT);
            view.setVisibleWindow(NOV_15, NOV_25);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTimelineOpensFittedToEveryEvent(FxRobot robot) {
        long first = model.events().get(0).date().startMillis();
        long last = model.events().stream().mapToLong(e -> e.date().endMillisExclusive()).max().orElseThrow();

        assertThat(view.getVisibleStart()).isLessThanOrEqualTo(first);
        assertThat(view.getVisibleEnd()).isGreaterThanOrEqualTo(last);
        assertThat(robot.lookup("#timeline-canvas").queryAs(Canvas.class).getWidth()).isLessThanOrEqualTo(1000);
        assertThat(robot.lookup("#overview-band").tryQuery()).isPresent();
    }

    @Test
    void zoomingInWithTheKeyboardAndTheButtonNarrowsTheVisibleSpan(FxRobot robot) {
        long before = view.getVisibleEnd() - view.getVisibleStart();

        robot.clickOn("#timeline-zoom-in");
        WaitForAsyncUtils.waitForFxEvents();
        long afterButton = view.getVisibleEnd() - view.getVisibleStart();
        robot.interact(view::requestFocus);
        robot.type(KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        long afterKey = view.getVisibleEnd() - view.getVisibleStart();
        robot.type(KeyCode.MINUS);
        robot.type(KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        long afterOut = view.getVisibleEnd() - view.getVisibleStart();

        assertThat(afterButton).isLessThan(before);
        assertThat(afterKey).isLessThan(afterButton);
        assertThat((double) afterOut).isCloseTo(before, org.assertj.core.data.Percentage.withPercentage(1));
    }

    @Test
    void doubleClickingZoomsInAboutThePointClicked(FxRobot robot) {
        showWeek(robot);
        Canvas canvas = robot.lookup("#timeline-canvas").queryAs(Canvas.class);
        double x = canvas.getWidth() * 0.75;
        double y = canvas.getHeight() - 20;
        double pointBefore = view.getVisibleStart() + (view.getVisibleEnd() - view.getVisibleStart()) * 0.75;

        robot.doubleClickOn(canvas.localToScreen(x, y));
        WaitForAsyncUtils.waitForFxEvents();

        double span = view.getVisibleEnd() - view.getVisibleStart();
        assertThat(span).isCloseTo((NOV_25 - NOV_15) / 2.0, org.assertj.core.data.Percentage.withPercentage(1));
        double pointAfter = view.getVisibleStart() + span * 0.75;
        assertThat(pointAfter).isCloseTo(pointBefore, org.assertj.core.data.Offset.offset(span / 500));
    }

    @Test
    void clickingAnEventSelectsIt(FxRobot robot) {
        showWeek(robot);
        DrawnFrame.Card card = drawn(() -> view.getDrawnFrame().card("shear-interim").orElse(null));

        robot.clickOn(onScreen(card.bounds(), robot));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getSelection()).isEqualTo(new Selection.OfEvent("shear-interim"));
        assertThat(state.getSelectedEvent().id()).isEqualTo("shear-interim");
    }

    @Test
    void hoveringAnEventShowsItsTitleDateAndPeople(FxRobot robot) {
        showWeek(robot);
        DrawnFrame.Card card = drawn(() -> view.getDrawnFrame().card("altman-fired").orElse(null));

        robot.moveTo(onScreen(card.bounds(), robot));
        WaitForAsyncUtils.waitForFxEvents();

        Node hover = robot.lookup("#timeline-hover-card").query();
        assertThat(hover.isVisible()).isTrue();
        List<String> texts = robot.from(hover).lookup(".label").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).toList();
        assertThat(texts).contains("Board fires Sam Altman", "17 Nov 2023", "Sam Altman, Ilya Sutskever, Helen Toner");
    }

    @Test
    void leftAndRightWalkTheEventsInDateOrder(FxRobot robot) {
        robot.interact(() -> state.selectEvent("altman-fired"));
        robot.interact(view::requestFocus);
        List<String> walked = new ArrayList<>();
        walked.add(state.getSelectedEvent().id());
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            walked.add(state.getSelectedEvent().id());
        }
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> chronological = model.events().stream().map(Event::id).toList();
        int from = chronological.indexOf("altman-fired");
        assertThat(walked).containsExactlyElementsOf(chronological.subList(from, from + 5));
        assertThat(state.getSelectedEvent().id()).isEqualTo(chronological.get(from + 3));
    }

    @Test
    void leftAndRightSkipHiddenEventsWhenTheFilterHides(FxRobot robot) {
        robot.interact(() -> {
            state.setFilterMode(FilterMode.HIDE);
            state.publishMatches(Set.of("openai-founded", "altman-fired", "altman-returns"));
            state.selectEvent("altman-fired");
            view.requestFocus();
        });

        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getSelectedEvent().id()).isEqualTo("altman-returns");
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getSelectedEvent().id()).isEqualTo("openai-founded");
    }

    @Test
    void dimmingDrawsNonMatchingEventsAndHidingLeavesThemOut(FxRobot robot) {
        showWeek(robot);
        robot.interact(() -> {
            state.publishMatches(Set.of("altman-fired"));
            state.setFilterMode(FilterMode.DIM);
        });
        drawn(() -> view.getDrawnFrame().card("altman-fired").orElse(null));
        assertThat(drawn(() -> view.getDrawnFrame().card("shear-interim").orElse(null))).isNotNull();

        robot.interact(() -> state.setFilterMode(FilterMode.HIDE));
        DrawnFrame hidden = drawn(() -> view.getDrawnFrame().card("shear-interim").isEmpty()
                ? view.getDrawnFrame() : null);

        assertThat(hidden.card("altman-fired")).isPresent();
        assertThat(hidden.clusters()).allMatch(c -> c.eventIds().equals(java.util.List.of("altman-fired"))
                || c.eventIds().isEmpty());
    }

    @Test
    void selectingAnEventOffScreenBringsItIntoView(FxRobot robot) {
        showWeek(robot);

        robot.interact(() -> state.selectEvent("openai-founded"));
        WaitForAsyncUtils.waitForFxEvents();

        long founded = model.event("openai-founded").orElseThrow().date().startMillis();
        assertThat(view.getVisibleStart()).isLessThan(founded);
        assertThat(view.getVisibleEnd()).isGreaterThan(founded);
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).isEqualTo(NOV_25 - NOV_15);
    }

    @Test
    void aClusterOpensAListOfItsEventsAndChoosingOneSelectsIt(FxRobot robot) {
        robot.interact(() -> view.setLaneGrouping(LaneGrouping.COMPACT));
        robot.interact(view::fitAll);
        DrawnFrame.Cluster cluster = drawn(() -> view.getDrawnFrame().clusters().stream()
                .filter(c -> c.count() >= 2).findFirst().orElse(null));

        robot.clickOn(onScreen(cluster.bounds(), robot));
        WaitForAsyncUtils.waitForFxEvents();

        ListView<ClusterPopup.Entry> list = robot.lookup("#timeline-cluster-list").queryListView();
        List<String> listed = list.getItems().stream().map(ClusterPopup.Entry::title)
                .toList();
        assertThat(list.getItems()).hasSize(cluster.count());
        List<String> expectedTitles = cluster.eventIds().stream()
                .map(id -> model.event(id).orElseThrow().title().en()).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(expectedTitles);

        String chosen = cluster.eventIds().stream()
                .filter(id -> model.event(id).orElseThrow().title().en().equals(list.getItems().get(0).title()))
                .findFirst().orElseThrow();
        robot.clickOn(robot.from(list).lookup(".list-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getSelection()).isEqualTo(new Selection.OfEvent(chosen));
    }

    @Test
    void zoomingInSplitsAClusterIntoCardsAndSmallerClusters(FxRobot robot) {
        robot.interact(() -> view.setLaneGrouping(LaneGrouping.COMPACT));
        robot.interact(view::fitAll);
        DrawnFrame.Cluster cluster = drawn(() -> view.getDrawnFrame().clusters().stream()
                .filter(c -> c.eventIds().contains("return-talks")).findFirst().orElse(null));
        int clusteredBefore = cluster.count();
        assertThat(clusteredBefore).isGreaterThanOrEqualTo(2);

        showWeek(robot);
        DrawnFrame week = drawn(() -> view.getDrawnFrame().cards().size() >= 8 ? view.getDrawnFrame() : null);

        for (String id : cluster.eventIds()) {
            Event e = model.event(id).orElseThrow();
            if (e.date().startMillis() >= NOV_25 || e.date().endMillisExclusive() <= NOV_15) {
                continue;
            }
            boolean asCard = week.card(id).isPresent();
            boolean inSmaller = week.clusters().stream()
                    .anyMatch(c -> c.eventIds().contains(id) && c.count() < clusteredBefore);
            assertThat(asCard || inSmaller).as("%s after zooming in", id).isTrue();
        }
    }

    @Test
    void theGroupingToggleSwitchesTheLanes(FxRobot robot) {
        robot.clickOn("#timeline-group-person");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getLaneGrouping()).isEqualTo(LaneGrouping.BY_PERSON);

        robot.clickOn("#timeline-group-compact");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getLaneGrouping()).isEqualTo(LaneGrouping.COMPACT);

        robot.interact(() -> view.setLaneGrouping(LaneGrouping.BY_FACTION));
        assertThat(robot.lookup("#timeline-group-faction").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected()).isTrue();
    }

    @Test
    void theOverviewBracketsTheFiltersTimeRange(FxRobot robot) {
        Node range = robot.lookup("#overview-filter-range").query();
        assertThat(range.isVisible()).isFalse();

        robot.interact(() -> state.setFilter(dev.faultline.query.EventFilter.NONE.withRange(
                dev.faultline.model.PartialDate.ofMonth(2023, 11), dev.faultline.model.PartialDate.ofMonth(2023, 11))));
        WaitForAsyncUtils.waitForFxEvents();

        OverviewBand band = robot.lookup(".timeline-overview").queryAs(OverviewBand.class);
        assertThat(range.isVisible()).isTrue();
        assertThat(band.getFilterStart()).isEqualTo(Instant.parse("2023-11-01T00:00:00Z").toEpochMilli());
        assertThat(band.getFilterEnd()).isEqualTo(Instant.parse("2023-12-01T00:00:00Z").toEpochMilli());

        robot.interact(() -> state.setFilter(dev.faultline.query.EventFilter.NONE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(range.isVisible()).isFalse();
    }

    @Test
    void theQuestionMarkOpensALegendThatExplainsEveryMark(FxRobot robot) {
        robot.clickOn("#timeline-legend-button");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#timeline-legend").query().isVisible()).isTrue();
        for (String row : List.of("card", "importance", "exact", "vague", "approximate", "range", "era", "badge",
                "selected")) {
            assertThat(robot.lookup("#legend-" + row).queryLabeled().getText()).as(row).isNotBlank();
        }
        assertThat(robot.lookup("#legend-approximate").queryLabeled().getText()).contains("inferred");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#timeline-legend").tryQuery()).isEmpty();
    }

    @Test
    void theHoverCardHidesWhenAnEventIsClicked(FxRobot robot) {
        showWeek(robot);
        DrawnFrame.Card card = drawn(() -> view.getDrawnFrame().card("altman-fired").orElse(null));
        robot.moveTo(onScreen(card.bounds(), robot));
        WaitForAsyncUtils.waitForFxEvents();
        Node hover = robot.lookup("#timeline-hover-card").query();
        assertThat(hover.isVisible()).isTrue();

        robot.clickOn(onScreen(card.bounds(), robot));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(hover.isVisible()).isFalse();
    }

    @Test
    void shiftDraggingAcrossTheOverviewSetsTheFiltersMonths(FxRobot robot) {
        robot.interact(view::fitAll);
        WaitForAsyncUtils.waitForFxEvents();
        OverviewBand band = robot.lookup(".timeline-overview").queryAs(OverviewBand.class);
        long nov = Instant.parse("2023-11-10T00:00:00Z").toEpochMilli();
        long jan = Instant.parse("2024-01-20T00:00:00Z").toEpochMilli();
        double span = band.getSpanEnd() - band.getSpanStart();
        double x0 = (nov - band.getSpanStart()) / span * band.getWidth();
        double x1 = (jan - band.getSpanStart()) / span * band.getWidth();
        javafx.geometry.Point2D from = band.localToScreen(x0, 10);
        javafx.geometry.Point2D to = band.localToScreen(x1, 10);

        robot.press(KeyCode.SHIFT);
        robot.drag(from, javafx.scene.input.MouseButton.PRIMARY).dropTo(to);
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        // A pixel of this strip is a few days: the months are those the drag touched.
        assertThat(state.getFilter().from()).isIn(dev.faultline.model.PartialDate.parse("2023-10"),
                dev.faultline.model.PartialDate.parse("2023-11"));
        assertThat(state.getFilter().to()).isIn(dev.faultline.model.PartialDate.parse("2024-01"),
                dev.faultline.model.PartialDate.parse("2024-02"));
    }
}
