package dev.faultline.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.ui.AppState;
import dev.faultline.ui.Selection;
import dev.faultline.ui.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the dark theme the reading panes are dark: no card, excerpt or note keeps the light theme's white (seen: white
 * excerpt cards with the dark theme's light text on them, the source's title unreadable).
 */
@ExtendWith(ApplicationExtension.class)
class DarkThemeReadingPanesTest {

    private final AppState state = new AppState(ReadingSample.model());
    private HBox panes;

    @Start
    void start(Stage stage) {
        panes = new HBox(new EventDetailPane(state), new SourcesPane(state), new PersonPane(state),
                new SourceReaderPane(state));
        for (Node n : panes.getChildren()) {
            ((Region) n).setPrefWidth(420);
        }
        Scene scene = new Scene(panes, 1680, 800);
        Theme.DARK.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void noCardOrExcerptIsLightInTheDarkTheme(FxRobot robot) {
        robot.interact(() -> state.selectEvent("altman-fired"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".excerpt-view").queryAll()).isNotEmpty();
        assertThat(lightBackgrounds()).isEmpty();

        robot.interact(() -> state.select(new Selection.OfSource(ReadingSample.BOOK)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lightBackgrounds()).isEmpty();

        String someone = state.getModel().people().get(0).id();
        robot.interact(() -> state.selectPerson(someone));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lightBackgrounds()).isEmpty();
    }

    /** Every visible region whose background has a light, mostly opaque fill. */
    private List<String> lightBackgrounds() {
        List<String> light = new ArrayList<>();
        collect(panes, light);
        return light;
    }

    private static void collect(Node node, List<String> light) {
        if (!node.isVisible()) {
            return;
        }
        // Arrows and marks are glyphs drawn as fills: light on dark is right for them.
        if (node instanceof Region r && r.getBackground() != null && !r.getStyleClass().contains("arrow")
                && !r.getStyleClass().contains("mark")) {
            for (BackgroundFill f : r.getBackground().getFills()) {
                if (f.getFill() instanceof Color c && c.getOpacity() > 0.5 && c.getBrightness() > 0.8
                        && c.getSaturation() < 0.3) {
                    light.add(r.getClass().getSimpleName() + r.getStyleClass() + " " + c);
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, light);
            }
        }
    }
}
