package dev.faultline.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop app. */
public final class FaultlineApp extends Application {

    static void launchWith(String[] args) {
        Application.launch(FaultlineApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Faultline");
        stage.setScene(new Scene(new Label("Faultline"), 1200, 800));
        stage.show();
    }
}
