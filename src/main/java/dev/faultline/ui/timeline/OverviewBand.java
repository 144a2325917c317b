package dev.faultline.ui.timeline;

import dev.faultline.timeline.TimeScale;
import dev.faultline.timeline.TimelineItems;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The whole span of the data in one strip: how dense the events are along it, and a rectangle for the window the
 * timeline shows, which can be dragged to pan and resized by its edges to zoom. Pressing outside the rectangle moves
 * it there.
 */
public class OverviewBand extends Control {

    public static final String DEFAULT_STYLE_CLASS = "overview-band";

    private final ObjectProperty<TimelineItems> items = new SimpleObjectProperty<>(this, "items",
            TimelineItems.empty());
    private final LongProperty spanStart = new SimpleLongProperty(this, "spanStart");
    private final LongProperty spanEnd = new SimpleLongProperty(this, "spanEnd", TimeScale.DAY);
    private final LongProperty visibleStart = new SimpleLongProperty(this, "visibleStart");
    private final LongProperty visibleEnd = new SimpleLongProperty(this, "visibleEnd", TimeScale.DAY);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.ENGLISH);
    /** The timeline's colours (its -tl-* CSS properties), so the strip's labels follow the theme; null: light. */
    private final ObjectProperty<TimelineColors> colors = new SimpleObjectProperty<>(this, "colors");

    public OverviewBand() {
        getStyleClass().setAll(DEFAULT_STYLE_CLASS);
        setId("overview-band");
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new OverviewBandSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(OverviewBand.class.getResource("overview-band.css")).toExternalForm();
    }

    ObjectProperty<TimelineColors> colorsProperty() {
        return colors;
    }

    TimelineColors getColors() {
        return colors.get();
    }

    void setColors(TimelineColors value) {
        colors.set(value);
    }

    /** The items whose density the strip shows. */
    public ObjectProperty<TimelineItems> itemsProperty() {
        return items;
    }

    public TimelineItems getItems() {
        return items.get();
    }

    public void setItems(TimelineItems value) {
        items.set(value == null ? TimelineItems.empty() : value);
    }

    /** The first instant of the strip, epoch ms. */
    public LongProperty spanStartProperty() {
        return spanStart;
    }

    public long getSpanStart() {
        return spanStart.get();
    }

    public void setSpanStart(long value) {
        spanStart.set(value);
    }

    /** The last instant of the strip, epoch ms. */
    public LongProperty spanEndProperty() {
        return spanEnd;
    }

    public long getSpanEnd() {
        return spanEnd.get();
    }

    public void setSpanEnd(long value) {
        spanEnd.set(value);
    }

    /** The start of the window the rectangle marks, epoch ms. */
    public LongProperty visibleStartProperty() {
        return visibleStart;
    }

    public long getVisibleStart() {
        return visibleStart.get();
    }

    /** The end of the window the rectangle marks, epoch ms. */
    public LongProperty visibleEndProperty() {
        return visibleEnd;
    }

    public long getVisibleEnd() {
        return visibleEnd.get();
    }

    /** Moves the rectangle to {@code [start, end)} without passing through an inverted window. */
    public void setVisibleWindow(double start, double end) {
        double span = TimeScale.clampSpan(end - start);
        double centre = start / 2 + end / 2;
        long a = Math.round(centre - span / 2);
        long b = Math.round(centre + span / 2);
        if (a >= visibleEnd.get()) {
            visibleEnd.set(b);
            visibleStart.set(a);
        } else {
            visibleStart.set(a);
            visibleEnd.set(b);
        }
    }

    /** No lower bound on the filter's range. */
    public static final long UNBOUNDED_START = Long.MIN_VALUE;
    /** No upper bound on the filter's range. */
    public static final long UNBOUNDED_END = Long.MAX_VALUE;

    private final LongProperty filterStart = new SimpleLongProperty(this, "filterStart", UNBOUNDED_START);
    private final LongProperty filterEnd = new SimpleLongProperty(this, "filterEnd", UNBOUNDED_END);

    /** Where the filter's time range starts, or {@link #UNBOUNDED_START}; drawn as a bracket over the strip. */
    public LongProperty filterStartProperty() {
        return filterStart;
    }

    public long getFilterStart() {
        return filterStart.get();
    }

    /** Where the filter's time range ends (exclusive), or {@link #UNBOUNDED_END}. */
    public LongProperty filterEndProperty() {
        return filterEnd;
    }

    public long getFilterEnd() {
        return filterEnd.get();
    }

    /** Shows the filter's range {@code [start, end)}; either bound may be unbounded, both means no range. */
    public void setFilterRange(long start, long end) {
        filterStart.set(start);
        filterEnd.set(end);
    }

    /** The locale of the year labels. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get();
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    /** The axis labels the strip last drew (years first, then finer ones); empty before it is shown. For tests. */
    public java.util.List<String> getDrawnLabels() {
        return getSkin() instanceof OverviewBandSkin skin ? skin.drawnLabels() : java.util.List.of();
    }

    private final ObjectProperty<java.util.function.Consumer<dev.faultline.timeline.TimeWindow>> onRangeChosen =
            new SimpleObjectProperty<>(this, "onRangeChosen");

    /** Called with the span a Shift+drag across the strip marked; null (the default) turns that gesture off. */
    public ObjectProperty<java.util.function.Consumer<dev.faultline.timeline.TimeWindow>> onRangeChosenProperty() {
        return onRangeChosen;
    }

    public java.util.function.Consumer<dev.faultline.timeline.TimeWindow> getOnRangeChosen() {
        return onRangeChosen.get();
    }

    public void setOnRangeChosen(java.util.function.Consumer<dev.faultline.timeline.TimeWindow> value) {
        onRangeChosen.set(value);
    }
}
