package dev.faultline.ui;

import dev.faultline.load.LoadResult;
import dev.faultline.load.ModelLoader;
import dev.faultline.load.Problem;
import dev.faultline.model.TimelineModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;

/**
 * Opens model files: loads in a background {@link Task} (progress in the status line, the window stays live), then
 * either shows the new model or lists every problem in a dialog while the model on show stays.
 */
public final class ModelOpener {

    private static final Logger LOG = Logger.getLogger(ModelOpener.class.getName());

    private final AppState state;
    private final MainWindow window;
    private final Executor worker;
    private Alert lastDialog;

    /** An opener that loads on a fresh daemon thread per file. */
    public ModelOpener(AppState state, MainWindow window) {
        this(state, window, task -> {
            Thread t = new Thread(task, "model-loader");
            t.setDaemon(true);
            t.start();
        });
    }

    /** An opener that loads on the given executor. */
    public ModelOpener(AppState state, MainWindow window, Executor worker) {
        this.state = state;
        this.window = window;
        this.worker = worker;
    }

    /** Starts loading a file; returns the task, which finishes on the JavaFX thread. */
    public Task<LoadResult> open(Path path) {
        Task<LoadResult> task = new Task<>() {
            @Override
            protected LoadResult call() {
                updateProgress(-1, 1);
                return new ModelLoader().load(path);
            }
        };
        window.setStatus(t -> t.format("status.loading", displayName(path)));
        window.showProgress(task.progressProperty());
        task.setOnSucceeded(e -> {
            window.showProgress(null);
            accept(path, task.getValue());
        });
        task.setOnFailed(e -> {
            window.showProgress(null);
            // The loader turns every expected failure into a Problem; this is the unexpected rest, still no trace.
            LOG.log(Level.WARNING, "loading " + path + " failed", task.getException());
            accept(path, new LoadResult(Optional.empty(), List.of(Problem.fileError(displayName(path),
                    String.valueOf(task.getException().getMessage()))), LoadResult.Counts.NONE));
        });
        worker.execute(task);
        return task;
    }

    /** Shows a loaded model, or its problems while the current model stays. */
    public void accept(Path path, LoadResult result) {
        String name = displayName(path);
        if (result.model().isPresent()) {
            TimelineModel m = result.model().get();
            state.setModel(m);
            int warnings = result.warnings().size();
            window.setStatus(t -> {
                String status = t.format("status.loaded", t.formats().text(m.title()), m.events().size(),
                        m.people().size(), m.sources().size(), result.counts().anchoredExcerpts());
                return warnings == 0 ? status : status + " · " + t.format("status.warnings", warnings);
            });
        } else {
            int errors = result.errors().size();
            window.setStatus(t -> t.format("status.loadFailed", name, errors));
            lastDialog = ProblemsDialog.create(window.getScene() == null ? null : window.getScene().getWindow(),
                    name, result.problems(), state.localeProperty());
            lastDialog.show();
        }
    }

    /** The last problems dialog shown, if any. */
    public Optional<Alert> lastProblemsDialog() {
        return Optional.ofNullable(lastDialog);
    }

    private static String displayName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
