package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.Event;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final AppState state = new AppState(SampleModel.threeEvents());
    private final NoShellActions actions = new NoShellActions();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new MainWindow(state, actions), 1200, 800));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void theWindowListsTheEventsInChronologicalOrder(FxRobot robot) {
        ListView<Event> list = robot.lookup("#event-list-view").queryListView();
        assertThat(list.getItems()).extracting(Event::id)
                .containsExactly("openai-founded", "altman-fired", "altman-returns");
        assertThat(robot.lookup("#event-cell-altman-fired").queryLabeled().getGraphic()).isNotNull();
    }

    @Test
    void choosingAnEventInTheListSelectsItAndShowsTheEventTab(FxRobot robot) {
        robot.interact(() -> state.selectPerson("sam-altman"));
        robot.clickOn("#event-cell-altman-returns");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getSelectedEvent().id()).isEqualTo("altman-returns");
        TabPane tabs = robot.lookup("#reading-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("event-tab");
    }

    @Test
    void backAndForwardWalkTheSelectionHistory(FxRobot robot) {
        robot.interact(() -> {
            state.selectEvent("altman-fired");
            state.selectPerson("sam-altman");
        });
        robot.clickOn("#back-button");
        assertThat(state.getSelection()).isEqualTo(new Selection.OfEvent("altman-fired"));
        robot.clickOn("#forward-button");
        assertThat(state.getSelection()).isEqualTo(new Selection.OfPerson("sam-altman"));
        TabPane tabs = robot.lookup("#reading-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("person-tab");
    }

    @Test
    void hidingNonMatchingEventsNarrowsTheListAndSaysWhyWhenEmpty(FxRobot robot) {
        ListView<Event> list = robot.lookup("#event-list-view").queryListView();
        robot.interact(() -> state.publishMatches(java.util.Set.of("altman-fired")));
        assertThat(list.getItems()).extracting(Event::id).containsExactly("altman-fired");
        robot.interact(() -> state.publishMatches(java.util.Set.of()));
        assertThat(list.getItems()).isEmpty();
        assertThat(((javafx.scene.control.Label) list.getPlaceholder()).getText()).contains("No events match");
        robot.interact(() -> state.setFilterMode(FilterMode.DIM));
        assertThat(list.getItems()).hasSize(3);
    }

    @Test
    void switchingToChineseRelabelsTheTabsAndTheList(FxRobot robot) {
        robot.interact(() -> state.setLocale(Locale.TRADITIONAL_CHINESE));
        TabPane tabs = robot.lookup("#reading-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs().get(0).getText()).isEqualTo("事件");
        assertThat(robot.lookup("#event-cell-altman-fired").lookup(".event-title").queryLabeled().getText())
                .isEqualTo("奧特曼遭董事會解職");
    }
}
