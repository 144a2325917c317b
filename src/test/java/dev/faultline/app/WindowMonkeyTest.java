package dev.faultline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A seeded monkey on the whole window: {@value #ACTIONS} random actions (clicks on random nodes, keys, the wheel,
 * drags, switches of language (all three) and theme, opening good and bad models, cancelling loads) must raise no uncaught exception. The seed
 * is printed and is in the failure message; rerun one with {@code -Dfaultline.monkey.seed=N}. A wall-clock bound
 * ({@code faultline.monkey.seconds}, {@value #DEFAULT_SECONDS} s by default) keeps {@code mvn verify} reasonable on a
 * busy machine: the test stops early then, and says how far it got.
 *
 * <p>Events are fired straight at nodes rather than through the robot's mouse, which moves in animated steps: a
 * thousand robot clicks take minutes. Preferences go to the test node under {@code target/prefs} (Surefire's
 * settings), never the user's own.
 */
@ExtendWith(ApplicationExtension.class)
class WindowMonkeyTest {

    static final int ACTIONS = 10_000;
    static final int DEFAULT_SECONDS = 150;
    private static final int BATCH = 25;

    private static final List<Path> MODELS = List.of(
            Path.of("src/test/resources/load/valid/small-crisis.json"),
            Path.of("src/test/resources/load/valid/minimal.json"),
            Path.of("src/test/resources/load/invalid/ambiguous-quote.json"),
            Path.of("src/test/resources/load/invalid/json-syntax-error.json"),
            Path.of("src/test/resources/load/invalid/absolute-seed-path.json"),
            Path.of("src/test/resources/load/invalid/no-such-model.json"));
    private static final KeyCode[] KEYS = {KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN, KeyCode.ENTER,
        KeyCode.ESCAPE, KeyCode.TAB, KeyCode.SPACE, KeyCode.HOME, KeyCode.END, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN,
        KeyCode.PLUS, KeyCode.MINUS, KeyCode.EQUALS, KeyCode.BACK_SPACE, KeyCode.DELETE, KeyCode.A, KeyCode.F,
        KeyCode.DIGIT0, KeyCode.DIGIT1};

    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    private FaultlineApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        assertThat(System.getProperty("java.util.prefs.userRoot")).as("preferences go to the build directory")
                .contains("target");
        this.stage = stage;
        app = new FaultlineApp();
        app.prepare(List.of("src/test/resources/load/valid/small-crisis.json"));
        app.onQuit(() -> { });
        app.start(stage);
    }

    @Test
    void tenThousandRandomActionsRaiseNoUncaughtException(FxRobot robot) throws Exception {
        long seed = Long.getLong("faultline.monkey.seed", System.nanoTime());
        long seconds = Long.getLong("faultline.monkey.seconds", DEFAULT_SECONDS);
        System.out.println("WindowMonkeyTest seed " + seed + " (rerun with -Dfaultline.monkey.seed=" + seed + ")");
        Random random = new Random(seed);
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int done = 0;
        try {
            while (done < ACTIONS && System.nanoTime() < deadline && uncaught.isEmpty()) {
                int batch = Math.min(BATCH, ACTIONS - done);
                robot.interact(() -> {
                    for (int i = 0; i < batch; i++) {
                        act(random);
                    }
                });
                WaitForAsyncUtils.waitForFxEvents();
                done += batch;
            }
            robot.interact(() -> app.opener().cancel());
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
            robot.interact(this::closeOtherWindows);
        }
        System.out.println("WindowMonkeyTest: " + done + " actions, seed " + seed);
        // Whole, where the assertion below shows only the first lines of each.
        uncaught.forEach(Throwable::printStackTrace);
        assertThat(uncaught).as("uncaught exceptions after %d actions with seed %d (rerun with"
                + " -Dfaultline.monkey.seed=%d)", done, seed, seed).isEmpty();
        assertThat(done).as("actions done in %d s", seconds).isGreaterThan(0);
    }

    /** One random action, on the FX thread. */
    private void act(Random random) {
        Scene scene = stage.getScene();
        int pick = random.nextInt(100);
        try {
            if (pick < 40) {
                click(randomNode(scene, random), random);
            } else if (pick < 60) {
                key(scene, random);
            } else if (pick < 72) {
                scroll(randomNode(scene, random), random);
            } else if (pick < 84) {
                drag(randomNode(scene, random), random);
            } else if (pick < 90) {
                app.focusSearch();
            } else if (pick < 92) {
                dev.faultline.text.Language[] languages = dev.faultline.text.Language.values();
                appState().setLocale(languages[random.nextInt(languages.length)].locale());
            } else if (pick < 93) {
                if (scene.getRoot() instanceof dev.faultline.ui.MainWindow window) {
                    dev.faultline.ui.Theme[] themes = dev.faultline.ui.Theme.values();
                    window.setTheme(themes[random.nextInt(themes.length)]);
                }
            } else if (pick < 96) {
                app.open(MODELS.get(random.nextInt(MODELS.size())));
            } else if (pick < 98) {
                app.opener().cancel();
            } else {
                closeOtherWindows();
            }
        } catch (RuntimeException e) {
            uncaught.add(e);
        }
    }

    private dev.faultline.ui.AppState appState() {
        try {
            java.lang.reflect.Field f = FaultlineApp.class.getDeclaredField("state");
            f.setAccessible(true);
            return (dev.faultline.ui.AppState) f.get(app);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void closeOtherWindows() {
        app.opener().lastProblemsDialog().ifPresent(javafx.scene.control.Alert::close);
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w != stage && w.isShowing() && w instanceof javafx.stage.PopupWindow) {
                w.hide();
            }
        }
    }

    private static Node randomNode(Scene scene, Random random) {
        List<Node> nodes = new ArrayList<>();
        collect(scene.getRoot(), nodes);
        return nodes.isEmpty() ? scene.getRoot() : nodes.get(random.nextInt(nodes.size()));
    }

    private static void collect(Node node, List<Node> into) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        into.add(node);
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    /** A point inside the node, in scene coordinates (the node's centre when it has no size). */
    private static Point2D pointIn(Node node, Random random) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        return new Point2D(b.getMinX() + random.nextDouble() * Math.max(1, b.getWidth()),
                b.getMinY() + random.nextDouble() * Math.max(1, b.getHeight()));
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, Node node, Point2D at, int clicks,
            boolean primaryDown) {
        Point2D local = node.sceneToLocal(at);
        return new MouseEvent(node, node, type, local.getX(), local.getY(), at.getX(), at.getY(),
                MouseButton.PRIMARY, clicks, false, false, false, false, primaryDown, false, false, true, false,
                false, new PickResult(node, at.getX(), at.getY()));
    }

    private static void click(Node node, Random random) {
        Point2D at = pointIn(node, random);
        int clicks = random.nextInt(6) == 0 ? 2 : 1;
        Event.fireEvent(node, mouse(MouseEvent.MOUSE_MOVED, node, at, 0, false));
        Event.fireEvent(node, mouse(MouseEvent.MOUSE_PRESSED, node, at, clicks, true));
        Event.fireEvent(node, mouse(MouseEvent.MOUSE_RELEASED, node, at, clicks, false));
        Event.fireEvent(node, mouse(MouseEvent.MOUSE_CLICKED, node, at, clicks, false));
    }

    private static void drag(Node node, Random random) {
        Point2D at = pointIn(node, random);
        Event.fireEvent(node, mouse(MouseEvent.MOUSE_PRESSED, node, at, 1, true));
        for (int i = 0; i < 4; i++) {
            at = at.add(random.nextGaussian() * 80, random.nextGaussian() * 20);
            Event.fireEvent(node, mouse(MouseEvent.MOUSE_DRAGGED, node, at, 0, true));
        }
        Event.fireEvent(node, mouse(MouseEvent.MOUSE_RELEASED, node, at, 1, false));
    }

    private static void scroll(Node node, Random random) {
        Point2D at = pointIn(node, random);
        Point2D local = node.sceneToLocal(at);
        double dy = (random.nextBoolean() ? 1 : -1) * 40 * (1 + random.nextInt(3));
        boolean ctrl = random.nextInt(3) == 0;
        Event.fireEvent(node, new ScrollEvent(node, node, ScrollEvent.SCROLL, local.getX(), local.getY(),
                at.getX(), at.getY(), false, ctrl, false, false, false, false, 0, dy, 0, dy,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0,
                new PickResult(node, at.getX(), at.getY())));
    }

    /** A key press and release at the focused node; never Shortcut+Q (quit) or Shortcut+O (a native file dialog). */
    private static void key(Scene scene, Random random) {
        KeyCode code = KEYS[random.nextInt(KEYS.length)];
        boolean shortcut = random.nextInt(4) == 0 && code != KeyCode.A;
        boolean shift = random.nextInt(4) == 0;
        boolean alt = random.nextInt(6) == 0;
        Node target = scene.getFocusOwner() == null ? scene.getRoot() : scene.getFocusOwner();
        String text = code.isLetterKey() || code.isDigitKey() ? code.getChar().toLowerCase(Locale.ROOT) : "";
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, shortcut, alt, false));
        if (!text.isEmpty() && !shortcut && !alt) {
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, text, text, KeyCode.UNDEFINED, shift, false,
                    false, false));
        }
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, shift, shortcut, alt, false));
    }

}
