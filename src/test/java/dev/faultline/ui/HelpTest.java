package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.TimelineModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help: the shortcuts sheet (F1 or ?) lists what the menus define; About has the build's version and licences. */
@ExtendWith(ApplicationExtension.class)
class HelpTest {

    private final TimelineModel model = SampleModel.threeEvents();
    private final AppState state = new AppState(model);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(state, new NoShellActions());
        stage.setScene(new Scene(window, 1000, 700));
        stage.show();
        stage.requestFocus();
    }

    /** Every accelerator in the menus, walked here independently of the sheet. */
    private List<String> acceleratorsInTheMenus(FxRobot robot) {
        List<String> out = new ArrayList<>();
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        List<MenuItem> pending = new ArrayList<>();
        bar.getMenus().forEach(pending::add);
        while (!pending.isEmpty()) {
            MenuItem item = pending.remove(0);
            if (item instanceof Menu m) {
                pending.addAll(m.getItems());
            } else if (item.getAccelerator() != null) {
                out.add(item.getAccelerator().getDisplayText());
            }
        }
        return out;
    }

    private List<String> keysOnTheSheet(FxRobot robot) {
        return robot.lookup("#shortcut-sheet .shortcut-keys").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    @Test
    void f1OpensASheetOfEveryAcceleratorTheMenusDefine(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> expected = acceleratorsInTheMenus(robot);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(6);
        assertThat(keysOnTheSheet(robot)).containsExactlyInAnyOrderElementsOf(expected);
        List<String> actions = robot.lookup("#shortcut-sheet .shortcut-action").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(actions).contains("Open Model…", "Export…", "Keyboard Shortcuts").noneMatch(a -> a.contains("_"));
        robot.interact(() -> window.lastHelpDialog().close());
    }

    @Test
    void aMenuItemAddedLaterIsOnTheSheetToo(FxRobot robot) {
        robot.interact(() -> {
            MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
            MenuItem extra = new MenuItem("Zoom to the crisis");
            extra.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+Z"));
            bar.getMenus().get(1).getItems().add(extra);
            window.showShortcuts();
        });
        assertThat(keysOnTheSheet(robot)).containsExactlyInAnyOrderElementsOf(acceleratorsInTheMenus(robot));
        assertThat(robot.lookup("#shortcut-sheet .shortcut-action").queryAllAs(Label.class))
                .extracting(Label::getText).contains("Zoom to the crisis");
        robot.interact(() -> window.lastHelpDialog().close());
    }

    @Test
    void typingAQuestionMarkOpensTheSheetButNotInATextField(FxRobot robot) {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField();
        robot.interact(() -> {
            window.setSearchField(field);
            field.requestFocus();
        });
        robot.write("?");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo("?");
        assertThat(window.lastHelpDialog()).isNull();

        robot.interact(() -> window.requestFocus());
        robot.write("?");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.lastHelpDialog()).isNotNull();
        assertThat(window.lastHelpDialog().isShowing()).isTrue();
        robot.interact(() -> window.lastHelpDialog().close());
    }

    @Test
    void aboutShowsTheBuildsVersionTheModelAndTheLicences(FxRobot robot) {
        robot.interact(() -> window.showAbout());
        WaitForAsyncUtils.waitForFxEvents();

        String version = robot.lookup("#about-version").queryAs(Label.class).getText();
        assertThat(version).doesNotContain("dev").matches("Version \\d+\\.\\d+\\.\\d+.*");
        assertThat(robot.lookup("#about-model").queryAs(Label.class).getText())
                .contains(model.title().en(), model.events().size() + " events");
        assertThat(robot.lookup("#about-notices").queryAs(TextArea.class).getText())
                .contains("ICU4J", "ControlsFX", "jackson-databind", "javafx");
        robot.interact(() -> robot.lookup(".tab-pane").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TabPane).map(n -> (javafx.scene.control.TabPane) n)
                .filter(t -> t.getTabs().size() == 2).forEach(t -> t.getSelectionModel().select(1)));
        assertThat(robot.lookup("#about-font-licence").queryAs(TextArea.class).getText())
                .contains("SIL OPEN FONT LICENSE");
        robot.interact(() -> window.lastHelpDialog().close());
    }

    @Test
    void helpOpensTheTimelineLegend(FxRobot robot) {
        robot.interact(() -> {
            dev.faultline.ui.timeline.TimelineView timeline = new dev.faultline.ui.timeline.TimelineView();
            new TimelineBinding(state, timeline);
            window.setTimeline(timeline);
        });
        WaitForAsyncUtils.waitForFxEvents();
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu help = bar.getMenus().get(bar.getMenus().size() - 1);
        MenuItem legend = help.getItems().stream().filter(i -> "menu-help-legend".equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(legend::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#timeline-legend").tryQuery()).isPresent();
        assertThat(robot.lookup("#timeline-legend").query().isVisible()).isTrue();
    }
}
