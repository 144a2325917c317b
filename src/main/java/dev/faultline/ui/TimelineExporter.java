package dev.faultline.ui;

import dev.faultline.export.ExportFormat;
import dev.faultline.export.ExportWriter;
import dev.faultline.export.PictureColors;
import dev.faultline.export.TimelinePicture;
import dev.faultline.model.Event;
import dev.faultline.model.TimelineModel;
import dev.faultline.ui.timeline.TimelineView;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.paint.Color;

/**
 * File → Export: takes what the window shows (the filtered events; for pictures the timeline's visible window, lanes,
 * size and CSS colours) on the JavaFX thread, then writes the file in a background {@link Task}, with progress and
 * the outcome in the status line. A failure is reported there and in nothing else: the app keeps what it had.
 */
public final class TimelineExporter {

    private static final Logger LOG = Logger.getLogger(TimelineExporter.class.getName());

    private final AppState state;
    private final MainWindow window;
    private final TimelineView timeline;
    private final Executor worker;

    public TimelineExporter(AppState state, MainWindow window, TimelineView timeline) {
        this(state, window, timeline, task -> {
            Thread t = new Thread(task, "export");
            t.setDaemon(true);
            t.start();
        });
    }

    public TimelineExporter(AppState state, MainWindow window, TimelineView timeline, Executor worker) {
        this.state = state;
        this.window = window;
        this.timeline = timeline;
        this.worker = worker;
    }

    /** What an export of the window as it is now would write: the filtered events and the picture on screen. */
    public ExportWriter.Input snapshot() {
        TimelineModel model = state.getModel();
        if (model == null) {
            throw new IllegalStateException("no model is open");
        }
        Set<String> matching = state.getMatchingEventIds();
        List<Event> events = matching == null ? model.events()
                : model.events().stream().filter(e -> matching.contains(e.id())).toList();
        Locale locale = state.getLocale();
        // The canvas is the control less its header row and the overview band below it.
        int width = (int) Math.max(200, Math.round(timeline.getWidth()));
        int height = (int) Math.max(120, Math.round(timeline.getHeight() - 90));
        TimelinePicture.Request picture = new TimelinePicture.Request(model, matching,
                state.getFilterMode() == FilterMode.HIDE, timeline.getLaneGrouping(), timeline.getVisibleStart(),
                Math.max(timeline.getVisibleEnd(), timeline.getVisibleStart() + 1), width, height, locale,
                colorsOf(timeline));
        return new ExportWriter.Input(model, events, locale, picture);
    }

    /** Writes the export in the background; the returned task finishes on the JavaFX thread. */
    public Task<Path> export(ExportFormat format, Path file) {
        UiText t = UiText.of("shell", state.getLocale());
        ExportWriter.Input input = snapshot();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateProgress(-1, 1);
                ExportWriter.write(format, input, file);
                return file;
            }
        };
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        window.setStatus(t.format("status.exporting", name));
        window.showProgress(task.progressProperty());
        task.setOnSucceeded(e -> {
            window.showProgress(null);
            window.setStatus(t.format("status.exported", name, format.isPicture() ? t.get("export.picture")
                    : t.format("export.events", input.events().size())));
        });
        task.setOnFailed(e -> {
            window.showProgress(null);
            LOG.log(Level.WARNING, "export to " + file + " failed", task.getException());
            window.setStatus(t.format("status.exportFailed", name, String.valueOf(task.getException().getMessage())));
        });
        worker.execute(task);
        return task;
    }

    /**
     * The colours the timeline's canvas is drawn in now, read from its {@code -tl-*} CSS properties through the
     * control's public CSS metadata, so a picture matches the screen in either theme.
     */
    static PictureColors colorsOf(TimelineView view) {
        return new PictureColors(css(view, "-tl-canvas-background"), css(view, "-tl-text"),
                css(view, "-tl-muted-text"), css(view, "-tl-grid"), css(view, "-tl-major-grid"),
                css(view, "-tl-accent"), css(view, "-tl-card"), css(view, "-tl-badge"), css(view, "-tl-badge-text"),
                css(view, "-tl-era"));
    }

    @SuppressWarnings("unchecked")
    private static int css(TimelineView view, String property) {
        for (CssMetaData<? extends Styleable, ?> meta : TimelineView.getClassCssMetaData()) {
            if (meta.getProperty().equals(property)) {
                Object value = ((CssMetaData<TimelineView, ?>) meta).getStyleableProperty(view).getValue();
                if (value instanceof Color c) {
                    return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                            | (int) Math.round(c.getBlue() * 255);
                }
            }
        }
        throw new IllegalStateException("the timeline has no colour property " + property);
    }
}
