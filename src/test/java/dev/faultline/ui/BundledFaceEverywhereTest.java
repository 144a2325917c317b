package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Labels, tooltips and dialogs of the main window all draw in the bundled face, so Chinese is never boxes. */
@ExtendWith(ApplicationExtension.class)
class BundledFaceEverywhereTest {

    private final AppState state = new AppState(SampleModel.threeEvents());
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        assertThat(BundledFont.load()).isTrue();
        stage.setScene(new Scene(new MainWindow(state, new NoShellActions()), 1000, 700));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void aLabelATooltipAndADialogAllUseTheBundledFace(FxRobot robot) {
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertThat(status.getFont().getFamily()).isEqualTo(BundledFont.FAMILY);

        Tooltip tip = robot.lookup("#back-button").queryAs(Button.class).getTooltip();
        robot.interact(() -> tip.show(stage));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tip.getFont().getFamily()).isEqualTo(BundledFont.FAMILY);
        robot.interact(tip::hide);

        Alert[] dialog = new Alert[1];
        robot.interact(() -> {
            dialog[0] = ProblemsDialog.create(stage, "x.json", java.util.List.of(), state.getLocale());
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label header = (Label) dialog[0].getDialogPane().lookup(".header-panel .label");
        assertThat(header.getFont().getFamily()).isEqualTo(BundledFont.FAMILY);
        robot.interact(dialog[0]::close);
    }
}
