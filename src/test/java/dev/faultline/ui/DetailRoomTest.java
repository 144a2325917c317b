package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.load.ModelLoader;
import dev.faultline.model.Event;
import dev.faultline.model.TimelineModel;
import dev.faultline.timeline.LaneGrouping;
import dev.faultline.ui.detail.EventDetailPane;
import dev.faultline.ui.detail.PersonPane;
import dev.faultline.ui.detail.SourceReaderPane;
import dev.faultline.ui.detail.SourcesPane;
import dev.faultline.ui.filter.FilterBar;
import dev.faultline.ui.timeline.TimelineView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1400x900 the event detail shows an event's first excerpt whole without scrolling, while the timeline still
 * shows four whole lanes. Measured over every event of the shipped model, in English and in 繁體, with no tolerance:
 * all 91 events with an excerpt must show the first one whole (before the compact excerpt head and the one-line
 * disagreement notice, 8 of 91 missed: those with an inferred date's note and a disagreement notice above a long first
 * excerpt). The tightest is employee-letter in English, with 11 px to spare.
 */
@ExtendWith(ApplicationExtension.class)
class DetailRoomTest {

    private static final TimelineModel SHIPPED = new ModelLoader().load(Path.of("assets/model/openai-crisis.json"))
            .model().orElseThrow();

    private final AppState state = new AppState(SHIPPED);
    private TimelineView timeline;

    @Start
    void start(Stage stage) {
        MainWindow window = new MainWindow(state, new NoShellActions());
        timeline = new TimelineView();
        timeline.setAnimated(false);
        timeline.setLaneGrouping(LaneGrouping.BY_PERSON);
        new TimelineBinding(state, timeline);
        window.setTimeline(timeline);
        window.setFilterBar(new FilterBar(state));
        window.setReadingPanes(new EventDetailPane(state), new SourceReaderPane(state), new PersonPane(state),
                new SourcesPane(state));
        stage.setScene(new Scene(window, 1400, 900));
        stage.show();
    }

    @Test
    void at1400By900TheFirstExcerptIsWhollyInViewForEveryEventInBothLanguages(FxRobot robot)
            throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !timeline.getDrawnFrame().lanes().isEmpty());
        for (Locale locale : List.of(Locale.ENGLISH, Locale.TRADITIONAL_CHINESE)) {
            robot.interact(() -> state.setLocale(locale));
            List<String> cut = new ArrayList<>();
            int shown = 0;
            for (Event e : SHIPPED.events()) {
                if (e.excerpts().isEmpty()) {
                    continue;
                }
                robot.interact(() -> state.selectEvent(e.id()));
                WaitForAsyncUtils.waitForFxEvents();
                ScrollPane scroll = robot.lookup(".event-detail-scroll").queryAs(ScrollPane.class);
                Node first = robot.from(scroll).lookup(".excerpt-view").query();
                Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
                Bounds excerpt = first.localToScene(first.getBoundsInLocal());
                assertThat(scroll.getVvalue()).isEqualTo(scroll.getVmin());
                shown++;
                if (excerpt.getMinY() < viewport.getMinY() || excerpt.getMaxY() > viewport.getMaxY()) {
                    cut.add(e.id() + " from " + Math.round(excerpt.getMinY() - viewport.getMinY()) + " ends at "
                            + Math.round(excerpt.getMaxY() - viewport.getMinY()) + " of "
                            + Math.round(viewport.getHeight()));
                }
            }
            System.out.println("DetailRoomTest (" + locale + "): first excerpt whole for " + (shown - cut.size())
                    + " of " + shown + " events; cut: " + cut);
            assertThat(shown).isEqualTo(91);
            assertThat(cut).as("events whose first excerpt is cut in " + locale).isEmpty();
        }
        assertThat(timeline.getWholeLanesShown()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aDisagreementNoticeIsOneLineThatSaysSoAndOpensWithTheKeyboard(FxRobot robot) {
        int topics = SHIPPED.disagreementsAbout("altman-fired").size();
        robot.interact(() -> state.selectEvent("altman-fired"));
        WaitForAsyncUtils.waitForFxEvents();
        Region notice = robot.lookup("#disagreement-notice").queryAs(Region.class);
        Label label = robot.from(notice).lookup(".disagreement-notice-label").queryAs(Label.class);
        Hyperlink toggle = robot.lookup("#disagreement-notice-toggle").queryAs(Hyperlink.class);
        List<Hyperlink> links = List.copyOf(robot.from(notice).lookup(".disagreement-link")
                .queryAllAs(Hyperlink.class));
        assertThat(links).hasSize(topics).hasSizeGreaterThan(2);
        assertThat(label.getText()).isEqualTo("Sources disagree on " + topics + " points:");

        // Collapsed: one line, the topics that fit, and a toggle that counts the rest; nothing runs past the toggle.
        double collapsed = notice.getHeight();
        assertThat(collapsed).isLessThan(label.getHeight() * 2);
        long visible = links.stream().filter(Node::isVisible).count();
        assertThat(visible).isBetween(1L, (long) topics - 1);
        assertThat(toggle.isVisible()).isTrue();
        assertThat(toggle.getText()).isEqualTo("+" + (topics - visible) + " more");
        links.stream().filter(Node::isVisible).forEach(l -> assertThat(l.getBoundsInParent().getMaxX())
                .isLessThanOrEqualTo(toggle.getBoundsInParent().getMinX()));

        // Space on the focused toggle opens the whole list, wrapped.
        robot.interact(toggle::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(links).allMatch(Node::isVisible);
        assertThat(toggle.getText()).isEqualTo("Less");
        assertThat(notice.getHeight()).isGreaterThan(collapsed);

        // A topic leads to its comparison below the excerpts.
        robot.interact(() -> links.get(topics - 1).fire());
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = robot.lookup(".event-detail-scroll").queryAs(ScrollPane.class);
        Node box = robot.lookup("#disagreement-" + SHIPPED.disagreementsAbout("altman-fired").get(topics - 1).id())
                .query();
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds shownBox = box.localToScene(box.getBoundsInLocal());
        assertThat(scroll.getVvalue()).isGreaterThan(scroll.getVmin());
        assertThat(shownBox.getMinY()).isBetween(viewport.getMinY() - 1, viewport.getMaxY());
    }

    @Test
    void aLongSummaryIsClampedToTwoLinesAndMoreShowsItAll(FxRobot robot) {
        robot.interact(() -> state.selectEvent("altman-fired"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label summary = robot.lookup("#event-summary").queryAs(javafx.scene.control.Label.class);
        javafx.scene.control.Hyperlink more = robot.lookup("#event-summary-more")
                .queryAs(javafx.scene.control.Hyperlink.class);
        double clamped = summary.getHeight();
        // Two lines as the bundled face draws them (about 1.45 em each, not the 1.2 em a guess would take).
        javafx.scene.text.Text two = new javafx.scene.text.Text("X\nX");
        two.setFont(summary.getFont());
        two.setLineSpacing(summary.getLineSpacing());
        double line = two.getLayoutBounds().getHeight() / 2;
        assertThat(more.isVisible()).isTrue();
        assertThat(more.getText()).isEqualTo("More…");
        assertThat(clamped).isGreaterThanOrEqualTo(two.getLayoutBounds().getHeight()).isLessThan(2.5 * line + 6);
        // And the label draws two lines in that height, not one line and an ellipsis.
        javafx.scene.text.Text drawn = (javafx.scene.text.Text) summary.lookup(".text");
        assertThat(drawn.getLayoutBounds().getHeight()).isGreaterThan(1.5 * line);
        assertThat(drawn.getText()).isNotEqualTo(summary.getText()).endsWith("...");

        robot.interact(more::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary.getHeight()).isGreaterThan(clamped + line);
        assertThat(more.getText()).isEqualTo("Less");

        robot.interact(() -> state.selectEvent("microsoft-invests-2b"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#event-summary-more").queryAs(javafx.scene.control.Hyperlink.class).isVisible())
                .isFalse();
    }

    @Test
    void aLongDateNoteIsOneLineAndMoreShowsItAll(FxRobot robot) {
        robot.interact(() -> state.selectEvent("altman-returns"));
        WaitForAsyncUtils.waitForFxEvents();
        Label note = robot.lookup(".event-date-note").queryAs(Label.class);
        Hyperlink more = robot.lookup("#event-date-note-more").queryAs(Hyperlink.class);
        javafx.scene.text.Text one = new javafx.scene.text.Text("X");
        one.setFont(note.getFont());
        double line = one.getLayoutBounds().getHeight();
        assertThat(note.getText()).startsWith("How the date was inferred: ");
        assertThat(note.getHeight()).isLessThan(line * 1.5);
        assertThat(more.isVisible()).isTrue();

        robot.interact(more::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note.getHeight()).isGreaterThan(line * 1.9);
        assertThat(more.getText()).isEqualTo("Less");
    }
}
