package dev.faultline.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The start-up harness's yardstick: the barest JavaFX window, one label, the app's size, on the same JVM and jar. */
public final class BareWindow extends Application {

    static void launchWith(String[] args) {
        Application.launch(BareWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Faultline")), 1400, 900));
        stage.setTitle("bare");
        stage.show();
        FirstFrameProbe.armed();
    }
}
