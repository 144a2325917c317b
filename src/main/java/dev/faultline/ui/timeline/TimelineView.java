package dev.faultline.ui.timeline;

import dev.faultline.timeline.LaneGrouping;
import dev.faultline.timeline.TimeScale;
import dev.faultline.timeline.TimeWindow;
import dev.faultline.timeline.TimelineItems;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ObjectPropertyBase;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.event.EventHandler;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;

/**
 * The timeline: {@link TimelineItems} in swimlanes along a zoomable time axis, with an overview band of the whole span
 * underneath. A reusable control that knows nothing of the app: it shows its {@link #itemsProperty() items}, keeps a
 * {@link #selectedIdProperty() selected id} (set it, and the timeline pans and zooms until that item's own card
 * shows; click a card or press Left/Right, and it changes), a {@link #visibleStartProperty() visible window}, and
 * fires {@link TimelineEvent}s when the selection is stepped or activated. {@code ui.TimelineBinding} connects it to
 * the app's state; the frame benchmark drives it as it is.
 *
 * <p>Everything is drawn on one viewport-sized canvas, once per pulse at most; colours and the font come from CSS
 * ({@code timeline-view.css}).
 */
public class TimelineView extends Control {

    public static final String DEFAULT_STYLE_CLASS = "timeline-view";

    private static final StyleablePropertyFactory<TimelineView> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    // Until there is data to fit, the view shows the years the workload and the curated story cover.
    private final LongProperty visibleStart = new SimpleLongProperty(this, "visibleStart",
            dev.faultline.timeline.SyntheticWorkload.T0);
    private final LongProperty visibleEnd = new SimpleLongProperty(this, "visibleEnd",
            dev.faultline.timeline.SyntheticWorkload.T1);
    private final ObjectProperty<LaneGrouping> laneGrouping = new SimpleObjectProperty<>(this, "laneGrouping",
            LaneGrouping.BY_FACTION);
    private final ObjectProperty<TimelineItems> items = new SimpleObjectProperty<>(this, "items",
            TimelineItems.empty()) {
        @Override
        public void set(TimelineItems value) {
            super.set(value == null ? TimelineItems.empty() : value);
        }
    };
    private final ObjectProperty<String> selectedId = new SimpleObjectProperty<>(this, "selectedId");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.ENGLISH) {
        @Override
        public void set(Locale value) {
            super.set(value == null ? Locale.ENGLISH : value);
        }
    };
    private final ObjectProperty<List<TimelineEra>> eras = new SimpleObjectProperty<>(this, "eras", List.of());
    private final ObjectProperty<TimeWindow> homeWindow = new SimpleObjectProperty<>(this, "homeWindow");
    private final ObjectProperty<TimeWindow> highlightedRange = new SimpleObjectProperty<>(this, "highlightedRange");
    private final ObjectProperty<Function<String, HoverText>> hoverText = new SimpleObjectProperty<>(this,
            "hoverText");
    private final ObjectProperty<Navigator> navigator = new SimpleObjectProperty<>(this, "navigator");
    private final StringProperty placeholder = new SimpleStringProperty(this, "placeholder");
    private final ObjectProperty<EventHandler<TimelineEvent>> onStepped = new EventHandlerProperty("onStepped",
            TimelineEvent.STEPPED);
    private final ObjectProperty<EventHandler<TimelineEvent>> onActivated = new EventHandlerProperty("onActivated",
            TimelineEvent.ACTIVATED);
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

    /** An empty timeline: give it items. */
    public TimelineView() {
        getStyleClass().setAll(DEFAULT_STYLE_CLASS);
        setId("timeline");
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

    /** What the timeline shows (never null: empty when set to null). */
    public final ObjectProperty<TimelineItems> itemsProperty() {
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

    /** The id of the selected item (an event id), or null; the timeline reveals it whenever it changes. */
    public final ObjectProperty<String> selectedIdProperty() {
        return selectedId;
    }

    public final String getSelectedId() {
        return selectedId.get();
    }

    public final void setSelectedId(String value) {
        selectedId.set(value);
    }

    /** The language of the axis, the header and the items' titles. */
    public final ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public final Locale getLocale() {
        return locale.get();
    }

    public final void setLocale(Locale value) {
        locale.set(value);
    }

    /** Named spans drawn above the axis (empty for none). */
    public final ObjectProperty<List<TimelineEra>> erasProperty() {
        return eras;
    }

    public final List<TimelineEra> getEras() {
        return eras.get() == null ? List.of() : eras.get();
    }

    public final void setEras(List<TimelineEra> value) {
        eras.set(value == null ? List.of() : List.copyOf(value));
    }

    /** Where the timeline opens and where Home returns (null: everything). */
    public final ObjectProperty<TimeWindow> homeWindowProperty() {
        return homeWindow;
    }

    public final TimeWindow getHomeWindow() {
        return homeWindow.get();
    }

    public final void setHomeWindow(TimeWindow value) {
        homeWindow.set(value);
    }

    /** A range the overview band brackets, e.g. a filter's dates (null: none). */
    public final ObjectProperty<TimeWindow> highlightedRangeProperty() {
        return highlightedRange;
    }

    public final TimeWindow getHighlightedRange() {
        return highlightedRange.get();
    }

    public final void setHighlightedRange(TimeWindow value) {
        highlightedRange.set(value);
    }

    /** What the hover card says for an item id; null (the default) shows the item's title and date. */
    public final ObjectProperty<Function<String, HoverText>> hoverTextProperty() {
        return hoverText;
    }

    public final Function<String, HoverText> getHoverText() {
        return hoverText.get();
    }

    public final void setHoverText(Function<String, HoverText> value) {
        hoverText.set(value);
    }

    /**
     * Finds the previous or next item for Left/Right. {@code fromId} is the selected id (null when nothing is
     * selected: then the first in the visible window); returns the id to select, or null to stay.
     */
    @FunctionalInterface
    public interface Navigator {
        String neighbour(String fromId, boolean forward, long visibleStart, long visibleEnd);
    }

    /** How Left/Right find the neighbour; null (the default) walks the items in date order. */
    public final ObjectProperty<Navigator> navigatorProperty() {
        return navigator;
    }

    public final Navigator getNavigator() {
        return navigator.get();
    }

    public final void setNavigator(Navigator value) {
        navigator.set(value);
    }

    /** Shows the legend that explains the marks the timeline draws, beside its "?" button. */
    public void showLegend() {
        withSkin(TimelineViewSkin::showLegend);
    }

    /** The line drawn when there are no items (null: a default). */
    public final StringProperty placeholderProperty() {
        return placeholder;
    }

    public final String getPlaceholder() {
        return placeholder.get();
    }

    public final void setPlaceholder(String value) {
        placeholder.set(value);
    }

    /** Called after Left or Right moved the selection. */
    public final ObjectProperty<EventHandler<TimelineEvent>> onSteppedProperty() {
        return onStepped;
    }

    public final void setOnStepped(EventHandler<TimelineEvent> handler) {
        onStepped.set(handler);
    }

    /** Called when Enter activates the selection. */
    public final ObjectProperty<EventHandler<TimelineEvent>> onActivatedProperty() {
        return onActivated;
    }

    public final void setOnActivated(EventHandler<TimelineEvent> handler) {
        onActivated.set(handler);
    }

    private final ObjectProperty<java.util.function.Consumer<TimeWindow>> onRangeChosen = new SimpleObjectProperty<>(
            this, "onRangeChosen");

    /**
     * Called with the span a Shift+drag across the overview band marked (e.g. to set a filter's dates); null, the
     * default, turns that gesture off.
     */
    public final ObjectProperty<java.util.function.Consumer<TimeWindow>> onRangeChosenProperty() {
        return onRangeChosen;
    }

    public final void setOnRangeChosen(java.util.function.Consumer<TimeWindow> value) {
        onRangeChosen.set(value);
    }

    /** Shows every item. */
    public void fitAll() {
        withSkin(TimelineViewSkin::fitAll);
    }

    /** Shows the home window, or every item when there is none. */
    public void goHome() {
        withSkin(TimelineViewSkin::goHome);
    }

    /** Pans, and zooms in if needed, until the selected item's own card is on screen. */
    public void revealSelection() {
        withSkin(TimelineViewSkin::revealSelection);
    }

    /** Zooms in by a step, about the selection when it is on screen, else about the centre. */
    public void zoomIn() {
        withSkin(s -> s.zoomStep(TimelineViewSkin.KEY_ZOOM));
    }

    /** Zooms out by a step, about the selection when it is on screen, else about the centre. */
    public void zoomOut() {
        withSkin(s -> s.zoomStep(1 / TimelineViewSkin.KEY_ZOOM));
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

    /** How many swimlanes the last frame showed whole (none scrolled partly out of view). */
    public int getWholeLanesShown() {
        if (!(getSkin() instanceof TimelineViewSkin s)) {
            return 0;
        }
        double full = s.laneHeight();
        return (int) getDrawnFrame().lanes().stream().filter(l -> l.whole(full)).count();
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

    /** An {@code onFoo} property that installs its handler for one event type, as Node's own do. */
    private final class EventHandlerProperty extends ObjectPropertyBase<EventHandler<TimelineEvent>> {
        private final String name;
        private final javafx.event.EventType<TimelineEvent> type;
        private EventHandler<TimelineEvent> installed;

        EventHandlerProperty(String name, javafx.event.EventType<TimelineEvent> type) {
            this.name = name;
            this.type = type;
        }

        @Override
        protected void invalidated() {
            if (installed != null) {
                removeEventHandler(type, installed);
            }
            installed = get();
            if (installed != null) {
                addEventHandler(type, installed);
            }
        }

        @Override
        public Object getBean() {
            return TimelineView.this;
        }

        @Override
        public String getName() {
            return name;
        }
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
