package dev.faultline.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.TimelineModel;
import dev.faultline.ui.AppState;
import dev.faultline.ui.Selection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Person tab's directory of everyone: grouped, counted, searchable in any script, and a way into each panel. */
@ExtendWith(ApplicationExtension.class)
class PeopleDirectoryTest {

    private final TimelineModel model = ReadingSample.model();
    private final AppState state = new AppState(model);
    private PersonPane pane;

    @Start
    void start(Stage stage) {
        pane = new PersonPane(state);
        stage.setScene(new Scene(pane, 720, 760));
        stage.show();
        stage.requestFocus();
    }

    private static List<String> listed(FxRobot robot) {
        return robot.lookup("#directory-list .directory-name").queryAllAs(Labeled.class).stream()
                .filter(Node::isVisible).map(Node::getId).toList();
    }

    private void search(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#people-search").queryTextInputControl().setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyoneIsListedUnderTheirFactionWithTheUnalignedLast(FxRobot robot) {
        assertThat(listed(robot)).hasSize(model.people().size());
        List<String> order = robot.lookup("#directory-list").queryAs(javafx.scene.layout.VBox.class).getChildren()
                .stream().map(Node::getId).filter(id -> id != null && !id.equals("directory-count")).toList();
        // Factions in the model's order; Emmett Shear has none.
        assertThat(order).containsExactly("directory-group-commercial", "directory-row-sam-altman",
                "directory-row-greg-brockman", "directory-group-safety", "directory-row-ilya-sutskever",
                "directory-group-none", "directory-row-emmett-shear");
    }

    @Test
    void eachPersonShowsTheirEventCountAndThenHowOftenTheSourcesNameThem(FxRobot robot) throws Exception {
        int events = model.eventsWithPerson("sam-altman").size();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#directory-counts-sam-altman")
                .queryLabeled().getText().contains("named"));
        String counts = robot.lookup("#directory-counts-sam-altman").queryLabeled().getText();
        assertThat(counts).startsWith(events + " event");
        assertThat(counts).matches(".*named \\d+ times");
        assertThat(robot.lookup("#directory-counts-emmett-shear").queryLabeled().getText())
                .startsWith(model.eventsWithPerson("emmett-shear").isEmpty() ? "no events" : "");
    }

    @Test
    void searchFindsAPersonWhateverScriptCaseOrWidthTheNameIsTypedIn(FxRobot robot) {
        search(robot, "苏茨克维");
        assertThat(listed(robot)).containsExactly("directory-person-ilya-sutskever");

        search(robot, "ＡＬＴＭＡＮ");
        assertThat(listed(robot)).containsExactly("directory-person-sam-altman");

        search(robot, "奥特曼");
        assertThat(listed(robot)).containsExactly("directory-person-sam-altman");

        search(robot, "nobody at all");
        assertThat(listed(robot)).isEmpty();
        assertThat(robot.lookup("#directory-count").queryLabeled().getText()).isEqualTo("0 of 4 people");
    }

    @Test
    void choosingSomeoneOpensTheirPanelAndAllPeopleComesBack(FxRobot robot) {
        robot.clickOn("#directory-person-sam-altman");
        assertThat(state.getSelection()).isEqualTo(new Selection.OfPerson("sam-altman"));
        assertThat(robot.lookup("#person-name").queryLabeled().getText()).isEqualTo("Sam Altman");
        assertThat(robot.lookup("#person-directory-page").query().isVisible()).isFalse();

        robot.clickOn("#all-people-button");
        assertThat(robot.lookup("#person-directory-page").query().isVisible()).isTrue();

        // The same person again: the selection does not change, but their panel must still come back.
        robot.clickOn("#directory-person-sam-altman");
        assertThat(robot.lookup("#person-name").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#person-directory-page").query().isVisible()).isFalse();
    }
}
