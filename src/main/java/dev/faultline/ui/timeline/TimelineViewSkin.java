package dev.faultline.ui.timeline;

import dev.faultline.text.LocalFormat;
import dev.faultline.timeline.Axis;
import dev.faultline.timeline.AxisLabels;
import dev.faultline.timeline.AxisLayout;
import dev.faultline.timeline.ColourContrast;
import dev.faultline.timeline.EventDates;
import dev.faultline.timeline.FrameLayout;
import dev.faultline.timeline.LaneGrouping;
import dev.faultline.timeline.Swimlane;
import dev.faultline.timeline.TimeScale;
import dev.faultline.timeline.TimeWindow;
import dev.faultline.timeline.TimelineItems;
import dev.faultline.ui.UiText;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The timeline's skin: a header (the visible range, the lane grouping toggle, zoom buttons), a viewport-sized canvas
 * drawn at most once per pulse, a hover card, and the overview band. It lays out each frame of the control's
 * {@link TimelineItems} with the engine ({@link FrameLayout}, {@link AxisLayout}) and paints it
 * ({@link TimelinePainter}); pointer and keyboard input are handled by {@link TimelineGestures}.
 */
final class TimelineViewSkin extends SkinBase<TimelineView> {

    static final double KEY_ZOOM = 1.6;
    private static final System.Logger LOG = System.getLogger("dev.faultline.ui.timeline");

    private final TimelineView view;
    private final HBox header = new HBox();
    private final Label rangeLabel = new Label();
    private final ToggleGroup groupingToggles = new ToggleGroup();
    private final ToggleButton byFaction = new ToggleButton();
    private final ToggleButton byPerson = new ToggleButton();
    private final ToggleButton compact = new ToggleButton();
    private final Button zoomOut = new Button("−");
    private final Button zoomIn = new Button("+");
    private final Button fit = new Button();
    private final Button home = new Button();
    private final Button legendButton = new Button("?");
    private final TimelineLegend legend = new TimelineLegend();
    private final Pane body = new Pane();
    private final Canvas canvas = new Canvas();
    private final HoverCard hoverCard = new HoverCard();
    private final Region focusRing = new Region();

    private final ScrollBar laneScroll = new ScrollBar();
    private final OverviewBand overview = new OverviewBand();
    private final ClusterPopup clusterPopup;
    private final ViewMotion motion;
    private final TimelineGestures gestures;

    private UiText text;
    private TimelinePainter painter;
    private AxisLayout axisLayout;
    private TimelineItems items = TimelineItems.empty();
    private int[] selectedItems = new int[0];
    private List<TimelineEra> eras = List.of();
    private String[] laneLabels = new String[0];
    private Color[] laneColors = new Color[0];
    private Color[] palette = new Color[0];
    private Color paletteBackground;
    private double laneScrollOffset;
    private int hovered = -1;

    private boolean dirty = true;
    private String dirtyReason = "first frame";
    private FrameLayout lastLayout;
    private BandLayout lastBands;
    private boolean fitPending = true;
    private long[] guessedFit;
    private Scene pulseScene;
    private final Runnable pulse = this::onPulse;

    private final InvalidationListener windowChanged = o -> windowChanged();
    private final InvalidationListener itemsChanged = o -> rebuildItems();
    private final InvalidationListener localeChanged = o -> localeChanged();
    private final InvalidationListener selectionChanged = o -> selectionChanged();
    private final InvalidationListener styleChanged = o -> markDirty("style");
    private final InvalidationListener erasChanged = o -> {
        relabel();
        updateOverviewSpan();
        markDirty("eras");
    };
    private final InvalidationListener rangeChanged = o -> highlightedRangeChanged();
    private final ChangeListener<Scene> sceneChanged = (obs, old, scene) -> attachPulse(scene);
    private final InvalidationListener groupingChanged = o -> syncToggles();

    TimelineViewSkin(TimelineView view) {
        super(view);
        this.view = view;
        this.motion = new ViewMotion(view);
        this.clusterPopup = new ClusterPopup(
                Objects.requireNonNull(TimelineView.class.getResource("timeline-view.css")).toExternalForm());

        header.getStyleClass().add("timeline-header");
        rangeLabel.setId("timeline-range-label");
        rangeLabel.getStyleClass().add("range-label");
        byFaction.setId("timeline-group-faction");
        byPerson.setId("timeline-group-person");
        compact.setId("timeline-group-compact");
        byFaction.setUserData(LaneGrouping.BY_FACTION);
        byPerson.setUserData(LaneGrouping.BY_PERSON);
        compact.setUserData(LaneGrouping.COMPACT);
        byFaction.getStyleClass().add("left-pill");
        byPerson.getStyleClass().add("center-pill");
        compact.getStyleClass().add("right-pill");
        for (ToggleButton t : List.of(byFaction, byPerson, compact)) {
            t.setToggleGroup(groupingToggles);
        }
        HBox segmented = new HBox(byFaction, byPerson, compact);
        segmented.getStyleClass().add("grouping-toggle");
        zoomOut.setId("timeline-zoom-out");
        zoomIn.setId("timeline-zoom-in");
        fit.setId("timeline-fit");
        home.setId("timeline-home");
        legendButton.setId("timeline-legend-button");
        for (Button b : List.of(zoomOut, zoomIn, home, fit)) {
            b.getStyleClass().add("zoom-button");
        }
        legendButton.getStyleClass().add("legend-button");
        zoomOut.setOnAction(e -> zoomStep(1 / KEY_ZOOM));
        zoomIn.setOnAction(e -> zoomStep(KEY_ZOOM));
        fit.setOnAction(e -> fitAll());
        home.setOnAction(e -> goHome());
        legendButton.setOnAction(e -> showLegend());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The range label yields first when the header is narrow; the buttons keep their size.
        rangeLabel.setMinWidth(0);
        HBox zoomButtons = new HBox(zoomOut, zoomIn, home, fit);
        zoomButtons.getStyleClass().add("zoom-buttons");
        header.getChildren().addAll(rangeLabel, spacer, segmented, zoomButtons, legendButton);

        canvas.setId("timeline-canvas");
        body.getStyleClass().add("timeline-body");
        body.setId("timeline-body");
        laneScroll.setId("timeline-lane-scroll");
        laneScroll.setOrientation(Orientation.VERTICAL);
        laneScroll.setVisible(false);
        laneScroll.valueProperty().addListener((obs, old, v) -> {
            if (Math.abs(v.doubleValue() - laneScrollOffset) > 0.5) {
                laneScrollOffset = v.doubleValue();
                markDirty("lane scroll");
            }
        });
        focusRing.getStyleClass().add("focus-ring");
        focusRing.setId("timeline-focus-ring");
        focusRing.setManaged(false);
        focusRing.setMouseTransparent(true);
        focusRing.visibleProperty().bind(view.focusedProperty());
        body.getChildren().addAll(canvas, hoverCard, laneScroll, focusRing);
        overview.getStyleClass().add("timeline-overview");
        getChildren().addAll(header, body, overview);

        overview.visibleStartProperty().bindBidirectional(view.visibleStartProperty());
        overview.visibleEndProperty().bindBidirectional(view.visibleEndProperty());
        overview.localeProperty().bind(view.localeProperty());
        // Only while someone listens is Shift+drag a range gesture; after it, the band shows the range as decided.
        overview.onRangeChosenProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> view.onRangeChosenProperty().get() == null ? null : w -> {
                    view.onRangeChosenProperty().get().accept(w);
                    highlightedRangeChanged();
                }, view.onRangeChosenProperty()));
        view.highlightedRangeProperty().addListener(rangeChanged);
        highlightedRangeChanged();

        groupingToggles.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                // A segmented toggle always has one choice: clicking the chosen one keeps it.
                groupingToggles.selectToggle(old);
            } else {
                view.setLaneGrouping((LaneGrouping) t.getUserData());
            }
        });

        view.visibleStartProperty().addListener(windowChanged);
        view.visibleEndProperty().addListener(windowChanged);
        view.laneGroupingProperty().addListener(groupingChanged);
        view.itemsProperty().addListener(itemsChanged);
        view.sceneProperty().addListener(sceneChanged);
        view.widthProperty().addListener(styleChanged);
        view.heightProperty().addListener(styleChanged);
        view.erasProperty().addListener(erasChanged);
        view.localeProperty().addListener(localeChanged);
        view.selectedIdProperty().addListener(selectionChanged);
        view.placeholderProperty().addListener(styleChanged);
        for (var meta : TimelineView.getClassCssMetaData()) {
            if (meta.getProperty().startsWith("-tl-")) {
                @SuppressWarnings("unchecked")
                var p = ((javafx.css.CssMetaData<TimelineView, ?>) meta).getStyleableProperty(view);
                if (p instanceof javafx.beans.Observable o) {
                    o.addListener(styleChanged);
                }
            }
        }

        gestures = new TimelineGestures(this, view, canvas);
        gestures.install();

        localeChanged();
        syncToggles();
        rebuildItems();
        attachPulse(view.getScene());
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        gestures.uninstall();
        motion.stop();
        clusterPopup.hide();
        legend.hide();
        attachPulse(null);
        overview.visibleStartProperty().unbindBidirectional(view.visibleStartProperty());
        overview.visibleEndProperty().unbindBidirectional(view.visibleEndProperty());
        overview.localeProperty().unbind();
        overview.onRangeChosenProperty().unbind();
        focusRing.visibleProperty().unbind();
        view.highlightedRangeProperty().removeListener(rangeChanged);
        view.visibleStartProperty().removeListener(windowChanged);
        view.visibleEndProperty().removeListener(windowChanged);
        view.laneGroupingProperty().removeListener(groupingChanged);
        view.itemsProperty().removeListener(itemsChanged);
        view.sceneProperty().removeListener(sceneChanged);
        view.widthProperty().removeListener(styleChanged);
        view.heightProperty().removeListener(styleChanged);
        view.erasProperty().removeListener(erasChanged);
        view.localeProperty().removeListener(localeChanged);
        view.selectedIdProperty().removeListener(selectionChanged);
        view.placeholderProperty().removeListener(styleChanged);
        for (var meta : TimelineView.getClassCssMetaData()) {
            if (meta.getProperty().startsWith("-tl-")) {
                @SuppressWarnings("unchecked")
                var p = ((javafx.css.CssMetaData<TimelineView, ?>) meta).getStyleableProperty(view);
                if (p instanceof javafx.beans.Observable o) {
                    o.removeListener(styleChanged);
                }
            }
        }
        super.dispose();
    }

    // ---------------------------------------------------------------------------------------------------- pulses

    private void windowChanged() {
        markDirty("window");
        // Set here, not while painting: a label changed after the layout pass would need a frame of its own.
        String range = rangeText(view.getVisibleStart(), view.getVisibleEnd());
        if (!range.equals(rangeLabel.getText())) {
            rangeLabel.setText(range);
        }
    }

    /** The overview band brackets the highlighted range (the filter's dates), showing what it leaves out. */
    private void highlightedRangeChanged() {
        TimeWindow r = view.getHighlightedRange();
        overview.setFilterRange(r == null || r.start() == Double.NEGATIVE_INFINITY ? OverviewBand.UNBOUNDED_START
                : (long) r.start(), r == null || r.end() == Double.POSITIVE_INFINITY ? OverviewBand.UNBOUNDED_END
                : (long) r.end());
    }

    /** Draw on the next pulse, once, however many times this is called before it. */
    void markDirty(String reason) {
        if (!dirty) {
            dirty = true;
            dirtyReason = reason;
        }
        Platform.requestNextPulse();
    }

    /** When this view last drew, for the warm-up, which waits while the timeline is in use. */
    private volatile long lastPaint;
    private boolean warmUpAsked;

    // ------------------------------------------------------------------------------------------- warm-up on screen

    /**
     * Frames of the warm-up drawn on this canvas, each painted over by the real frame in the same pulse, so that the
     * renderer's code for a canvas (its replay of the drawing commands, the glyph copies, the copy into the window)
     * is compiled before anyone zooms; the off-screen warm-up cannot reach that code. Never seen: a frame covers
     * every pixel of the one before it ({@code TimelineFramePaintTest}), and only the last state of a pulse is shown.
     */
    static final int ON_SCREEN_FRAMES = Integer.getInteger("faultline.warmup.onScreen", 300);
    private static final String REHEARSAL = "warm-up";
    private TimelineWarmUp.Frames onScreen;
    private int onScreenLeft;
    private int onScreenDrawn;
    private CompletableFuture<Integer> onScreenDone;
    /** When the person last moved, clicked or typed in this view's window: the warm-up waits for half a second. */
    private volatile long lastInput;
    private final EventHandler<InputEvent> inputSeen = e -> lastInput = System.nanoTime();

    private CompletableFuture<Integer> rehearseOnScreen(TimelineWarmUp.Frames frames) {
        return rehearseOnScreen(frames, ON_SCREEN_FRAMES);
    }

    /** Draws {@code count} of the warm-up's frames on this canvas, one a pulse while nobody uses the window. */
    CompletableFuture<Integer> rehearseOnScreen(TimelineWarmUp.Frames frames, int count) {
        endRehearsal();
        CompletableFuture<Integer> done = new CompletableFuture<>();
        if (count <= 0 || getSkinnable() == null || pulseScene == null) {
            done.complete(0);
            return done;
        }
        onScreen = frames;
        onScreenLeft = count;
        onScreenDrawn = 0;
        onScreenDone = done;
        Platform.requestNextPulse();
        return done;
    }

    private void paintRehearsal() {
        Scene scene = view.getScene();
        if (getSkinnable() == null || scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()
                || canvas.getWidth() < 2 || canvas.getHeight() < 2) {
            endRehearsal();
            return;
        }
        long now = System.nanoTime();
        if (dirty || now - lastPaint < 500_000_000L || now - lastInput < 500_000_000L) {
            // In use: come back later, without drawing anything extra in a frame someone is watching.
            Platform.requestNextPulse();
            return;
        }
        onScreen.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight());
        onScreenDrawn++;
        // The real frame goes over it in this pulse.
        dirty = true;
        dirtyReason = REHEARSAL;
        if (--onScreenLeft <= 0) {
            endRehearsal();
        } else {
            Platform.requestNextPulse();
        }
    }

    private void endRehearsal() {
        if (onScreenDone != null) {
            onScreenDone.complete(onScreenDrawn);
        }
        onScreen = null;
        onScreenDone = null;
    }

    private void attachPulse(Scene scene) {
        if (pulseScene != null) {
            pulseScene.removePostLayoutPulseListener(pulse);
            pulseScene.removeEventFilter(InputEvent.ANY, inputSeen);
        }
        if (scene == null) {
            // No more pulses reach this view: whatever the warm-up had left to draw here is not drawn.
            endRehearsal();
        }
        pulseScene = scene;
        if (scene != null) {
            scene.addEventFilter(InputEvent.ANY, inputSeen);
            // After CSS and layout, before the scene is synced to the renderer: a window set by an animation timer
            // in this pulse is drawn in this pulse.
            scene.addPostLayoutPulseListener(pulse);
            markDirty("shown");
        }
    }

    private void onPulse() {
        if (onScreen != null) {
            paintRehearsal();
        }
        if (dirty) {
            dirty = false;
            long t = System.nanoTime();
            if (!REHEARSAL.equals(dirtyReason)) {
                lastPaint = t;
            }
            paint();
            if (revealPending) {
                revealSelection();
            }
            if (!warmUpAsked && painter != null) {
                // After the first frame is on screen, not before it.
                warmUpAsked = true;
                Platform.runLater(() -> TimelineWarmUp.start(view.fontFamilyName(), view.colors(),
                        () -> System.nanoTime() - lastPaint < 500_000_000L, this::rehearseOnScreen));
            }
            if (LOG.isLoggable(Level.DEBUG)) {
                LOG.log(Level.DEBUG, String.format(Locale.ROOT, "redraw (%s): %.2f ms", dirtyReason,
                        (System.nanoTime() - t) / 1e6));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- layout

    /** The header, the axis, one lane band and the overview: less than that is not a timeline. */
    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + header.minHeight(width) + TimelinePainter.ERA_H + TimelinePainter.AXIS_H + BandLayout.MIN_BAND
                + overview.minHeight(width) + bottom;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + header.prefHeight(width) + TimelinePainter.ERA_H + TimelinePainter.AXIS_H
                + 4 * BandLayout.MIN_BAND + overview.prefHeight(width) + bottom;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double headerH = snapSizeY(header.prefHeight(w));
        double overviewH = snapSizeY(overview.prefHeight(w));
        header.resizeRelocate(x, y, w, headerH);
        double bodyH = Math.max(0, h - headerH - overviewH);
        body.resizeRelocate(x, y + headerH, w, bodyH);
        overview.resizeRelocate(x, y + headerH + bodyH, w, overviewH);
        layoutBody(w, bodyH);
    }

    private void layoutBody(double w, double h) {
        BandLayout bands = bandLayout(w, h);
        boolean scrolls = bands.maxScroll() > 0;
        double barW = scrolls ? snapSizeX(laneScroll.prefWidth(-1)) : 0;
        double canvasW = Math.max(1, Math.floor(w - barW));
        double canvasH = Math.max(1, Math.floor(h));
        if (canvas.getWidth() != canvasW || canvas.getHeight() != canvasH) {
            // Never wider than the viewport: the canvas is the viewport.
            canvas.setWidth(canvasW);
            canvas.setHeight(canvasH);
            markDirty("resize");
            if (guessedFit != null && canvasW > 1) {
                // The fit before the first layout guessed the width; fit again now that it is known (unless someone
                // has set a window of their own since, e.g. one restored from the last session).
                boolean untouched = view.getVisibleStart() == guessedFit[0] && view.getVisibleEnd() == guessedFit[1];
                guessedFit = null;
                if (untouched) {
                    double[] fitted = homeWindow();
                    view.setVisibleWindow(fitted[0], fitted[1]);
                    updateOverviewSpan();
                }
            }
        }
        focusRing.resizeRelocate(0, 0, w, h);
        laneScroll.setVisible(scrolls);
        if (scrolls) {
            double top = TimelinePainter.ERA_H + TimelinePainter.AXIS_H;
            laneScroll.resizeRelocate(canvasW, top, barW, Math.max(0, h - top));
            laneScroll.setMax(bands.maxScroll());
            laneScroll.setVisibleAmount(bands.height());
            laneScroll.setBlockIncrement(bands.bandHeight());
            laneScroll.setUnitIncrement(BandLayout.ROW_H);
        }
    }

    private BandLayout bandLayout(double w, double h) {
        double top = TimelinePainter.ERA_H + TimelinePainter.AXIS_H;
        return new BandLayout(top, h - top, items.groupCount(), laneScrollOffset);
    }

    // ---------------------------------------------------------------------------------------------------- data

    private void rebuildItems() {
        items = view.getItems();
        recolour();
        relabel();
        findSelectedItems();
        overview.setItems(items);
        updateOverviewSpan();
        hovered = -1;
        hoverCard.hide();
        clusterPopup.hide();
        if (fitPending && !items.isEmpty()) {
            // The first items the view gets: open on the home window (or everything).
            fitPending = false;
            motion.stop();
            double[] w = homeWindow();
            view.setVisibleWindow(w[0], w[1]);
            guessedFit = canvas.getWidth() <= 1 ? new long[] {view.getVisibleStart(), view.getVisibleEnd()} : null;
        }
        view.requestLayout();
        markDirty("items");
    }

    /**
     * Faction colours as drawn: each nudged to 3:1 against the canvas background it is drawn on now (the model's
     * colours suit one theme; see {@link ColourContrast}). Redone when the background changes with the theme.
     */
    private void recolour() {
        Color bg = view.colors().background();
        paletteBackground = bg;
        overview.setColors(view.colors());
        palette = new Color[items.palette().size()];
        for (int k = 0; k < palette.length; k++) {
            palette[k] = readable(parse(items.palette().get(k)), bg);
        }
        laneColors = new Color[items.groupCount()];
        for (int g = 0; g < laneColors.length; g++) {
            String c = items.swimlanes().get(g).color();
            laneColors[g] = c == null ? null : readable(parse(c), bg);
        }
    }

    private static Color readable(Color c, Color bg) {
        int rgb = ColourContrast.readableOn(rgb(c), rgb(bg), ColourContrast.GRAPHICS);
        return Color.rgb((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255);
    }

    private static int rgb(Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    private static Color parse(String colour) {
        try {
            return Color.web(colour);
        } catch (IllegalArgumentException e) {
            return Color.GRAY;
        }
    }

    private void relabel() {
        Locale locale = view.getLocale();
        laneLabels = new String[items.groupCount()];
        for (int g = 0; g < laneLabels.length; g++) {
            Swimlane lane = items.swimlanes().get(g);
            laneLabels[g] = switch (lane.kind()) {
                case NO_FACTION -> text.get("lane.noFaction");
                case NO_PERSON -> text.get("lane.noPerson");
                case ALL -> text.get("lane.all");
                default -> lane.name() == null ? lane.id() : LocalFormat.of(locale).text(lane.name());
            };
        }
        eras = view.getEras();
    }

    private void localeChanged() {
        text = UiText.of("timeline", view.getLocale());
        byFaction.setText(text.get("grouping.faction"));
        byPerson.setText(text.get("grouping.person"));
        compact.setText(text.get("grouping.compact"));
        byFaction.setTooltip(new Tooltip(text.get("grouping.faction.tip")));
        byPerson.setTooltip(new Tooltip(text.get("grouping.person.tip")));
        compact.setTooltip(new Tooltip(text.get("grouping.compact.tip")));
        zoomOut.setTooltip(new Tooltip(text.get("zoom.out")));
        zoomIn.setTooltip(new Tooltip(text.get("zoom.in")));
        fit.setText(text.get("fit"));
        fit.setTooltip(new Tooltip(text.get("fit.tip")));
        home.setText(text.get("home"));
        home.setTooltip(new Tooltip(text.get("home.tip")));
        legendButton.setTooltip(new Tooltip(text.get("legend.tip")));
        legend.setLocale(view.getLocale());
        view.setAccessibleText(text.get("accessible"));
        rangeLabel.setText(rangeText(view.getVisibleStart(), view.getVisibleEnd()));
        axisLayout = null;
        if (items != null) {
            relabel();
        }
        markDirty("locale");
    }

    private void syncToggles() {
        LaneGrouping g = view.getLaneGrouping();
        for (Toggle t : groupingToggles.getToggles()) {
            if (t.getUserData() == g && groupingToggles.getSelectedToggle() != t) {
                groupingToggles.selectToggle(t);
            }
        }
    }

    private void updateOverviewSpan() {
        if (items.isEmpty()) {
            overview.setSpanStart(view.getVisibleStart());
            overview.setSpanEnd(view.getVisibleEnd());
            return;
        }
        double[] w = fitWindow();
        long a = (long) w[0];
        long b = (long) w[1];
        for (TimelineEra era : eras) {
            a = Math.min(a, era.start());
            b = Math.max(b, era.end());
        }
        overview.setSpanStart(a);
        overview.setSpanEnd(b);
    }

    /** The window that shows every item with a margin, and room right of the last start for its card. */
    private double[] fitWindow() {
        return windowAround(items.minStart(), items.maxEnd());
    }

    /** A window that shows {@code [from, to)} with a margin, and room right of {@code to} for most of a card. */
    private double[] windowAround(double from, double to) {
        double width = Math.max(300, canvas.getWidth() > 1 ? canvas.getWidth() : view.getWidth());
        double span = Math.max(TimeScale.HOUR, to - from);
        double margin = 0.03;
        // Room right of the last start for most of a card (a longer title is cut short rather than wasting space).
        double cardShare = Math.min(0.3, (TimelinePainter.MAX_CARD * 0.6) / width);
        double window = span / (1 - 2 * margin - cardShare);
        double start = from - margin * window;
        return new double[] {start, start + window};
    }

    /** The home window when the view has one, else every item. */
    private double[] homeWindow() {
        TimeWindow home = view.getHomeWindow();
        return home == null || items.isEmpty() ? fitWindow() : windowAround(home.start(), home.end());
    }

    // ---------------------------------------------------------------------------------------------------- selection

    private void findSelectedItems() {
        String id = view.getSelectedId();
        if (id == null) {
            selectedItems = new int[0];
            return;
        }
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(items.id(i))) {
                found.add(i);
            }
        }
        selectedItems = found.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private void selectionChanged() {
        findSelectedItems();
        hoverCard.hide();
        if (selectedItems.length > 0) {
            int i = selectedItems[0];
            view.setAccessibleText(text.get("accessible") + " " + items.title(i, view.getLocale()) + ", "
                    + EventDates.format(items, i, view.getLocale()));
        } else {
            view.setAccessibleText(text.get("accessible"));
        }
        markDirty("selection");
        revealSelection();
    }

    /** Set when a reveal waits for the first layout (the canvas has no size yet). */
    private boolean revealPending;

    /**
     * Pans, and zooms in while needed, until the selected item's own card shows whole: its lane band scrolled into
     * view, its card out of any badge. The engine lays out candidate windows off screen (a layout is a fraction of a
     * frame) so the glide goes straight to the first window that works.
     */
    void revealSelection() {
        if (selectedItems.length == 0) {
            revealPending = false;
            return;
        }
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 1 || h <= 1 || painter == null) {
            revealPending = true;
            return;
        }
        revealPending = false;
        int i = selectedItems[0];
        scrollToBand(items.group(i));
        double[] target = motion.target();
        TimeScale now = target == null ? currentScale() : TimeScale.ofWindow(target[0], target[1], w);
        if (showsAsCards(now, selectedItems)) {
            if (target == null) {
                return;
            }
            motion.glideTo(target[0], target[1]);
            return;
        }
        double span = now.span();
        double start = revealStart(i, span, w);
        for (int k = 0; k < 40; k++) {
            start = revealStart(i, span, w);
            if (showsAsCards(TimeScale.ofWindow(start, start + span, w), selectedItems)) {
                break;
            }
            double narrower = TimeScale.clampSpan(span / 1.6);
            if (narrower >= span) {
                break;
            }
            span = narrower;
        }
        motion.glideTo(start, start + span);
    }

    /** Where a window of {@code span} starts that puts item {@code i} a third of the way in. */
    private double revealStart(int i, double span, double width) {
        double lead = Math.min(0.33, Math.max(0.05, 1 - (TimelinePainter.MAX_CARD + 24) / width));
        return items.start(i) - span * lead;
    }

    /** True when every one of {@code wanted} would be drawn as a card wholly on screen at this scale. */
    private boolean showsAsCards(TimeScale scale, int[] wanted) {
        double w = scale.width();
        FrameLayout layout = painter.layOut(items, scale, bandLayout(w, canvas.getHeight()), laneLabels,
                view.getLocale(), selectedItems);
        int found = 0;
        for (int k = 0; k < layout.cardCount(); k++) {
            int item = layout.cardItem(k);
            if (Arrays.binarySearch(wanted, item) >= 0) {
                double x = layout.cardX(k);
                if (x < 0 || x + Math.min(layout.cardWidth(k), w / 2) > w) {
                    return false;
                }
                found++;
            }
        }
        // Of an event shown in several lanes, only lanes in view count; one card of it is enough.
        return wanted == selectedItems ? found > 0 : found >= wanted.length;
    }

    /** Scrolls the lanes so band {@code g} is in view. */
    private void scrollToBand(int g) {
        BandLayout bands = bandLayout(canvas.getWidth(), canvas.getHeight());
        if (bands.maxScroll() <= 0) {
            return;
        }
        double top = bands.bandTop(g);
        double offset = laneScrollOffset;
        if (top < bands.top()) {
            offset -= bands.top() - top;
        } else if (top + bands.bandHeight() > bands.top() + bands.height()) {
            offset += top + bands.bandHeight() - bands.top() - bands.height();
        }
        if (offset != laneScrollOffset) {
            laneScrollOffset = Math.max(0, Math.min(bands.maxScroll(), offset));
            laneScroll.setValue(laneScrollOffset);
            markDirty("reveal");
        }
    }

    /** Selects an item's event. */
    void select(int item) {
        if (item >= 0 && item < items.size()) {
            view.setSelectedId(items.id(item));
        }
    }

    /** Left/Right: the previous or next item in date order, through the view's navigator when it has one. */
    void selectNeighbour(boolean forward) {
        String current = view.getSelectedId();
        String next;
        TimelineView.Navigator navigator = view.getNavigator();
        if (navigator != null) {
            next = navigator.neighbour(current, forward, view.getVisibleStart(), view.getVisibleEnd());
        } else {
            next = itemNeighbour(forward);
        }
        if (next != null && !next.equals(current)) {
            view.setSelectedId(next);
            view.fireEvent(new TimelineEvent(TimelineEvent.STEPPED, next));
        }
    }

    private String itemNeighbour(boolean forward) {
        int current = selectedItems.length > 0 ? selectedItems[0] : -1;
        if (current < 0) {
            int first = firstInView();
            return first < 0 ? null : items.id(first);
        }
        String id = items.id(current);
        int next = items.chronologicalNeighbour(current, forward);
        // An event shown in several lanes is one stop, not several.
        while (next >= 0 && items.id(next).equals(id)) {
            next = items.chronologicalNeighbour(next, forward);
        }
        return next < 0 ? null : items.id(next);
    }

    private int firstInView() {
        int best = -1;
        for (int g = 0; g < items.groupCount(); g++) {
            int i = items.firstStartingAtOrAfter(g, view.getVisibleStart());
            if (i < items.groupEnd(g) && (best < 0 || items.start(i) < items.start(best))) {
                best = i;
            }
        }
        return best;
    }

    /** Enter: tells whoever listens to open the selection. */
    void openSelection() {
        String id = view.getSelectedId();
        if (id != null) {
            view.fireEvent(new TimelineEvent(TimelineEvent.ACTIVATED, id));
        }
    }

    // ---------------------------------------------------------------------------------------------------- zoom

    TimeScale currentScale() {
        return TimeScale.ofWindow(view.getVisibleStart(), view.getVisibleEnd(), Math.max(1, canvas.getWidth()));
    }

    /** Zooms at once about an x of the canvas (wheel, pinch). */
    void zoomAbout(double x, double factor) {
        motion.stop();
        TimeScale s = currentScale().zoomAbout(x, factor);
        view.setVisibleWindow(s.start(), s.end());
    }

    /** Zooms with a glide about an x of the canvas (double-click, keys). */
    void glideZoomAbout(double x, double factor) {
        TimeScale s = currentScale().zoomAbout(x, factor);
        motion.glideTo(s.start(), s.end());
    }

    /** +/-: zooms about the selection when it is on screen, so it stays in view; else about the centre. */
    void zoomStep(double factor) {
        double w = canvas.getWidth();
        double x = w / 2;
        if (selectedItems.length > 0) {
            double sx = currentScale().toX(items.start(selectedItems[0]));
            if (sx >= 0 && sx <= w) {
                x = sx;
            }
        }
        glideZoomAbout(x, factor);
    }

    /** Pans at once by pixels; positive moves later in time. */
    void panBy(double pixels) {
        TimeScale s = currentScale().panBy(pixels);
        view.setVisibleWindow(s.start(), s.end());
    }

    void fitAll() {
        if (items.isEmpty()) {
            return;
        }
        double[] w = fitWindow();
        motion.glideTo(w[0], w[1]);
    }

    void goHome() {
        if (items.isEmpty()) {
            return;
        }
        double[] w = homeWindow();
        if (canvas.getWidth() <= 1) {
            motion.stop();
            view.setVisibleWindow(w[0], w[1]);
            guessedFit = new long[] {view.getVisibleStart(), view.getVisibleEnd()};
            return;
        }
        motion.glideTo(w[0], w[1]);
    }

    /** Glides to an era, with a little room either side. */
    private void zoomToEra(TimelineEra era) {
        double[] w = windowAround(era.start(), era.end());
        motion.glideTo(w[0], w[1]);
    }

    ViewMotion motion() {
        return motion;
    }

    void scrollLanes(double pixels) {
        if (lastBands == null || lastBands.maxScroll() <= 0) {
            return;
        }
        laneScrollOffset = Math.max(0, Math.min(lastBands.maxScroll(), laneScrollOffset + pixels));
        laneScroll.setValue(laneScrollOffset);
        markDirty("lane scroll");
    }

    // ---------------------------------------------------------------------------------------------------- hover, clusters

    /** Shows the hover card for what is under a canvas point, or hides it. */
    void hover(double x, double y) {
        int item = painter == null ? -1 : painter.hits.cardAt(x, y);
        FrameLayout.Cluster cluster = item < 0 && painter != null ? painter.hits.clusterAt(x, y) : null;
        if (cluster != null && cluster.count() == 1 && cluster.single() >= 0) {
            item = cluster.single();
            cluster = null;
        }
        if (item != hovered) {
            hovered = item;
            markDirty("hover");
        }
        Locale locale = view.getLocale();
        TimelineEra era = item < 0 && cluster == null ? eraAt(x, y) : null;
        if (item >= 0) {
            var provider = view.getHoverText();
            HoverText t = provider == null ? null : provider.apply(items.id(item));
            if (t == null) {
                t = new HoverText(items.title(item, locale), EventDates.format(items, item, locale), null,
                        items.isApproximate(item) ? text.get("hover.approximate") : null);
            }
            hoverCard.show(t.title(), t.date(), t.people(), t.note(), x, y, body.getWidth(), body.getHeight());
            view.setCursor(javafx.scene.Cursor.HAND);
        } else if (cluster != null) {
            hoverCard.show(text.format("cluster.count", cluster.count()), rangeText(cluster.from(), cluster.to()),
                    text.get("cluster.hint"), null, x, y, body.getWidth(), body.getHeight());
            view.setCursor(javafx.scene.Cursor.HAND);
        } else if (era != null) {
            // Era names are cut to fit their band; the whole name shows here.
            hoverCard.show(era.label(), rangeText(era.start(), era.end()), text.get("era.hint"), null, x, y,
                    body.getWidth(), body.getHeight());
            view.setCursor(javafx.scene.Cursor.HAND);
        } else {
            hoverCard.hide();
            view.setCursor(null);
        }
    }

    /** The era whose band is under a point of the canvas, or null. */
    private TimelineEra eraAt(double x, double y) {
        if (y < 0 || y >= TimelinePainter.ERA_H) {
            return null;
        }
        double t = currentScale().toMillis(x);
        for (TimelineEra era : eras) {
            if (t >= era.start() && t < era.end()) {
                return era;
            }
        }
        return null;
    }

    void endHover() {
        hoverCard.hide();
        view.setCursor(null);
        if (hovered >= 0) {
            hovered = -1;
            markDirty("hover");
        }
    }

    /** A click on the canvas: select a card or a dot, or open a cluster's list. */
    void click(double x, double y) {
        if (painter == null) {
            return;
        }
        hoverCard.hide();
        int item = painter.hits.cardAt(x, y);
        if (item >= 0) {
            select(item);
            return;
        }
        FrameLayout.Cluster cluster = painter.hits.clusterAt(x, y);
        if (cluster == null) {
            TimelineEra era = eraAt(x, y);
            if (era != null) {
                zoomToEra(era);
            }
            return;
        }
        if (cluster.count() == 1 && cluster.single() >= 0) {
            select(cluster.single());
            return;
        }
        openCluster(cluster, x, y);
    }

    void showLegend() {
        legend.showBeside(legendButton, view.colors());
    }

    private void openCluster(FrameLayout.Cluster cluster, double x, double y) {
        if (lastLayout == null) {
            return;
        }
        hoverCard.hide();
        int[] members = lastLayout.members(cluster);
        if (cluster.members() != null) {
            // Fetched leftovers come in no particular order; a cluster from the pyramid is already by start.
            Integer[] boxed = Arrays.stream(members).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, (p, q) -> p.equals(q) ? 0 : items.start(p) != items.start(q)
                    ? Long.compare(items.start(p), items.start(q)) : Integer.compare(p, q));
            for (int k = 0; k < boxed.length; k++) {
                members[k] = boxed[k];
            }
        }
        Locale locale = view.getLocale();
        List<ClusterPopup.Entry> entries = new ArrayList<>();
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int k = 0; k < members.length; k++) {
            int i = members[k];
            lo = Math.min(lo, items.start(i));
            hi = Math.max(hi, items.effectiveEnd(i));
            if (k < ClusterPopup.LIMIT) {
                entries.add(new ClusterPopup.Entry(i, items.title(i, locale), EventDates.format(items, i, locale)));
            }
        }
        String more = members.length > ClusterPopup.LIMIT
                ? text.format("cluster.more", members.length - ClusterPopup.LIMIT) : null;
        long from = lo;
        long to = hi;
        int[] wanted = members.length <= ClusterPopup.LIMIT ? members.clone() : null;
        Point2D screen = canvas.localToScreen(x, y + 12);
        clusterPopup.show(canvas, screen.getX(), screen.getY(), text.format("cluster.count", members.length),
                text.get("cluster.zoom"), more, entries, this::select, () -> zoomUntilCards(from, to, wanted));
    }

    /**
     * "Zoom in here": glides to the narrowest window needed, about {@code [from, to)}, for the badge's events to be
     * cards (all of {@code wanted}; or, for a badge too big to list, until no badge is left over that span).
     */
    private void zoomUntilCards(long from, long to, int[] wanted) {
        double w = canvas.getWidth();
        double centre = from / 2.0 + to / 2.0;
        double span = Math.max(TimeScale.HOUR * 6, (to - from) * 1.6);
        if (wanted != null) {
            Arrays.sort(wanted);
        }
        // The widest window that shows the most of them: more events on one day than there are lanes never all
        // become cards, and zooming on to an hour would only lose the context.
        double best = span;
        int bestShown = -1;
        for (int k = 0; k < 40 && w > 1 && painter != null; k++) {
            TimeScale s = TimeScale.ofWindow(centre - span / 2, centre + span / 2, w);
            int shown = wanted != null ? cardsShown(s, wanted) : noClusterWithin(s, from, to) ? 1 : 0;
            if (shown > bestShown) {
                bestShown = shown;
                best = span;
            }
            double narrower = TimeScale.clampSpan(span / 1.6);
            boolean all = wanted != null ? shown >= wanted.length : shown == 1;
            if (all || narrower >= span || narrower < TimeScale.HOUR * 6) {
                break;
            }
            span = narrower;
        }
        motion.glideTo(centre - best / 2, centre + best / 2);
    }

    /** How many of {@code wanted} (sorted) would be cards wholly on screen at this scale. */
    private int cardsShown(TimeScale scale, int[] wanted) {
        double w = scale.width();
        FrameLayout layout = painter.layOut(items, scale, bandLayout(w, canvas.getHeight()), laneLabels,
                view.getLocale(), selectedItems);
        int found = 0;
        for (int k = 0; k < layout.cardCount(); k++) {
            double x = layout.cardX(k);
            if (Arrays.binarySearch(wanted, layout.cardItem(k)) >= 0 && x >= 0
                    && x + Math.min(layout.cardWidth(k), w / 2) <= w) {
                found++;
            }
        }
        return found;
    }

    private boolean noClusterWithin(TimeScale scale, long from, long to) {
        FrameLayout layout = painter.layOut(items, scale, bandLayout(scale.width(), canvas.getHeight()), laneLabels,
                view.getLocale(), selectedItems);
        return layout.clusters().stream().noneMatch(c -> c.count() > 1 && c.to() > from && c.from() < to);
    }

    // ---------------------------------------------------------------------------------------------------- paint

    private void paint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 2 || h < 2 || view.getScene() == null) {
            return;
        }
        String family = view.fontFamilyName();
        if (painter == null || !Objects.equals(painter.family(), family)) {
            painter = new TimelinePainter(family);
            axisLayout = null;
        }
        Locale locale = view.getLocale();
        if (axisLayout == null) {
            axisLayout = new AxisLayout(AxisLabels.forLocale(locale), painter.axisMinor::width,
                    painter.axisMajor::width);
        }
        if (!view.colors().background().equals(paletteBackground)) {
            recolour();
        }
        TimeScale scale = TimeScale.ofWindow(view.getVisibleStart(), view.getVisibleEnd(), w);
        Axis axis = axisLayout.layout(scale);
        BandLayout bands = bandLayout(w, h);
        if (bands.scroll() != laneScrollOffset) {
            laneScrollOffset = bands.scroll();
        }
        FrameLayout layout = items.isEmpty() ? null
                : painter.layOut(items, scale, bands, laneLabels, locale, selectedItems);
        String empty = !items.isEmpty() ? null
                : view.getPlaceholder() != null ? view.getPlaceholder() : text.get("empty.noEvents");
        painter.paint(canvas.getGraphicsContext2D(), new TimelinePainter.Input(w, h, view.colors(), items, scale,
                axis, layout, bands, eras, laneLabels, laneColors, palette, locale, selectedItems, hovered, empty));
        lastLayout = layout;
        lastBands = bands;
    }

    /** The last range text and what it was made of (tier, first and last day, locale), for the next frame. */
    private long rangeKeyTier = -1;
    private long rangeKeyA;
    private long rangeKeyB;
    private Locale rangeKeyLocale;
    private String rangeKeyText;

    /** The visible range as a person says it, at a precision that suits its length. */
    private String rangeText(long from, long to) {
        // Formatting the range was 3% of the JavaFX thread's time per frame (README, "Where a frame's time goes"),
        // though it changes only when a day, month or year at either end does: the last one is kept.
        java.time.LocalDate a = java.time.LocalDate.ofEpochDay(Math.floorDiv(from, TimeScale.DAY));
        java.time.LocalDate b = java.time.LocalDate.ofEpochDay(Math.floorDiv(to - 1, TimeScale.DAY));
        long days = (to - from) / TimeScale.DAY;
        int tier = days > 3 * 365 ? 2 : days > 60 ? 1 : 0;
        long keyA = rangeKey(a, tier);
        long keyB = rangeKey(b, tier);
        if (tier == rangeKeyTier && keyA == rangeKeyA && keyB == rangeKeyB && view.getLocale() == rangeKeyLocale) {
            return rangeKeyText;
        }
        String made = formatRange(a, b, tier);
        rangeKeyTier = tier;
        rangeKeyA = keyA;
        rangeKeyB = keyB;
        rangeKeyLocale = view.getLocale();
        rangeKeyText = made;
        return made;
    }

    /** What of a date the range text shows at a tier: the year (2), the month (1) or the day (0). */
    private static long rangeKey(java.time.LocalDate d, int tier) {
        return tier == 2 ? d.getYear() : tier == 1 ? d.getYear() * 12L + d.getMonthValue() : d.toEpochDay();
    }

    private String formatRange(java.time.LocalDate a, java.time.LocalDate b, int tier) {
        dev.faultline.model.PartialDate pa;
        dev.faultline.model.PartialDate pb;
        if (tier == 2) {
            pa = dev.faultline.model.PartialDate.ofYear(a.getYear());
            pb = dev.faultline.model.PartialDate.ofYear(b.getYear());
        } else if (tier == 1) {
            pa = dev.faultline.model.PartialDate.ofMonth(a.getYear(), a.getMonthValue());
            pb = dev.faultline.model.PartialDate.ofMonth(b.getYear(), b.getMonthValue());
        } else {
            pa = dev.faultline.model.PartialDate.ofDay(a.getYear(), a.getMonthValue(), a.getDayOfMonth());
            pb = dev.faultline.model.PartialDate.ofDay(b.getYear(), b.getMonthValue(), b.getDayOfMonth());
        }
        return LocalFormat.of(view.getLocale()).range(pa, pb);
    }

    /** The height of one whole lane band in the last frame. */
    double laneHeight() {
        return lastBands == null ? 0 : lastBands.bandHeight();
    }

    /** What the last frame drew. */
    DrawnFrame drawnFrame() {
        if (painter == null) {
            return DrawnFrame.EMPTY;
        }
        List<DrawnFrame.Lane> lanes = new ArrayList<>();
        if (lastBands != null) {
            double top = lastBands.top();
            double bottom = top + lastBands.height();
            for (int g = 0; g < laneLabels.length; g++) {
                double a = Math.max(top, lastBands.bandTop(g));
                double b = Math.min(bottom, lastBands.bandTop(g) + lastBands.bandHeight());
                lanes.add(new DrawnFrame.Lane(laneLabels[g], DrawnFrame.box(0, a, canvas.getWidth(), Math.max(0, b - a))));
            }
        }
        return painter.hits.snapshot(items, lastLayout).withLanes(lanes);
    }
}
