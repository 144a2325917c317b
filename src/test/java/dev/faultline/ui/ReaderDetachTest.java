package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.ui.detail.EventDetailPane;
import dev.faultline.ui.detail.PersonPane;
import dev.faultline.ui.detail.SourceReaderPane;
import dev.faultline.ui.detail.SourcesPane;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The reading panes detach into a window of their own and dock back when it closes, keeping what they showed. */
@ExtendWith(ApplicationExtension.class)
class ReaderDetachTest {

    private final AppState state = new AppState(SampleModel.threeEvents());
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(state, new NoShellActions());
        window.setReadingPanes(new EventDetailPane(state), new SourceReaderPane(state), new PersonPane(state),
                new SourcesPane(state));
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
    }

    @Test
    void theReaderDetachesIntoItsOwnWindowAndClosingItDocksItBackWithItsStateKept(FxRobot robot) {
        robot.interact(() -> state.selectEvent("altman-fired"));
        TabPane tabs = robot.lookup("#reading-tabs").queryAs(TabPane.class);
        Node title = robot.lookup("#event-title").query();
        assertThat(tabs.getScene()).isSameAs(stage.getScene());

        robot.clickOn("#detach-reader");
        WaitForAsyncUtils.waitForFxEvents();

        Stage reader = window.getReaderWindow();
        assertThat(reader).isNotNull();
        assertThat(reader.isShowing()).isTrue();
        assertThat(reader.getOwner()).isSameAs(stage);
        assertThat(tabs.getScene()).isSameAs(reader.getScene());
        assertThat(robot.lookup("#main-split .split-pane").queryAs(SplitPane.class).getItems()).doesNotContain(tabs);
        assertThat(robot.lookup("#enlarge-reader").query().isDisabled()).isTrue();
        // The same panes moved: the event on show is still there, and it still follows the selection.
        assertThat(title.getScene()).isSameAs(reader.getScene());
        assertThat(((javafx.scene.control.Labeled) robot.lookup("#event-title").query()).getText())
                .isEqualTo("Altman fired by the board");
        robot.interact(() -> state.selectEvent("altman-returns"));
        assertThat(((javafx.scene.control.Labeled) robot.from(reader.getScene().getRoot()).lookup("#event-title")
                .query()).getText()).isEqualTo("Altman returns as CEO");

        robot.interact(reader::close);

        assertThat(window.readerDetachedProperty().get()).isFalse();
        assertThat(window.getReaderWindow()).isNull();
        assertThat(tabs.getScene()).isSameAs(stage.getScene());
        assertThat(robot.lookup("#main-split .split-pane").queryAs(SplitPane.class).getItems()).contains(tabs);
        assertThat(robot.lookup("#enlarge-reader").query().isDisabled()).isFalse();
        assertThat(((javafx.scene.control.Labeled) robot.lookup("#event-title").query()).getText())
                .isEqualTo("Altman returns as CEO");
    }

    @Test
    void theViewMenuDetachesTheReaderToo(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem detach = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-detach-reader".equals(i.getId())).findFirst().orElseThrow();
        assertThat(detach.getText()).isEqualTo("_Detach Reader");
        robot.interact(detach::fire);

        assertThat(window.readerDetachedProperty().get()).isTrue();
        assertThat(window.getReaderWindow().isShowing()).isTrue();
        robot.interact(() -> window.readerDetachedProperty().set(false));
        assertThat(window.getReaderWindow()).isNull();
    }
}
