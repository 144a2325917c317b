package dev.faultline.ui.timeline;

import dev.faultline.text.LocalFormat;
import dev.faultline.model.Era;
import dev.faultline.model.Event;
import dev.faultline.model.Person;
import dev.faultline.model.TimelineModel;
import dev.faultline.timeline.Axis;
import dev.faultline.timeline.AxisLabels;
import dev.faultline.timeline.AxisLayout;
import dev.faultline.timeline.ColourContrast;
import dev.faultline.timeline.EventDates;
import dev.faultline.timeline.FrameLayout;
import dev.faultline.timeline.LaneGrouping;
import dev.faultline.timeline.ModelItems;
import dev.faultline.timeline.Swimlane;
import dev.faultline.timeline.TimeScale;
import dev.faultline.timeline.TimelineItems;
import dev.faultline.ui.AppState;
import dev.faultline.ui.FilterMode;
import dev.faultline.ui.UiText;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The timeline's skin: a header (the visible range, the lane grouping toggle, zoom buttons), a viewport-sized canvas
 * drawn at most once per pulse, a hover card, and the overview band. It turns the {@link AppState} into
 * {@link TimelineItems}, lays out each frame with the engine ({@link FrameLayout}, {@link AxisLayout}) and paints it
 * ({@link TimelinePainter}); pointer and keyboard input are handled by {@link TimelineGestures}.
 */
final class TimelineViewSkin extends SkinBase<TimelineView> {

    static final double KEY_ZOOM = 1.6;
    private static final System.Logger LOG = System.getLogger("dev.faultline.ui.timeline");

    private final TimelineView view;
    private final AppState state;
    private final HBox header = new HBox();
    private final Label rangeLabel = new Label();
    private final ToggleGroup groupingToggles = new ToggleGroup();
    private final ToggleButton byFaction = new ToggleButton();
    private final ToggleButton byPerson = new ToggleButton();
    private final ToggleButton compact = new ToggleButton();
    private final Button zoomOut = new Button("−");
    private final Button zoomIn = new Button("+");
    private final Button fit = new Button();
    private final Pane body = new Pane();
    private final Canvas canvas = new Canvas();
    private final HoverCard hoverCard = new HoverCard();

    private final ScrollBar laneScroll = new ScrollBar();
    private final OverviewBand overview = new OverviewBand();
    private final ClusterPopup clusterPopup;
    private final ViewMotion motion;
    private final TimelineGestures gestures;

    private UiText text;
    private TimelinePainter painter;
    private AxisLayout axisLayout;
    private TimelineItems items = TimelineItems.empty();
    private boolean modelItems = true;
    private String rawSelectedId;
    private int[] selectedItems = new int[0];
    private List<TimelinePainter.EraSpan> eras = List.of();
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
    private final InvalidationListener rebuild = o -> rebuildItems(false);
    private final InvalidationListener modelChanged = o -> rebuildItems(true);
    private final InvalidationListener localeChanged = o -> localeChanged();
    private final InvalidationListener selectionChanged = o -> selectionChanged();
    private final InvalidationListener styleChanged = o -> markDirty("style");
    private final InvalidationListener filterChanged = o -> filterChanged();
    private final ChangeListener<Scene> sceneChanged = (obs, old, scene) -> attachPulse(scene);
    private final ChangeListener<LaneGrouping> groupingChanged = (obs, old, g) -> {
        syncToggles();
        rebuildItems(false);
    };

    TimelineViewSkin(TimelineView view) {
        super(view);
        this.view = view;
        this.state = view.getState();
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
            t.setFocusTraversable(false);
        }
        HBox segmented = new HBox(byFaction, byPerson, compact);
        segmented.getStyleClass().add("grouping-toggle");
        zoomOut.setId("timeline-zoom-out");
        zoomIn.setId("timeline-zoom-in");
        fit.setId("timeline-fit");
        for (Button b : List.of(zoomOut, zoomIn, fit)) {
            b.getStyleClass().add("zoom-button");
            b.setFocusTraversable(false);
        }
        zoomOut.setOnAction(e -> zoomAboutCentre(1 / KEY_ZOOM));
        zoomIn.setOnAction(e -> zoomAboutCentre(KEY_ZOOM));
        fit.setOnAction(e -> fitAll());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox zoomButtons = new HBox(zoomOut, zoomIn, fit);
        zoomButtons.getStyleClass().add("zoom-buttons");
        header.getChildren().addAll(rangeLabel, spacer, segmented, zoomButtons);

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
        body.getChildren().addAll(canvas, hoverCard, laneScroll);
        overview.getStyleClass().add("timeline-overview");
        getChildren().addAll(header, body, overview);

        overview.visibleStartProperty().bindBidirectional(view.visibleStartProperty());
        overview.visibleEndProperty().bindBidirectional(view.visibleEndProperty());
        overview.localeProperty().bind(state.localeProperty());
        state.filterProperty().addListener(filterChanged);
        filterChanged();

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
        view.itemsProperty().addListener(modelChanged);
        view.sceneProperty().addListener(sceneChanged);
        view.widthProperty().addListener(styleChanged);
        view.heightProperty().addListener(styleChanged);
        state.modelProperty().addListener(modelChanged);
        state.matchingEventIdsProperty().addListener(rebuild);
        state.filterModeProperty().addListener(rebuild);
        state.localeProperty().addListener(localeChanged);
        state.selectedEventProperty().addListener(selectionChanged);
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
        rebuildItems(true);
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
        attachPulse(null);
        overview.visibleStartProperty().unbindBidirectional(view.visibleStartProperty());
        overview.visibleEndProperty().unbindBidirectional(view.visibleEndProperty());
        overview.localeProperty().unbind();
        state.filterProperty().removeListener(filterChanged);
        view.visibleStartProperty().removeListener(windowChanged);
        view.visibleEndProperty().removeListener(windowChanged);
        view.laneGroupingProperty().removeListener(groupingChanged);
        view.itemsProperty().removeListener(modelChanged);
        view.sceneProperty().removeListener(sceneChanged);
        view.widthProperty().removeListener(styleChanged);
        view.heightProperty().removeListener(styleChanged);
        state.modelProperty().removeListener(modelChanged);
        state.matchingEventIdsProperty().removeListener(rebuild);
        state.filterModeProperty().removeListener(rebuild);
        state.localeProperty().removeListener(localeChanged);
        state.selectedEventProperty().removeListener(selectionChanged);
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

    /** The overview band brackets the filter's time range, so the strip shows what the range leaves out. */
    private void filterChanged() {
        dev.faultline.query.EventFilter f = state.getFilter();
        overview.setFilterRange(f == null || f.from() == null ? OverviewBand.UNBOUNDED_START : f.from().startMillis(),
                f == null || f.to() == null ? OverviewBand.UNBOUNDED_END : f.to().endMillisExclusive());
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

    private void attachPulse(Scene scene) {
        if (pulseScene != null) {
            pulseScene.removePostLayoutPulseListener(pulse);
        }
        pulseScene = scene;
        if (scene != null) {
            // After CSS and layout, before the scene is synced to the renderer: a window set by an animation timer
            // in this pulse is drawn in this pulse.
            scene.addPostLayoutPulseListener(pulse);
            markDirty("shown");
        }
    }

    private void onPulse() {
        if (dirty) {
            dirty = false;
            long t = System.nanoTime();
            lastPaint = t;
            paint();
            if (!warmUpAsked && painter != null) {
                // After the first frame is on screen, not before it.
                warmUpAsked = true;
                Platform.runLater(() -> TimelineWarmUp.start(view.fontFamilyName(), view.colors(),
                        () -> System.nanoTime() - lastPaint < 500_000_000L));
            }
            if (LOG.isLoggable(Level.DEBUG)) {
                LOG.log(Level.DEBUG, String.format(Locale.ROOT, "redraw (%s): %.2f ms", dirtyReason,
                        (System.nanoTime() - t) / 1e6));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- layout

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
                    double[] fitted = fitWindow();
                    view.setVisibleWindow(fitted[0], fitted[1]);
                    updateOverviewSpan();
                }
            }
        }
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

    private void rebuildItems(boolean refit) {
        TimelineItems raw = view.getItems();
        TimelineModel model = state.getModel();
        if (raw != null) {
            items = raw;
            modelItems = false;
        } else if (model != null) {
            items = ModelItems.of(model, view.getLaneGrouping(), state.getMatchingEventIds(),
                    state.getFilterMode() == FilterMode.HIDE);
            modelItems = true;
        } else {
            items = TimelineItems.empty();
            modelItems = true;
        }
        recolour();
        relabel();
        findSelectedItems();
        overview.setItems(items);
        updateOverviewSpan();
        hovered = -1;
        hoverCard.hide();
        clusterPopup.hide();
        if (refit || fitPending) {
            fitPending = items.isEmpty();
            if (!items.isEmpty()) {
                motion.stop();
                double[] w = fitWindow();
                view.setVisibleWindow(w[0], w[1]);
                guessedFit = canvas.getWidth() <= 1 ? new long[] {view.getVisibleStart(), view.getVisibleEnd()} : null;
            }
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
        Locale locale = state.getLocale();
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
        List<TimelinePainter.EraSpan> spans = new ArrayList<>();
        TimelineModel model = state.getModel();
        if (modelItems && model != null) {
            for (Era era : model.eras()) {
                spans.add(new TimelinePainter.EraSpan(era.start().startMillis(), era.end().endMillisExclusive(),
                        LocalFormat.of(locale).text(era.name())));
            }
        }
        eras = spans;
    }

    private void localeChanged() {
        Locale locale = state.getLocale();
        text = UiText.of("timeline", locale);
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
        for (TimelinePainter.EraSpan era : eras) {
            a = Math.min(a, era.start());
            b = Math.max(b, era.end());
        }
        overview.setSpanStart(a);
        overview.setSpanEnd(b);
    }

    /** The window that shows every item with a margin, and room right of the last start for its card. */
    private double[] fitWindow() {
        double width = Math.max(300, canvas.getWidth() > 1 ? canvas.getWidth() : view.getWidth());
        double span = Math.max(TimeScale.HOUR, items.maxEnd() - items.minStart());
        double margin = 0.03;
        // Room right of the last start for most of a card (a longer title is cut short rather than wasting space).
        double cardShare = Math.min(0.3, (TimelinePainter.MAX_CARD * 0.6) / width);
        double window = span / (1 - 2 * margin - cardShare);
        double start = items.minStart() - margin * window;
        return new double[] {start, start + window};
    }

    // ---------------------------------------------------------------------------------------------------- selection

    private String selectedId() {
        if (!modelItems) {
            return rawSelectedId;
        }
        Event e = state.getSelectedEvent();
        return e == null ? null : e.id();
    }

    private void findSelectedItems() {
        String id = selectedId();
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
        if (selectedItems.length > 0) {
            int i = selectedItems[0];
            view.setAccessibleText(text.get("accessible") + " " + items.title(i, state.getLocale()) + ", "
                    + EventDates.format(items, i, state.getLocale()));
        } else {
            view.setAccessibleText(text.get("accessible"));
        }
        markDirty("selection");
        revealSelection();
    }

    /** Glides to the selected event when it is off-screen (or under the edge). */
    private void revealSelection() {
        if (selectedItems.length == 0) {
            return;
        }
        int i = selectedItems[0];
        double width = canvas.getWidth();
        TimeScale scale = TimeScale.ofWindow(view.getVisibleStart(), view.getVisibleEnd(), width);
        double x = scale.toX(items.start(i));
        if (x < 8 || x > width - Math.min(width / 2, TimelinePainter.MAX_CARD)) {
            double span = scale.span();
            double start = items.start(i) - span * 0.4;
            motion.glideTo(start, start + span);
        }
    }

    /** Selects an item's event: through the state for a model, as a local highlight for raw items. */
    void select(int item) {
        if (item < 0 || item >= items.size()) {
            return;
        }
        String id = items.id(item);
        if (modelItems) {
            if (state.getModel() != null && state.getModel().event(id).isPresent()) {
                state.selectEvent(id);
            }
        } else {
            rawSelectedId = id;
            selectionChanged();
        }
    }

    /** Left/Right: the previous or next event in date order (only matching ones when the filter hides). */
    void selectNeighbour(boolean forward) {
        if (modelItems) {
            TimelineModel model = state.getModel();
            if (model == null) {
                return;
            }
            boolean hide = state.getFilterMode() == FilterMode.HIDE;
            List<Event> events = model.events().stream()
                    .filter(e -> !hide || state.matches(e.id()))
                    .toList();
            if (events.isEmpty()) {
                return;
            }
            Event current = state.getSelectedEvent();
            int at = current == null ? -1 : events.indexOf(current);
            Event next;
            if (at >= 0) {
                int k = at + (forward ? 1 : -1);
                if (k < 0 || k >= events.size()) {
                    return;
                }
                next = events.get(k);
            } else {
                next = firstInView(events, forward);
            }
            state.selectEvent(next.id());
        } else {
            int current = selectedItems.length > 0 ? selectedItems[0] : -1;
            int next;
            if (current < 0) {
                next = rawFirstInView(forward);
            } else {
                next = items.chronologicalNeighbour(current, forward);
            }
            if (next >= 0) {
                select(next);
            }
        }
    }

    private Event firstInView(List<Event> events, boolean forward) {
        long a = view.getVisibleStart();
        long b = view.getVisibleEnd();
        if (forward) {
            for (Event e : events) {
                if (e.date().startMillis() >= a) {
                    return e;
                }
            }
            return events.get(events.size() - 1);
        }
        for (int k = events.size() - 1; k >= 0; k--) {
            if (events.get(k).date().startMillis() <= b) {
                return events.get(k);
            }
        }
        return events.get(0);
    }

    private int rawFirstInView(boolean forward) {
        int best = -1;
        for (int g = 0; g < items.groupCount(); g++) {
            int i = items.firstStartingAtOrAfter(g, view.getVisibleStart());
            if (i < items.groupEnd(g) && (best < 0 || items.start(i) < items.start(best))) {
                best = i;
            }
        }
        return best;
    }

    /** Enter: opens the selected event again, so the detail pane shows it even after a person was looked at. */
    void openSelection() {
        String id = selectedId();
        if (id != null && modelItems && state.getModel() != null && state.getModel().event(id).isPresent()) {
            state.selectEvent(id);
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

    void zoomAboutCentre(double factor) {
        glideZoomAbout(canvas.getWidth() / 2, factor);
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
        Locale locale = state.getLocale();
        if (item >= 0) {
            String people = null;
            String note = null;
            if (modelItems && state.getModel() != null) {
                Event e = state.getModel().event(items.id(item)).orElse(null);
                if (e != null) {
                    people = e.people().stream()
                            .map(p -> state.getModel().person(p).map(Person::name).map(n -> LocalFormat.of(locale).text(n)).orElse(p))
                            .collect(Collectors.joining(", "));
                    note = e.date().approximate() ? text.get("hover.approximate") : null;
                    hoverCard.show(LocalFormat.of(locale).text(e.title()), EventDates.format(e.date(), locale), people, note, x, y,
                            body.getWidth(), body.getHeight());
                    view.setCursor(javafx.scene.Cursor.HAND);
                    return;
                }
            }
            hoverCard.show(items.title(item, locale), EventDates.format(items, item, locale), people, note, x, y,
                    body.getWidth(), body.getHeight());
            view.setCursor(javafx.scene.Cursor.HAND);
        } else if (cluster != null) {
            hoverCard.show(text.format("cluster.count", cluster.count()), rangeText(cluster.from(), cluster.to()),
                    text.get("cluster.hint"), null, x, y, body.getWidth(), body.getHeight());
            view.setCursor(javafx.scene.Cursor.HAND);
        } else {
            hoverCard.hide();
            view.setCursor(null);
        }
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
        int item = painter.hits.cardAt(x, y);
        if (item >= 0) {
            select(item);
            return;
        }
        FrameLayout.Cluster cluster = painter.hits.clusterAt(x, y);
        if (cluster == null) {
            return;
        }
        if (cluster.count() == 1 && cluster.single() >= 0) {
            select(cluster.single());
            return;
        }
        openCluster(cluster, x, y);
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
        Locale locale = state.getLocale();
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
        Point2D screen = canvas.localToScreen(x, y + 12);
        clusterPopup.show(canvas, screen.getX(), screen.getY(), text.format("cluster.count", members.length),
                text.get("cluster.zoom"), more, entries, this::select, () -> {
                    double span = Math.max(TimeScale.HOUR * 6, (to - from) * 1.6);
                    double centre = from / 2.0 + to / 2.0;
                    motion.glideTo(centre - span / 2, centre + span / 2);
                });
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
        Locale locale = state.getLocale();
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
        String empty = items.isEmpty() ? text.get(state.getModel() == null && view.getItems() == null
                ? "empty.noModel" : "empty.noEvents") : null;
        painter.paint(canvas.getGraphicsContext2D(), new TimelinePainter.Input(w, h, view.colors(), items, scale,
                axis, layout, bands, eras, laneLabels, laneColors, palette, locale, selectedItems, hovered, empty));
        lastLayout = layout;
        lastBands = bands;
    }

    /** The visible range as a person says it, at a precision that suits its length. */
    private String rangeText(long from, long to) {
        java.time.LocalDate a = java.time.LocalDate.ofEpochDay(Math.floorDiv(from, TimeScale.DAY));
        java.time.LocalDate b = java.time.LocalDate.ofEpochDay(Math.floorDiv(to - 1, TimeScale.DAY));
        long days = (to - from) / TimeScale.DAY;
        dev.faultline.model.PartialDate pa;
        dev.faultline.model.PartialDate pb;
        if (days > 3 * 365) {
            pa = dev.faultline.model.PartialDate.ofYear(a.getYear());
            pb = dev.faultline.model.PartialDate.ofYear(b.getYear());
        } else if (days > 60) {
            pa = dev.faultline.model.PartialDate.ofMonth(a.getYear(), a.getMonthValue());
            pb = dev.faultline.model.PartialDate.ofMonth(b.getYear(), b.getMonthValue());
        } else {
            pa = dev.faultline.model.PartialDate.ofDay(a.getYear(), a.getMonthValue(), a.getDayOfMonth());
            pb = dev.faultline.model.PartialDate.ofDay(b.getYear(), b.getMonthValue(), b.getDayOfMonth());
        }
        return LocalFormat.of(state.getLocale()).range(pa, pb);
    }

    /** What the last frame drew. */
    DrawnFrame drawnFrame() {
        return painter == null ? DrawnFrame.EMPTY : painter.hits.snapshot(items, lastLayout);
    }
}
