package dev.faultline.app;

import dev.faultline.load.LoadResult;
import dev.faultline.load.ModelLoader;
import dev.faultline.load.Problem;
import dev.faultline.model.TimelineModel;
import dev.faultline.ui.AppState;
import dev.faultline.ui.BundledFont;
import dev.faultline.ui.MainWindow;
import dev.faultline.ui.ProblemsDialog;
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
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The desktop app: loads the bundled font and the model off the JavaFX thread, builds the main window around one
 * {@link AppState}, and opens other model files in a background {@link Task}, keeping the current model when a file
 * has problems.
 */
public final class FaultlineApp extends Application implements ShellActions {

    private static final Logger LOG = Logger.getLogger(FaultlineApp.class.getName());

    private final AppState state = new AppState();
    private Stage stage;
    private MainWindow window;
    private Path initialPath;
    private LoadResult initialResult;
    private LoadResult builtInFallback;
    private SourceReaderPane reader;
    private TimelineView timeline;
    private SearchField searchField;

    static void launchWith(String[] args) {
        Application.launch(FaultlineApp.class, args);
    }

    /** Runs on the launcher thread, before any window: the slow parts of starting. */
    @Override
    public void init() {
        BundledFont.load();
        List<String> args = getParameters().getUnnamed();
        initialPath = args.isEmpty() ? BuiltInModel.path() : Path.of(args.get(args.size() - 1));
        initialResult = new ModelLoader().load(initialPath);
        if (initialResult.model().isEmpty() && !args.isEmpty()) {
            builtInFallback = new ModelLoader().load(BuiltInModel.path());
        }
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        window = new MainWindow(state, this);
        reader = new SourceReaderPane(state);
        window.setReadingPanes(new EventDetailPane(state), reader, new PersonPane(state), new SourcesPane(state));
        timeline = new TimelineView(state);
        window.setTimeline(timeline);
        window.setFilterBar(new FilterBar(state));
        searchField = new SearchField(state);
        window.setSearchField(searchField);
        window.setSearchResults(new SearchPane(state));
        // Typing a query brings its results to the front; the timeline and list narrow to them at the same time.
        state.filterProperty().addListener((o, was, now) -> {
            if (!now.text().isBlank() && (was == null || was.text().isBlank())) {
                window.showSearchResults();
            }
        });
        Scene scene = new Scene(window, 1400, 900);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::title,
                state.modelProperty(), state.localeProperty()));
        stage.show();
        accept(initialPath, initialResult);
        if (builtInFallback != null) {
            accept(BuiltInModel.path(), builtInFallback);
        }
    }

    private String title() {
        UiText t = UiText.of("shell", state.getLocale());
        TimelineModel m = state.getModel();
        return m == null ? t.get("app.title") : t.format("app.titleWithModel", m.title().in(state.getLocale()));
    }

    /** Opens a model file in the background; the window stays live and the current model stays until it is good. */
    public void open(Path path) {
        UiText t = UiText.of("shell", state.getLocale());
        Task<LoadResult> task = new Task<>() {
            @Override
            protected LoadResult call() {
                updateProgress(-1, 1);
                return new ModelLoader().load(path);
            }
        };
        window.setStatus(t.format("status.loading", path.getFileName()));
        window.showProgress(task.progressProperty());
        task.setOnSucceeded(e -> {
            window.showProgress(null);
            accept(path, task.getValue());
        });
        task.setOnFailed(e -> {
            window.showProgress(null);
            LOG.log(Level.WARNING, "loading " + path + " failed", task.getException());
            String message = String.valueOf(task.getException().getMessage());
            accept(path, new LoadResult(java.util.Optional.empty(),
                    List.of(Problem.fileError(path.toString(), message)), LoadResult.Counts.NONE));
        });
        Thread worker = new Thread(task, "model-loader");
        worker.setDaemon(true);
        worker.start();
    }

    private void accept(Path path, LoadResult result) {
        UiText t = UiText.of("shell", state.getLocale());
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (result.model().isPresent()) {
            TimelineModel m = result.model().get();
            state.setModel(m);
            String status = t.format("status.loaded", m.title().in(state.getLocale()), m.events().size(),
                    m.people().size(), m.sources().size(), result.counts().anchoredExcerpts());
            if (!result.warnings().isEmpty()) {
                status += " · " + t.format("status.warnings", result.warnings().size());
            }
            window.setStatus(status);
        } else {
            window.setStatus(t.format("status.loadFailed", name, result.errors().size()));
            ProblemsDialog.create(stage, name, result.problems(), state.getLocale()).show();
        }
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
        open(BuiltInModel.path());
    }

    @Override
    public void resetView() {
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
        Platform.exit();
    }
}
