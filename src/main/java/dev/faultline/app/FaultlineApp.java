package dev.faultline.app;

import dev.faultline.export.ExportFormat;
import dev.faultline.load.LoadResult;
import dev.faultline.load.ModelLoader;
import dev.faultline.model.TimelineModel;
import dev.faultline.query.EventFilter;
import dev.faultline.text.Language;
import dev.faultline.text.LocalFormat;
import dev.faultline.timeline.LaneGrouping;
import dev.faultline.ui.AppState;
import dev.faultline.ui.BundledFont;
import dev.faultline.ui.FilterMode;
import dev.faultline.ui.MainWindow;
import dev.faultline.ui.ModelOpener;
import dev.faultline.ui.SessionStore;
import dev.faultline.ui.TimelineExporter;
import dev.faultline.ui.ShellActions;
import dev.faultline.ui.TimelineBinding;
import dev.faultline.ui.UiText;
import dev.faultline.ui.WindowTitle;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
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
    /** Why the first model cannot even be tried (an unusable path, no built-in model), or null. */
    private LoadResult initialProblem;
    private boolean openedFile;
    private ModelOpener opener;
    private TimelineView timeline;
    private SearchField searchField;
    private TimelineExporter exporter;
    /** The bundled font's loading, started in {@link #init} (or {@link #start} in a test); true once registered. */
    private java.util.concurrent.CompletableFuture<Boolean> fontLoading;

    static void launchWith(String[] args) {
        Application.launch(FaultlineApp.class, args);
    }

    /**
     * Runs on the launcher thread, before any window: starts reading the bundled font on a thread of its own (an
     * English first frame does not wait for it) and chooses the first model. ICU's warm-up waits until after the
     * first frame (see {@link #warmUpIcu}); the model loads after the window is up, in the background, with progress
     * in the status line (see {@link #start}).
     */
    @Override
    public void init() {
        startFontLoading();
        prepare(getParameters().getUnnamed());
    }

    /** Reads and registers the bundled font on a daemon thread, once; {@link #fontLoading} completes when done. */
    private synchronized void startFontLoading() {
        if (fontLoading != null) {
            return;
        }
        fontLoading = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Boolean> done = fontLoading;
        Thread t = new Thread(() -> {
            try {
                done.complete(BundledFont.load());
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        }, "faultline-font");
        t.setDaemon(true);
        t.start();
    }

    /** Waits for the bundled font (a Chinese first frame needs it; 0.1–0.3 s after the JVM starts). */
    private void awaitFont() {
        startFontLoading();
        try {
            fontLoading.join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            // BundledFont logs why; JavaFX then falls back as it can.
        }
    }

    /**
     * ICU's first message and the script transforms cost a second or more on a cold machine (about 0.5 s of the
     * 1.4 s {@code init()} took before the window on a quiet machine): paid on a background thread once the window is
     * complete, not before its first frame, and not on the JavaFX thread at the first status line or the first switch to 简体. If the
     * JavaFX thread asks for a message before this is done, it only waits on ICU's class initialisation.
     */
    private static void warmUpIcu() {
        Thread t = new Thread(() -> {
            for (Language l : Language.values()) {
                for (String bundle : List.of("shell", "timeline", "detail", "filter")) {
                    UiText.of(bundle, l.locale()).format("!warm-up!");
                }
                LocalFormat.of(l).message("count.eventsOf", 1, 2);
            }
        }, "faultline-icu-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Chooses the first model (the last of {@code args}, else the built-in one); it loads once the window is up. An
     * unusable path or a jar without its model is a problem shown in the window, never a crash in {@code init}.
     */
    void prepare(List<String> args) {
        openedFile = !args.isEmpty();
        if (args.isEmpty()) {
            // The built-in model is looked for after the first frame (opening the jar's zip file system loads classes
            // a first frame does not need): see chooseBuiltIn.
            return;
        }
        String arg = args.get(args.size() - 1);
        try {
            initialPath = Path.of(arg);
        } catch (java.nio.file.InvalidPathException e) {
            initialPath = null;
            initialProblem = missing(dev.faultline.text.Printable.escape(arg), "is not a usable path");
        }
    }

    /** With no file named, the first model is the built-in one; a jar without it is a problem shown in the window. */
    private void chooseBuiltIn() {
        initialPath = builtInAvailable() ? BuiltInModel.path() : null;
        initialProblem = initialPath != null ? null : missing(BuiltInModel.RESOURCE, "is missing from this build"
                + " of the app (a broken jar?); open a model file with File → Open");
    }

    private static boolean builtInAvailable() {
        try {
            BuiltInModel.path();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static LoadResult missing(String name, String why) {
        return new LoadResult(Optional.empty(), List.of(dev.faultline.load.Problem.fileError(name, why)),
                LoadResult.Counts.NONE);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        startFontLoading();
        // The language chosen last time; else the system's (zh-CN starts in 简体, zh-TW in 繁體). View → Language
        // switches at any time, and the choice is saved at once.
        state.setLocale(store.restoreLanguage().orElse(Language.of(Locale.getDefault())).locale());
        state.localeProperty().addListener((o, was, now) -> store.saveLanguage(Language.of(now)));
        if (Language.of(state.getLocale()).chinese()) {
            // Chinese menus in the first frame need the bundled face (no box on a machine without a CJK font).
            awaitFont();
        }
        window = new MainWindow(state, this);
        // An English first frame draws in the default face while the font loads; the bundled face's stylesheet
        // goes on (one CSS pass, with the panes') once the window is complete.
        boolean fontLater = !BundledFont.isLoaded() && window.getStylesheets().remove(BundledFont.STYLESHEET);
        window.setTheme(store.restoreTheme());
        opener = new ModelOpener(state, window);
        window.themeProperty().addListener((o, was, now) -> {
            store.saveTheme(now);
            // After the CSS pass has given the canvas its new colours.
            if (timeline != null) {
                Platform.runLater(timeline::redraw);
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
        if (!FirstFrameProbe.completeWindow()) {
            FirstFrameProbe.armed();
        }
        // The first frame is light: menus, toolbar, the empty split panes, the event list and the status line.
        // After it, one pulse each, come the filter bar and search (ControlsFX), the timeline, and the reading panes
        // (before, building them before the first frame loaded over 3,000 more classes than a bare window). Then
        // the model loads in the background (progress in the status line; started after the window is complete so
        // loading does not compete with it for the two cores of a small machine), then the session is restored
        // onto it. A model file named on the command line that fails falls back to the built-in one.
        afterFirstFrame(List.of(
                () -> {
                    window.setFilterBar(new FilterBar(state));
                    searchField = new SearchField(state);
                    window.setSearchField(searchField);
                    window.setSearchResults(new SearchPane(state));
                    // Typing a query brings its results to the front; the timeline and list narrow to them at once.
                    state.filterProperty().addListener((o, was, now) -> {
                        if (!now.text().isBlank() && (was == null || was.text().isBlank())) {
                            window.showSearchResults();
                        }
                    });
                },
                () -> {
                    TimelineView view = new TimelineView();
                    new TimelineBinding(state, view);
                    window.setTimeline(view);
                    exporter = new TimelineExporter(state, window, view);
                    timeline = view;
                },
                () -> {
                    window.setReadingPanes(new EventDetailPane(state), new SourceReaderPane(state),
                            new PersonPane(state), new SourcesPane(state));
                    if (fontLater) {
                        awaitFont();
                        window.getStylesheets().add(0, BundledFont.STYLESHEET);
                    }
                    if (FirstFrameProbe.completeWindow()) {
                        FirstFrameProbe.armed();
                    }
                    loadFirstModel();
                    // Last, so that it does not compete with building the window (on two busy cores, warming ICU
                    // beside the panes made the complete window seconds later).
                    warmUpIcu();
                }));
    }

    /** Loads the first model in the background (or shows why it cannot), then restores the session onto it. */
    private void loadFirstModel() {
        if (!openedFile) {
            chooseBuiltIn();
        }
        if (initialPath == null) {
            opener.accept(Path.of("model"), initialProblem);
            if (openedFile && builtInAvailable()) {
                openBuiltInAndRestore();
            }
            return;
        }
        Task<LoadResult> first = opener.open(initialPath);
        first.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> Platform.runLater(() -> {
            // A newer open (File → Open while this one loaded) has had its say: leave it be.
            if (opener.currentLoad().isPresent()) {
                return;
            }
            if (state.getModel() == null && openedFile && builtInAvailable()) {
                openBuiltInAndRestore();
            } else {
                restoreSession();
            }
        }));
    }

    /**
     * Runs steps on the JavaFX thread once the window's first frame has been drawn (two pulses on), one step a pulse,
     * so that no one step keeps the window from drawing for long.
     */
    private static void afterFirstFrame(List<Runnable> steps) {
        new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                ++pulses;
                int step = pulses - 2;
                if (step < 0) {
                    return;
                }
                if (step >= steps.size() - 1) {
                    stop();
                }
                steps.get(step).run();
            }
        }.start();
    }

    private void openBuiltInAndRestore() {
        opener.open(BuiltInModel.path()).addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED,
                f -> Platform.runLater(this::restoreSession));
    }

    /** Puts back the filter, selection and timeline view of the last session, once a model is there. */
    private void restoreSession() {
        restoring("the filter and selection", () -> store.restore(state));
        // After the first layout, so the timeline's own fit-to-model does not overwrite the restored view.
        Platform.runLater(() -> restoring("the timeline view", () -> store.restoreTimeline(state.getModel())
                .ifPresent(v -> {
                    timeline.setVisibleWindow(v.startMillis(), v.endMillis());
                    grouping(v.laneGrouping()).ifPresent(timeline::setLaneGrouping);
                })));
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

    @Override
    public void stop() {
        if (stage == null) {
            return;
        }
        if (state.getModel() == null || timeline == null) {
            // Closed before the model came: keep the last session's filter, selection and view for next time.
            store.saveWindow(new SessionStore.WindowState(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
            return;
        }
        store.save(state, new SessionStore.WindowState(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()), new SessionStore.TimelineView(timeline.getVisibleStart(),
                timeline.getVisibleEnd(), timeline.getLaneGrouping().name()));
    }

    private static Optional<LaneGrouping> grouping(String name) {
        return Arrays.stream(LaneGrouping.values()).filter(g -> g.name().equals(name)).findFirst();
    }

    private String title() {
        return WindowTitle.of(state.getModel(), state.getLocale());
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
    public void export() {
        if (state.getModel() == null) {
            return;
        }
        UiText t = UiText.of("shell", state.getLocale());
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("dialog.export.title"));
        Map<FileChooser.ExtensionFilter, ExportFormat> formats = new LinkedHashMap<>();
        for (ExportFormat f : ExportFormat.values()) {
            formats.put(new FileChooser.ExtensionFilter(t.get("dialog.export." + f.id()), "*." + f.extension()), f);
        }
        chooser.getExtensionFilters().addAll(formats.keySet());
        chooser.setInitialFileName("faultline." + ExportFormat.PNG.extension());
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        ExportFormat format = formats.getOrDefault(chooser.getSelectedExtensionFilter(), ExportFormat.PNG);
        Path path = file.toPath();
        if (!path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + "." + format.extension());
        }
        exporter.export(format, path);
    }

    @Override
    public void openBuiltInModel() {
        if (builtInAvailable()) {
            open(BuiltInModel.path());
        } else {
            opener.accept(Path.of("openai-crisis.json"), missing(BuiltInModel.RESOURCE, "is missing from this build"
                    + " of the app (a broken jar?); open a model file with File → Open"));
        }
    }

    @Override
    public void resetView() {
        store.reset();
        // A reset forgets the view, not the language the person reads.
        store.saveLanguage(Language.of(state.getLocale()));
        state.setFilter(EventFilter.NONE);
        state.setFilterMode(FilterMode.HIDE);
        stage.setMaximized(false);
        javafx.geometry.Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
        stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        stage.centerOnScreen();
        if (timeline != null) {
            timeline.setLaneGrouping(LaneGrouping.BY_FACTION);
            timeline.goHome();
        }
    }

    @Override
    public void fitTimeline() {
        if (timeline != null) {
            timeline.fitAll();
        }
    }

    @Override
    public void focusSearch() {
        // The field comes in the pulse after the first frame; a shortcut before it does nothing.
        if (searchField != null) {
            searchField.focusSearch();
            window.showSearchResults();
        }
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
