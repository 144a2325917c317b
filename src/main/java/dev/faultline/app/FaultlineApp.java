package dev.faultline.app;

import dev.faultline.load.LoadResult;
import dev.faultline.load.ModelLoader;
import dev.faultline.model.TimelineModel;
import dev.faultline.query.EventFilter;
import dev.faultline.timeline.LaneGrouping;
import dev.faultline.ui.AppState;
import dev.faultline.ui.BundledFont;
import dev.faultline.ui.FilterMode;
import dev.faultline.ui.MainWindow;
import dev.faultline.ui.ModelOpener;
import dev.faultline.ui.SessionStore;
import dev.faultline.ui.ShellActions;
import dev.faultline.ui.UiText;
import dev.faultline.ui.detail.EventDetailPane;
import dev.faultline.ui.detail.PersonPane;
import dev.faultline.ui.detail.SourceReaderPane;
import dev.faultline.ui.detail.SourcesPane;
import dev.faultline.ui.filter.FilterBar;
import dev.faultline.ui.filter.SearchField;
import dev.faultline.ui.filter.SearchPane;
import dev.faultline.ui.timeline.TimelineView;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop app: loads the bundled font and the model off the JavaFX thread, builds the main window around one
 * {@link AppState}, and opens other model files in a background {@link Task}, keeping the current model when a file
 * has problems.
 */
public final class FaultlineApp extends Application implements ShellActions {

    private static final double DEFAULT_WIDTH = 1400;
    private static final double DEFAULT_HEIGHT = 900;

    private final AppState state = new AppState();
    private final SessionStore store = new SessionStore();
    private Stage stage;
    private MainWindow window;
    private Path initialPath;
    private LoadResult initialResult;
    private LoadResult builtInFallback;
    private ModelOpener opener;
    private TimelineView timeline;
    private SearchField searchField;

    static void launchWith(String[] args) {
        Application.launch(FaultlineApp.class, args);
    }

    /** Runs on the launcher thread, before any window: the slow parts of starting. */
    @Override
    public void init() {
        prepare(getParameters().getUnnamed());
    }

    /** Loads the font and the first model (the last of {@code args}, else the built-in one); what init does. */
    void prepare(List<String> args) {
        BundledFont.load();
        if (args.isEmpty()) {
            initialPath = builtInPath();
            initialResult = loadBuiltIn();
        } else {
            String arg = args.get(args.size() - 1);
            try {
                // Loaded once the window shows, in a Task with progress and Cancel: a model of a million events
                // takes a while, and the window must not wait for it.
                initialPath = Path.of(arg);
                initialResult = null;
            } catch (java.nio.file.InvalidPathException e) {
                initialPath = Path.of("model");
                initialResult = missing(dev.faultline.text.Printable.escape(arg), "is not a usable path");
                builtInFallback = loadBuiltIn();
            }
        }
    }

    /**
     * The built-in model, or a result that says it is missing: a jar built without it must still open a window
     * (empty, with the problem shown), not crash in {@code init}.
     */
    private static LoadResult loadBuiltIn() {
        return builtInAvailable() ? new ModelLoader().load(BuiltInModel.path())
                : missing(BuiltInModel.RESOURCE, "is missing from this build of the app (a broken jar?); open a model"
                        + " file with File → Open");
    }

    private static boolean builtInAvailable() {
        try {
            BuiltInModel.path();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Path builtInPath() {
        return builtInAvailable() ? BuiltInModel.path() : Path.of("openai-crisis.json");
    }

    private static LoadResult missing(String name, String why) {
        return new LoadResult(Optional.empty(), List.of(dev.faultline.load.Problem.fileError(name, why)),
                LoadResult.Counts.NONE);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        if ("zh".equals(Locale.getDefault().getLanguage())) {
            // A Chinese system starts in Chinese; View → Language switches at any time.
            state.setLocale(Locale.TRADITIONAL_CHINESE);
        }
        window = new MainWindow(state, this);
        opener = new ModelOpener(state, window);
        window.setReadingPanes(new EventDetailPane(state), new SourceReaderPane(state), new PersonPane(state), new SourcesPane(state));
        timeline = new TimelineView(state);
        window.setTimeline(timeline);
        window.setFilterBar(new FilterBar(state));
        searchField = new SearchField(state);
        window.setSearchField(searchField);
        window.setSearchResults(new SearchPane(state));
        // The filter's time range and the timeline's view move together: narrowing the range slider shows that span.
        state.filterProperty().addListener((o, was, now) -> {
            boolean rangeChanged = was == null || !Objects.equals(was.from(), now.from())
                    || !Objects.equals(was.to(), now.to());
            if (rangeChanged && state.getModel() != null && (now.from() != null || now.to() != null)) {
                List<dev.faultline.model.Event> events = state.getModel().events();
                long start = now.from() != null ? now.from().startMillis()
                        : events.isEmpty() ? 0 : events.get(0).date().startMillis();
                long end = now.to() != null ? now.to().endMillisExclusive()
                        : events.stream().mapToLong(e -> e.date().endMillisExclusive()).max().orElse(start + 1);
                if (end > start) {
                    timeline.setVisibleWindow(start, end);
                }
            }
        });
        // Typing a query brings its results to the front; the timeline and list narrow to them at the same time.
        state.filterProperty().addListener((o, was, now) -> {
            if (!now.text().isBlank() && (was == null || was.text().isBlank())) {
                window.showSearchResults();
            }
        });
        // Never larger than the screen: on a 1024x700 display the window must fit, not hang off the edge.
        javafx.geometry.Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(DEFAULT_WIDTH, screen.getWidth()),
                Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::title,
                state.modelProperty(), state.localeProperty()));
        restoring("the window", () -> store.restoreWindow(Screen.getScreens().stream()
                .map(Screen::getVisualBounds).toList()).ifPresent(w -> {
                    stage.setX(w.x());
                    stage.setY(w.y());
                    stage.setWidth(w.width());
                    stage.setHeight(w.height());
                    stage.setMaximized(w.maximized());
                }));
        stage.show();
        if (initialResult == null) {
            // A model named on the command line; if it cannot be opened, the built-in one is shown behind the
            // problems (after the opener has had its say, hence runLater).
            opener.open(initialPath).addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED,
                    e -> Platform.runLater(() -> {
                        if (state.getModel() == null && opener.currentLoad().isEmpty()) {
                            openBuiltInModel();
                        }
                    }));
        } else {
            opener.accept(initialPath, initialResult);
        }
        if (builtInFallback != null) {
            opener.accept(builtInPath(), builtInFallback);
        }
        restoring("the filter and selection", () -> store.restore(state));
        // After the first layout, so the timeline's own fit-to-model does not overwrite the restored view.
        Platform.runLater(() -> restoring("the timeline view", () -> store.restoreTimeline(state.getModel())
                .ifPresent(v -> {
                    timeline.setVisibleWindow(v.startMillis(), v.endMillis());
                    grouping(v.laneGrouping()).ifPresent(timeline::setLaneGrouping);
                })));
    }

    @Override
    public void stop() {
        if (stage == null || timeline == null) {
            return;
        }
        store.save(state, new SessionStore.WindowState(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()), new SessionStore.TimelineView(timeline.getVisibleStart(),
                timeline.getVisibleEnd(), timeline.getLaneGrouping().name()));
    }

    /**
     * Runs one part of restoring the saved session; if it fails, the saved session is forgotten and the app starts
     * as new, so a corrupt store can never stop the app from starting.
     */
    private void restoring(String what, Runnable restore) {
        try {
            restore.run();
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger("dev.faultline.ui").log(java.util.logging.Level.WARNING,
                    "could not restore " + what + "; the saved session is reset", e);
            store.reset();
        }
    }

    private static Optional<LaneGrouping> grouping(String name) {
        return Arrays.stream(LaneGrouping.values()).filter(g -> g.name().equals(name)).findFirst();
    }

    private String title() {
        UiText t = UiText.of("shell", state.getLocale());
        TimelineModel m = state.getModel();
        return m == null ? t.get("app.title") : t.format("app.titleWithModel", m.title().in(state.getLocale()));
    }

    /** Opens a model file in the background; the current model stays until the new one is good. */
    public void open(Path path) {
        opener.open(path);
    }

    @Override
    public void openModel() {
        UiText t = UiText.of("shell", state.getLocale());
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("dialog.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("dialog.open.filter"), "*.json"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            open(file.toPath());
        }
    }

    @Override
    public void openBuiltInModel() {
        if (builtInAvailable()) {
            open(BuiltInModel.path());
        } else {
            opener.accept(builtInPath(), loadBuiltIn());
        }
    }

    @Override
    public void resetView() {
        store.reset();
        state.setFilter(EventFilter.NONE);
        state.setFilterMode(FilterMode.HIDE);
        stage.setMaximized(false);
        javafx.geometry.Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
        stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        stage.centerOnScreen();
        timeline.setLaneGrouping(LaneGrouping.BY_FACTION);
        timeline.fitAll();
    }

    @Override
    public void fitTimeline() {
        timeline.fitAll();
    }

    @Override
    public void focusSearch() {
        searchField.focusSearch();
        window.showSearchResults();
    }

    @Override
    public void quit() {
        quitAction.run();
    }

    /** What File → Quit does: ends the app; a test of the whole window replaces it, to keep the toolkit running. */
    private Runnable quitAction = Platform::exit;

    void onQuit(Runnable action) {
        this.quitAction = action;
    }

    /** The opener of model files (for a test of the whole window). */
    ModelOpener opener() {
        return opener;
    }
}
