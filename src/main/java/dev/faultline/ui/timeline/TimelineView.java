package dev.faultline.ui.timeline;

import dev.faultline.timeline.LaneGrouping;
import dev.faultline.timeline.TimeScale;
import dev.faultline.timeline.TimelineItems;
import dev.faultline.ui.AppState;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;

/**
 * The timeline: events of the {@link AppState}'s model in swimlanes along a zoomable time axis, with an overview band
 * of the whole span underneath. It follows the state's model, selection, filter and locale, and selects events through
 * {@link AppState#selectEvent(String)}. It can also show raw {@link TimelineItems} instead of the model (the frame-time
 * benchmark does), in which case a click highlights an item without touching the state.
 *
 * <p>Everything is drawn on one viewport-sized canvas, once per pulse at most; colours and the font come from CSS
 * ({@code timeline-view.css}).
 */
public class TimelineView extends Control {

    public static final String DEFAULT_STYLE_CLASS = "timeline-view";

    private static final StyleablePropertyFactory<TimelineView> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final AppState state;

    // Until there is data to fit, the view shows the years the workload and the curated story cover.
    private final LongProperty visibleStart = new SimpleLongProperty(this, "visibleStart",
            dev.faultline.timeline.SyntheticWorkload.T0);
    private final LongProperty visibleEnd = new SimpleLongProperty(this, "visibleEnd",
            dev.faultline.timeline.SyntheticWorkload.T1);
    private final ObjectProperty<LaneGrouping> laneGrouping = new SimpleObjectProperty<>(this, "laneGrouping",
            LaneGrouping.BY_FACTION);
    private final ObjectProperty<TimelineItems> items = new SimpleObjectProperty<>(this, "items");
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);

    private final StyleableProperty<Color> canvasBackground = CSS.createStyleableColorProperty(this,
            "canvasBackground", "-tl-canvas-background", v -> v.canvasBackground, Color.web("#fbfaf7"));
    private final StyleableProperty<Color> textColor = CSS.createStyleableColorProperty(this, "textColor",
            "-tl-text", v -> v.textColor, Color.web("#1f2328"));
    private final StyleableProperty<Color> mutedTextColor = CSS.createStyleableColorProperty(this, "mutedTextColor",
            "-tl-muted-text", v -> v.mutedTextColor, Color.web("#656d76"));
    private final StyleableProperty<Color> gridColor = CSS.createStyleableColorProperty(this, "gridColor",
            "-tl-grid", v -> v.gridColor, Color.web("#ebe8e2"));
    private final StyleableProperty<Color> majorGridColor = CSS.createStyleableColorProperty(this, "majorGridColor",
            "-tl-major-grid", v -> v.majorGridColor, Color.web("#d5d0c6"));
    private final StyleableProperty<Color> accentColor = CSS.createStyleableColorProperty(this, "accentColor",
            "-tl-accent", v -> v.accentColor, Color.web("#1f6feb"));
    private final StyleableProperty<Color> cardColor = CSS.createStyleableColorProperty(this, "cardColor",
            "-tl-card", v -> v.cardColor, Color.WHITE);
    private final StyleableProperty<Color> badgeColor = CSS.createStyleableColorProperty(this, "badgeColor",
            "-tl-badge", v -> v.badgeColor, Color.web("#3d444d"));
    private final StyleableProperty<Color> badgeTextColor = CSS.createStyleableColorProperty(this, "badgeTextColor",
            "-tl-badge-text", v -> v.badgeTextColor, Color.WHITE);
    private final StyleableProperty<Color> eraColor = CSS.createStyleableColorProperty(this, "eraColor",
            "-tl-era", v -> v.eraColor, Color.web("#efe9dd"));
    private final StyleableProperty<String> fontFamily = CSS.createStyleableStringProperty(this, "fontFamily",
            "-tl-font-family", v -> v.fontFamily, "");

    /** A timeline of the state's model. */
    public TimelineView(AppState state) {
        this.state = Objects.requireNonNull(state, "state");
        getStyleClass().setAll(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(TimelineView.class.getResource("timeline-view.css")).toExternalForm();
    }

    /** The state this view observes and selects through. */
    public AppState getState() {
        return state;
    }

    /** The first instant on screen, epoch milliseconds (UTC). */
    public LongProperty visibleStartProperty() {
        return visibleStart;
    }

    public long getVisibleStart() {
        return visibleStart.get();
    }

    public void setVisibleStart(long value) {
        visibleStart.set(value);
    }

    /** The instant at the right edge, epoch milliseconds (UTC). */
    public LongProperty visibleEndProperty() {
        return visibleEnd;
    }

    public long getVisibleEnd() {
        return visibleEnd.get();
    }

    public void setVisibleEnd(long value) {
        visibleEnd.set(value);
    }

    /**
     * Shows {@code [start, end)}, narrowed or widened about its centre to stay between an hour and a century, at once
     * (no animation). Both properties change before the next frame is drawn.
     */
    public void setVisibleWindow(double start, double end) {
        double span = TimeScale.clampSpan(end - start);
        double centre = start / 2 + end / 2;
        long a = Math.round(centre - span / 2);
        long b = Math.round(centre + span / 2);
        if (a >= getVisibleEnd()) {
            visibleEnd.set(b);
            visibleStart.set(a);
        } else {
            visibleStart.set(a);
            visibleEnd.set(b);
        }
    }

    /** How events are split into swimlanes: by faction, by person, or one compact band. */
    public ObjectProperty<LaneGrouping> laneGroupingProperty() {
        return laneGrouping;
    }

    public LaneGrouping getLaneGrouping() {
        return laneGrouping.get();
    }

    public void setLaneGrouping(LaneGrouping value) {
        laneGrouping.set(value == null ? LaneGrouping.BY_FACTION : value);
    }

    /** Raw items to show instead of the model's events (null shows the model); used by the frame benchmark. */
    public ObjectProperty<TimelineItems> itemsProperty() {
        return items;
    }

    public TimelineItems getItems() {
        return items.get();
    }

    public void setItems(TimelineItems value) {
        items.set(value);
    }

    /** Whether fitting, keyboard zoom and moves to an off-screen selection are animated (about 250 ms). */
    public BooleanProperty animatedProperty() {
        return animated;
    }

    public boolean isAnimated() {
        return animated.get();
    }

    public void setAnimated(boolean value) {
        animated.set(value);
    }

    /** Fits every event in view. */
    public void fitAll() {
        withSkin(TimelineViewSkin::fitAll);
    }

    /** Zooms in by a step about the centre. */
    public void zoomIn() {
        withSkin(s -> s.zoomAboutCentre(TimelineViewSkin.KEY_ZOOM));
    }

    /** Zooms out by a step about the centre. */
    public void zoomOut() {
        withSkin(s -> s.zoomAboutCentre(1 / TimelineViewSkin.KEY_ZOOM));
    }

    /** Draws the timeline again on the next pulse, even if nothing it observes changed. */
    public void redraw() {
        withSkin(s -> s.markDirty("redraw requested"));
    }

    /**
     * What the last frame drew, in the canvas's coordinates: each card with its event id and bounds, each cluster with
     * its count and bounds. Empty before the first frame. For tests and tools; not needed to use the view.
     */
    public DrawnFrame getDrawnFrame() {
        return getSkin() instanceof TimelineViewSkin s ? s.drawnFrame() : DrawnFrame.EMPTY;
    }

    private void withSkin(java.util.function.Consumer<TimelineViewSkin> action) {
        if (getSkin() instanceof TimelineViewSkin s) {
            action.accept(s);
        }
    }

    /**
     * The warm-up of the drawing code that the first timeline shown starts in the background (see
     * {@link TimelineWarmUp}); completes with the number of frames it drew: 0 if it is off, failed or has not started.
     */
    public static java.util.concurrent.CompletableFuture<Integer> warmUp() {
        return TimelineWarmUp.current();
    }

    /** Colours and font read by the skin each frame. */
    TimelineColors colors() {
        return new TimelineColors(canvasBackground.getValue(), textColor.getValue(), mutedTextColor.getValue(),
                gridColor.getValue(), majorGridColor.getValue(), accentColor.getValue(), cardColor.getValue(),
                badgeColor.getValue(), badgeTextColor.getValue(), eraColor.getValue());
    }

    /** The font family from {@code -tl-font-family}, or "" for the default. */
    String fontFamilyName() {
        return fontFamily.getValue();
    }

    /** The CSS properties of this control: Control's plus the {@code -tl-*} colours and font family. */
    public static List<CssMetaData<? extends javafx.css.Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends javafx.css.Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }
}
