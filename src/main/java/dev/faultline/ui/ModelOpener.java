package dev.faultline.ui;

import dev.faultline.load.LoadProgress;
import dev.faultline.load.LoadResult;
import dev.faultline.load.ModelLoader;
import dev.faultline.load.Problem;
import dev.faultline.model.TimelineModel;
import dev.faultline.text.Printable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;

/**
 * Opens model files: loads in a background {@link Task} (progress and a Cancel button in the status line, the window
 * stays live), then either shows the new model or lists every problem in a dialog while the model on show stays.
 *
 * <p>A newer open always wins: opening a file cancels the load still running, and a load that finishes after a newer
 * one has started is thrown away, so a slow file can never replace the model a later, faster one brought.
 */
public final class ModelOpener {

    private static final Logger LOG = Logger.getLogger(ModelOpener.class.getName());

    private final AppState state;
    private final MainWindow window;
    private final Executor worker;
    private Alert lastDialog;
    /** The load in progress, if any. */
    private Task<LoadResult> current;
    /** Counts opens; a load's result is used only while it is the latest. */
    private long generation;

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

    /** Starts loading a file, cancelling a load still running; returns the task, which finishes on the FX thread. */
    public Task<LoadResult> open(Path path) {
        cancel();
        long mine = ++generation;
        Task<LoadResult> task = new Task<>() {
            @Override
            protected LoadResult call() {
                updateProgress(-1, 1);
                LoadResult result = new ModelLoader(new LoadProgress() {
                    @Override
                    public void done(double fraction) {
                        updateProgress(fraction, 1);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                }).load(path);
                // The panes ask the model for each source's and each person's events, and for its latest date, as
                // soon as it is shown: these are worked out here, not in the window's first frames (a million
                // events take a second).
                result.model().ifPresent(m -> {
                    m.eventsCiting("");
                    m.eventsWithPerson("");
                    m.latestDate();
                });
                return result;
            }
        };
        current = task;
        String name = displayName(path);
        window.setStatus(t -> t.format("status.loading", name));
        window.showProgress(task.progressProperty(), this::cancel);
        task.setOnSucceeded(e -> {
            if (latest(mine)) {
                accept(path, task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (latest(mine)) {
                // The loader turns every expected failure into a Problem; this is the unexpected rest, no trace.
                LOG.log(Level.WARNING, "loading " + path + " failed", task.getException());
                accept(path, new LoadResult(Optional.empty(), List.of(Problem.fileError(name,
                        String.valueOf(task.getException().getMessage()))), LoadResult.Counts.NONE));
            }
        });
        task.setOnCancelled(e -> {
            if (latest(mine)) {
                String key = state.getModel() == null ? "status.cancelledNoModel" : "status.cancelled";
                window.setStatus(t -> t.format(key, name));
            }
        });
        worker.execute(task);
        return task;
    }

    /** Cancels the load in progress, if any; the model on show stays. */
    public void cancel() {
        if (current != null && !current.isDone()) {
            current.cancel(true);
        }
    }

    /** The load in progress, if any. */
    public Optional<Task<LoadResult>> currentLoad() {
        return Optional.ofNullable(current).filter(task -> !task.isDone());
    }

    /** True when the load numbered {@code mine} is still the latest; it then is over, so the progress goes. */
    private boolean latest(long mine) {
        if (mine != generation) {
            return false;
        }
        current = null;
        window.showProgress(null);
        return true;
    }

    /** Shows a loaded model, or its problems while the current model (if any) stays. */
    public void accept(Path path, LoadResult result) {
        String name = displayName(path);
        if (result.model().isPresent()) {
            TimelineModel m = result.model().get();
            state.setModel(m);
            long warnings = result.warningCount();
            // A function of the UI's words, so the status line follows a later switch of language.
            window.setStatus(t -> {
                String status = t.format("status.loaded", t.formats().text(m.title()), m.events().size(),
                        m.people().size(), m.sources().size(), result.counts().anchoredExcerpts());
                return warnings == 0 ? status : status + " · " + t.format("status.warnings", warnings);
            });
        } else {
            boolean kept = state.getModel() != null;
            long errors = result.errorCount();
            window.setStatus(t -> kept ? t.format("status.loadFailed", name, errors)
                    : t.format("status.loadFailedNoModel", name));
            List<Problem> shown = new ArrayList<>(result.problems());
            result.unlistedNote().ifPresent(note -> shown.add(Problem.fileError(name, note)));
            if (lastDialog != null) {
                lastDialog.close(); // one dialog at a time: a burst of bad files must not pile windows up
            }
            lastDialog = ProblemsDialog.create(window.getScene() == null ? null : window.getScene().getWindow(),
                    name, shown, state.localeProperty(), kept);
            lastDialog.show();
        }
    }

    /** The last problems dialog shown, if any. */
    public Optional<Alert> lastProblemsDialog() {
        return Optional.ofNullable(lastDialog);
    }

    private static String displayName(Path path) {
        return Printable.escape(path.getFileName() == null ? path.toString() : path.getFileName().toString());
    }
}
