package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.load.LoadResult;
import dev.faultline.load.Problem;
import dev.faultline.model.TimelineModel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ModelOpenerTest {

    private final TimelineModel original = SampleModel.threeEvents();
    private final AppState state = new AppState(original);
    private MainWindow window;
    private ModelOpener opener;

    @Start
    void start(Stage stage) {
        window = new MainWindow(state, new NoShellActions());
        opener = new ModelOpener(state, window);
        stage.setScene(new Scene(window, 1000, 700));
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> opener.lastProblemsDialog().ifPresent(Alert::close));
    }

    @Test
    void aModelWithAnAmbiguousQuoteListsItsProblemWithLocationAndTheCurrentModelStays(FxRobot robot)
            throws Exception {
        finish(robot, Path.of("src/test/resources/load/invalid/ambiguous-quote.json"));
        assertThat(state.getModel()).isSameAs(original);
        Alert dialog = opener.lastProblemsDialog().orElseThrow();
        assertThat(dialog.isShowing()).isTrue();
        @SuppressWarnings("unchecked")
        ListView<Problem> problems = (ListView<Problem>) dialog.getDialogPane().lookup("#problem-list");
        assertThat(problems.getItems()).isNotEmpty();
        assertThat(problems.getItems().get(0).format())
                .matches(".*ambiguous-quote\\.json:\\d+:\\d+: quote occurs twice.*");
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("ambiguous-quote.json")
                .contains("current model is kept");
    }

    @Test
    void aMissingFileIsAProblemNotACrash(FxRobot robot) throws Exception {
        finish(robot, Path.of("src/test/resources/load/invalid/no-such-model.json"));
        assertThat(state.getModel()).isSameAs(original);
        assertThat(opener.lastProblemsDialog()).isPresent();
    }

    @Test
    void aValidModelReplacesTheOneOnShowAndTheStatusCountsIt(FxRobot robot) throws Exception {
        finish(robot, Path.of("src/test/resources/load/valid/small-crisis.json"));
        assertThat(state.getModel()).isNotSameAs(original);
        assertThat(opener.lastProblemsDialog()).isEmpty();
        assertThat(robot.lookup("#status").queryLabeled().getText())
                .contains(state.getModel().events().size() + " events");
    }

    @Test
    void theProblemsDialogAndTheStatusFollowTheLanguageWhileOpen(FxRobot robot) throws Exception {
        finish(robot, Path.of("src/test/resources/load/invalid/ambiguous-quote.json"));
        Alert dialog = opener.lastProblemsDialog().orElseThrow();
        int count = dialog.getDialogPane().lookup("#problem-list") instanceof ListView<?> l ? l.getItems().size() : -1;
        javafx.scene.control.Button copy = (javafx.scene.control.Button) dialog.getDialogPane().lookup("#problems-copy");
        assertThat(copy.getText()).isEqualTo("Copy");
        assertThat(dialog.getHeaderText()).contains(count == 1 ? "1 problem," : count + " problems");
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains(count == 1 ? "1 problem." : count + " problems.");

        javafx.scene.Node englishOnly = dialog.getDialogPane().lookup("#problems-english-only");
        assertThat(englishOnly.isVisible()).as("no note in the English UI").isFalse();

        robot.interact(() -> state.setLocale(dev.faultline.text.Language.TRADITIONAL.locale()));
        assertThat(copy.getText()).isEqualTo("複製");
        // The loader's messages are English only: the Chinese dialog says so instead of mixing languages silently.
        assertThat(englishOnly.isVisible()).isTrue();
        assertThat(((javafx.scene.control.Label) englishOnly).getText()).startsWith("問題說明僅有英文");
        assertThat(((javafx.scene.control.Button) dialog.getDialogPane().lookup("#problems-close")).getText())
                .isEqualTo("關閉");
        assertThat(dialog.getTitle()).isEqualTo("模型有問題");
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("無法開啟 ambiguous-quote.json");

        robot.interact(() -> state.setLocale(dev.faultline.text.Language.SIMPLIFIED.locale()));
        assertThat(copy.getText()).isEqualTo("复制");
        assertThat(dialog.getTitle()).isEqualTo("模型有问题");
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("无法开启 ambiguous-quote.json");
    }

    private void finish(FxRobot robot, Path path) throws Exception {
        Task<LoadResult>[] task = new Task[1];
        robot.interact(() -> task[0] = opener.open(path));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
