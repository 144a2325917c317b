package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.load.LoadResult;
import dev.faultline.model.TimelineModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Loads in the window can be cancelled, and a newer open always wins over an older one (issue 14). */
@ExtendWith(ApplicationExtension.class)
class LoadCancellationTest {

    private static final Path SMALL = Path.of("src/test/resources/load/valid/small-crisis.json");
    private static final Path MINIMAL = Path.of("src/test/resources/load/valid/minimal.json");

    private final TimelineModel original = SampleModel.threeEvents();
    private final AppState state = new AppState(original);
    /** Tasks handed to the opener, run only when a test says so: the test decides which load finishes first. */
    private final List<Runnable> held = new ArrayList<>();
    private MainWindow window;
    private ModelOpener opener;

    @Start
    void start(Stage stage) {
        window = new MainWindow(state, new NoShellActions());
        opener = new ModelOpener(state, window, held::add);
        stage.setScene(new Scene(window, 1000, 700));
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> opener.lastProblemsDialog().ifPresent(Alert::close));
    }

    @Test
    void aSlowLoadThatFinishesLastNeverReplacesTheModelOfANewerOpen(FxRobot robot) {
        List<Task<LoadResult>> tasks = new ArrayList<>();
        robot.interact(() -> tasks.add(opener.open(SMALL)));
        robot.interact(() -> tasks.add(opener.open(MINIMAL)));

        held.get(1).run(); // the newer, fast one finishes first
        WaitForAsyncUtils.waitForFxEvents();
        TimelineModel newer = state.getModel();
        held.get(0).run(); // then the older, slow one
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(newer).isNotSameAs(original);
        assertThat(state.getModel()).isSameAs(newer);
        assertThat(tasks.get(0).isCancelled()).as("the older load was cancelled by the newer open").isTrue();
        assertThat(robot.lookup("#load-progress").query().isVisible()).isFalse();
    }

    @Test
    void cancellingALoadKeepsTheModelOnShowAndSaysSo(FxRobot robot) {
        Task<LoadResult>[] task = new Task[1];
        robot.interact(() -> task[0] = opener.open(SMALL));
        Button cancel = robot.lookup("#load-cancel").queryButton();
        assertThat(cancel.isVisible()).isTrue();

        robot.clickOn(cancel);
        held.get(0).run();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(task[0].isCancelled()).isTrue();
        assertThat(state.getModel()).isSameAs(original);
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("Stopped loading small-crisis.json")
                .contains("current model is kept");
        assertThat(robot.lookup("#load-cancel").query().isVisible()).isFalse();
        assertThat(opener.lastProblemsDialog()).isEmpty();
    }

    @Test
    void aFailedOpenWithNoModelOnShowDoesNotPromiseToKeepOne(FxRobot robot) {
        AppState empty = new AppState();
        ModelOpener[] bare = new ModelOpener[1];
        robot.interact(() -> {
            bare[0] = new ModelOpener(empty, window, Runnable::run);
            bare[0].open(Path.of("src/test/resources/load/invalid/bad-color.json"));
        });
        WaitForAsyncUtils.waitForFxEvents();

        Alert dialog = bare[0].lastProblemsDialog().orElseThrow();
        assertThat(dialog.getHeaderText()).doesNotContain("stays open").contains("bad-color.json");
        robot.interact(dialog::close);
    }
}
