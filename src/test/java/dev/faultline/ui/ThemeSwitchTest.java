package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.export.PictureColors;
import dev.faultline.timeline.NovemberModel;
import dev.faultline.ui.detail.PersonPane;
import dev.faultline.ui.timeline.TimelineView;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Theme restyles the timeline's canvas and the panes, and is remembered. */
@ExtendWith(ApplicationExtension.class)
class ThemeSwitchTest {

    private final AppState state = new AppState(NovemberModel.build());
    private MainWindow window;
    private TimelineView timeline;

    @Start
    void start(Stage stage) {
        window = new MainWindow(state, new NoShellActions());
        timeline = new TimelineView();
        new TimelineBinding(state, timeline);
        timeline.setAnimated(false);
        window.setTimeline(timeline);
        window.setReadingPanes(new Region(), new Region(), new PersonPane(state), new Region());
        stage.setScene(new Scene(window, 1100, 760));
        stage.show();
        stage.requestFocus();
    }

    private Color canvasPixel(FxRobot robot) {
        Canvas canvas = robot.lookup("#timeline-canvas").queryAs(Canvas.class);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = canvas.snapshot(null, null));
        // The commonest colour of the canvas is its background.
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        var reader = image[0].getPixelReader();
        for (int y = 0; y < image[0].getHeight(); y += 3) {
            for (int x = 0; x < image[0].getWidth(); x += 3) {
                counts.merge(reader.getArgb(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        return rgb(counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey());
    }

    /** The brightest (or darkest) opaque pixel in the overview strip's label row: its year labels' ink. */
    private double overviewLabelBrightness(FxRobot robot, boolean brightest) {
        Canvas canvas = robot.lookup("#overview-canvas").queryAs(Canvas.class);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = canvas.snapshot(null, null));
        var reader = image[0].getPixelReader();
        double best = brightest ? 0 : 1;
        for (int y = (int) image[0].getHeight() - 10; y < image[0].getHeight(); y++) {
            for (int x = 0; x < image[0].getWidth(); x++) {
                Color c = reader.getColor(x, y);
                if (c.getOpacity() > 0.9) {
                    best = brightest ? Math.max(best, c.getBrightness()) : Math.min(best, c.getBrightness());
                }
            }
        }
        return best;
    }

    private static Color rgb(int rgb) {
        return Color.rgb((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255);
    }

    private Color personPaneBackground(FxRobot robot) {
        Region pane = robot.lookup("#person-panel").queryAs(Region.class);
        return (Color) pane.getBackground().getFills().get(0).getFill();
    }

    @Test
    void choosingDarkRestylesTheCanvasAndThePanesAndLightBringsThemBack(FxRobot robot) {
        // The commonest colour is the background, or an era's shade of it.
        assertThat(canvasPixel(robot).getBrightness()).isGreaterThan(0.9);
        double lightPane = personPaneBackground(robot).getBrightness();

        robot.interact(() -> robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus()
                .get(1).getItems().stream().filter(i -> i instanceof javafx.scene.control.Menu)
                .flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                .filter(i -> "menu-theme-dark".equals(i.getId())).findFirst().orElseThrow().fire());
        robot.interact(timeline::redraw);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.getTheme()).isEqualTo(Theme.DARK);
        assertThat(canvasPixel(robot).getBrightness()).isLessThan(0.2);
        // The overview strip's year labels are drawn in the theme's text colour: light on dark.
        assertThat(overviewLabelBrightness(robot, true)).isGreaterThan(0.7);
        assertThat(TimelineExporter.colorsOf(timeline)).isEqualTo(PictureColors.DARK);
        assertThat(personPaneBackground(robot).getBrightness()).isLessThan(0.2).isLessThan(lightPane);

        robot.interact(() -> window.setTheme(Theme.LIGHT));
        robot.interact(timeline::redraw);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvasPixel(robot).getBrightness()).isGreaterThan(0.9);
        assertThat(TimelineExporter.colorsOf(timeline)).isEqualTo(PictureColors.LIGHT);
        assertThat(overviewLabelBrightness(robot, false)).isLessThan(0.3);
    }

    @Test
    void theWindowsBackgroundIsTheScenesFillInEachThemeAndNothingIsPaintedUnderTheTimeline(FxRobot robot)
            throws Exception {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> window.setTheme(theme));
            WaitForAsyncUtils.waitForFxEvents();
            int token = ThemeContrastTest.tokens(theme).get("-fl-bg");
            Color fill = (Color) window.getScene().getFill();
            assertThat((int) Math.round(fill.getRed() * 255) << 16 | (int) Math.round(fill.getGreen() * 255) << 8
                    | (int) Math.round(fill.getBlue() * 255)).as("scene fill of %s", theme).isEqualTo(token);
        }
        // Every node from the canvas up to the window: none paints a fill, so each frame repaints only the canvas
        // (a fill there was one more pass over the canvas's pixels per frame).
        Canvas canvas = robot.lookup("#timeline-canvas").queryAs(Canvas.class);
        for (javafx.scene.Parent p = canvas.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Region r) {
                assertThat(r.getBackground() == null || r.getBackground().getFills().isEmpty())
                        .as("%s (%s) paints a background under the timeline", r.getClass().getSimpleName(),
                                r.getStyleClass())
                        .isTrue();
            }
        }
        robot.interact(() -> window.setTheme(Theme.LIGHT));
    }

    @Test
    void anOpenHelpDialogFollowsAChangeOfTheme(FxRobot robot) {
        robot.interact(window::showAbout);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane pane = window.lastHelpDialog().getDialogPane();
        try {
            assertThat(paneBrightness(pane)).isGreaterThan(0.8);
            robot.interact(() -> window.setTheme(Theme.DARK));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(paneBrightness(pane)).isLessThan(0.3);
            robot.interact(() -> window.setTheme(Theme.LIGHT));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(paneBrightness(pane)).isGreaterThan(0.8);
        } finally {
            robot.interact(() -> window.lastHelpDialog().close());
        }
    }

    private static double paneBrightness(javafx.scene.layout.Region pane) {
        javafx.scene.layout.Background bg = pane.getBackground();
        return ((Color) bg.getFills().get(bg.getFills().size() - 1).getFill()).getBrightness();
    }

    /** A dialog is a scene of its own; opened over the window, it takes the window's theme with it. */
    @Test
    void theProblemsDialogWearsTheThemeOfTheWindowItOpensOver(FxRobot robot) {
        robot.interact(() -> window.setTheme(Theme.DARK));
        javafx.scene.control.Alert[] dialog = new javafx.scene.control.Alert[1];
        robot.interact(() -> {
            dialog[0] = ProblemsDialog.create(window.getScene().getWindow(), "x.json", java.util.List.of(),
                    state.localeProperty(), true);
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            javafx.scene.layout.Background bg = dialog[0].getDialogPane().getBackground();
            assertThat(bg).isNotNull();
            assertThat(((Color) bg.getFills().get(bg.getFills().size() - 1).getFill()).getBrightness())
                    .isLessThan(0.3);
        } finally {
            robot.interact(dialog[0]::close);
            robot.interact(() -> window.setTheme(Theme.LIGHT));
        }
    }

    @Test
    void theThemeIsRememberedForTheNextStart() throws Exception {
        Preferences node = Preferences.userRoot().node("dev/faultline/test-theme");
        SessionStore store = new SessionStore(node);
        assertThat(store.restoreTheme()).isEqualTo(Theme.LIGHT);

        store.saveTheme(Theme.DARK);

        assertThat(new SessionStore(node).restoreTheme()).isEqualTo(Theme.DARK);
        node.removeNode();
    }
}
