package dev.faultline.ui.detail;

import static dev.faultline.ui.detail.ReadingSample.THRONES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.TextRange;
import dev.faultline.model.TimelineModel;
import dev.faultline.text.MentionFinder;
import dev.faultline.text.ScriptFolding;
import dev.faultline.ui.AppState;
import dev.faultline.ui.Selection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PersonPanelTest {

    private final TimelineModel model = ReadingSample.model();
    private final AppState state = new AppState(model);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new PersonPane(state), 720, 760));
        stage.show();
        stage.requestFocus();
    }

    private static List<String> eventsListed(FxRobot robot) {
        return robot.lookup("#person-events .person-event").queryAllAs(Labeled.class).stream()
                .map(Node::getId).toList();
    }

    private static void waitForMentions(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#person-mentions .mention-source").queryAll().isEmpty());
    }

    /** Scrolls the panel so that a node deep in it is on screen, as a reader would with the wheel. */
    private static void scrollIntoView(FxRobot robot, Node node) {
        ScrollPane scroll = robot.lookup("#person-panel .person-scroll").queryAs(ScrollPane.class);
        Node content = scroll.getContent();
        double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
        double scrollable = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(Math.max(0, Math.min(1, (y - 40) / scrollable)));
    }

    @Test
    void beforeAnyoneIsChosenThePanelSaysHowToChooseSomeoneAboveTheDirectory(FxRobot robot) {
        assertThat(robot.lookup("#person-empty").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#people-directory").query().isVisible()).isTrue();
    }

    @Test
    void clickingAPersonShowsTheirPanelWithTheirEvents(FxRobot robot) {
        robot.interact(() -> state.selectPerson("sam-altman"));
        assertThat(robot.lookup("#person-name").queryLabeled().getText()).isEqualTo("Sam Altman");

        robot.clickOn("#companion-ilya-sutskever");

        assertThat(state.getSelection()).isEqualTo(new Selection.OfPerson("ilya-sutskever"));
        assertThat(robot.lookup("#person-name").queryLabeled().getText()).isEqualTo("Ilya Sutskever");
        assertThat(robot.lookup(".person-name-other").queryLabeled().getText()).isEqualTo("伊爾亞・蘇茨克維");
        assertThat(eventsListed(robot)).containsExactly("person-event-altman-fired",
                "person-event-coup-led-by-ilya", "person-event-sutskever-resigns");
        assertThat(robot.lookup("#person-aliases .alias").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Ilya", "蘇茨克維");
        assertThat(robot.lookup(".role-dates").queryLabeled().getText()).isEqualTo("2015 – May 2024");
    }

    @Test
    void theAvatarShowsInitialsInTheFactionsColour(FxRobot robot) {
        robot.interact(() -> state.selectPerson("ilya-sutskever"));

        assertThat(robot.lookup("#person-avatar .avatar-initials").queryLabeled().getText()).isEqualTo("IS");
        assertThat(robot.lookup("#person-avatar .avatar-circle").queryAs(Circle.class).getFill())
                .isEqualTo(Color.web("#009E73"));
    }

    @Test
    void clickingOneOfTheirEventsSelectsIt(FxRobot robot) {
        robot.interact(() -> state.selectPerson("greg-brockman"));

        robot.clickOn("#person-event-brockman-leave");

        assertThat(state.getSelectedEvent().id()).isEqualTo("brockman-leave");
    }

    @Test
    void everyMentionInEverySourceIsCountedAndLeadsToItsPassage(FxRobot robot) throws TimeoutException {
        robot.interact(() -> state.selectPerson("sam-altman"));
        waitForMentions(robot);

        String text = model.source(THRONES).orElseThrow().text();
        List<TextRange> expected = MentionFinder.forPerson(model.person("sam-altman").orElseThrow()).findIn(text);
        assertThat(robot.lookup("#mentions-in-" + THRONES).queryLabeled().getText())
                .startsWith(expected.size() + " in 003 · 《OpenAI深陷");
        List<Text> shown = robot.lookup("#person-mentions .mention").queryAllAs(Text.class).stream().toList();
        List<String> forms = MentionFinder.forPerson(model.person("sam-altman").orElseThrow()).forms();
        assertThat(shown).isNotEmpty()
                .allSatisfy(t -> assertThat(forms).contains(ScriptFolding.instance().fold(t.getText())));

        PassageView firstInThrones = robot.lookup("#person-mentions .mention-snippet").queryAllAs(PassageView.class)
                .stream().filter(v -> v.shownText().contains("萨姆·奥特曼")).findFirst().orElseThrow();
        Text mention = firstInThrones.textNodes().stream().filter(t -> t.getStyleClass().contains("mention"))
                .findFirst().orElseThrow();
        robot.interact(() -> scrollIntoView(robot, mention));
        // The middle of the mention's first character: a name wrapped over two lines has its box's middle elsewhere.
        int first = expected.get(0).start();
        javafx.geometry.Bounds b = firstInThrones.localToScreen(firstInThrones.sourceRangeBounds(first, first + 1));
        robot.clickOn(new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY()));

        assertThat(state.getSelection()).isEqualTo(new Selection.OfPassage(THRONES, expected.get(0), null));
    }

    @Test
    void backShowsThePreviousPersonAgain(FxRobot robot) {
        robot.interact(() -> state.selectPerson("sam-altman"));
        robot.interact(() -> state.selectPerson("greg-brockman"));
        assertThat(robot.lookup("#person-name").queryLabeled().getText()).isEqualTo("Greg Brockman");

        robot.interact(state::back);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#person-name").queryLabeled().getText()).isEqualTo("Sam Altman");
    }

    @Test
    void inChineseTheNameAndDatesFollowTheLanguage(FxRobot robot) {
        robot.interact(() -> state.selectPerson("ilya-sutskever"));
        robot.interact(() -> state.setLocale(Locale.TRADITIONAL_CHINESE));

        assertThat(robot.lookup("#person-name").queryLabeled().getText()).isEqualTo("伊爾亞・蘇茨克維");
        assertThat(robot.lookup(".role-dates").queryLabeled().getText()).isEqualTo("2015年–2024年5月");
        assertThat(robot.lookup(".role-title").queryLabeled().getText()).isEqualTo("首席科學家，OpenAI");
    }
}
