package dev.faultline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.ui.BundledFont;
import dev.faultline.ui.AppState;
import dev.faultline.ui.detail.EventDetailPane;
import dev.faultline.ui.detail.PersonPane;
import dev.faultline.ui.detail.SourceReaderPane;
import dev.faultline.ui.detail.SourcesPane;
import dev.faultline.ui.filter.FilterBar;
import dev.faultline.ui.filter.SearchField;
import dev.faultline.ui.filter.SearchPane;
import dev.faultline.ui.timeline.TimelineView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's fast start: the first frame is a light window (menus, toolbar, event list, status line), and the heavy
 * parts (filter bar, search, timeline, reading panes) come in the pulses after it, before the model loads; once they
 * have, the window is what it always was, the bundled face's stylesheet first on it. Preferences go to the test node
 * under {@code target/prefs} (Surefire's settings).
 */
@ExtendWith(ApplicationExtension.class)
class FastStartTest {

    private static final List<Class<?>> HEAVY = List.of(FilterBar.class, SearchField.class, SearchPane.class,
            TimelineView.class, EventDetailPane.class, SourceReaderPane.class, PersonPane.class, SourcesPane.class);

    private FaultlineApp app;
    private Stage stage;
    /** What the window held when start() returned, before any pulse. */
    private List<Class<?>> atFirstFrame;
    private boolean menusAtFirstFrame;
    private final List<Throwable> thrownByEarlyShortcuts = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new FaultlineApp();
        app.prepare(List.of("src/test/resources/load/valid/small-crisis.json"));
        app.onQuit(() -> { });
        app.start(stage);
        atFirstFrame = heavyPartsIn(stage.getScene().getRoot());
        menusAtFirstFrame = !all(stage.getScene().getRoot(), MenuBar.class).isEmpty();
        // Still in the same event as start(): no pulse has built the search field or the timeline yet.
        try {
            app.focusSearch();
            app.fitTimeline();
            app.export();
        } catch (RuntimeException e) {
            thrownByEarlyShortcuts.add(e);
        }
    }

    @Test
    void theFirstFrameIsLightAndTheWholeWindowFollowsBeforeTheModel(FxRobot robot) throws Exception {
        assertThat(stage.isShowing()).isTrue();
        assertThat(menusAtFirstFrame).as("the menus are in the first frame").isTrue();
        assertThat(atFirstFrame).as("heavy parts built before the first frame").isEmpty();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> appState().getModel() != null);
        WaitForAsyncUtils.waitForFxEvents();

        List<Class<?>> built = new ArrayList<>();
        robot.interact(() -> built.addAll(heavyPartsIn(stage.getScene().getRoot())));
        assertThat(built).as("every heavy part is in the window once the model is there")
                .containsExactlyInAnyOrderElementsOf(HEAVY);
        assertThat(stage.getScene().getRoot().getStylesheets()).as("the bundled face's stylesheet, first")
                .first().isEqualTo(BundledFont.STYLESHEET);
        assertThat(stage.getScene().getRoot().getStylesheets()).filteredOn(BundledFont.STYLESHEET::equals)
                .hasSize(1);
        assertThat(BundledFont.isLoaded()).isTrue();
    }

    @Test
    void shortcutsBeforeTheWindowIsCompleteDoNothingRatherThanFail() {
        assertThat(thrownByEarlyShortcuts).isEmpty();
    }

    /** The heavy parts' classes found in the scene graph and in every tab's content. */
    private static List<Class<?>> heavyPartsIn(Parent root) {
        List<Class<?>> found = new ArrayList<>();
        for (Node n : all(root, Node.class)) {
            for (Class<?> c : HEAVY) {
                if (c.isInstance(n) && !found.contains(c)) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    private static <T> List<T> all(Node from, Class<T> type) {
        List<T> out = new ArrayList<>();
        collect(from, type, out);
        return out;
    }

    private static <T> void collect(Node n, Class<T> type, List<T> out) {
        if (n == null) {
            return;
        }
        if (type.isInstance(n)) {
            out.add(type.cast(n));
        }
        if (n instanceof TabPane tabs) {
            for (Tab t : tabs.getTabs()) {
                collect(t.getContent(), type, out);
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, type, out);
            }
        }
    }

    private AppState appState() {
        try {
            java.lang.reflect.Field f = FaultlineApp.class.getDeclaredField("state");
            f.setAccessible(true);
            return (AppState) f.get(app);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
