package dev.faultline.ui.timeline;


import dev.faultline.timeline.Axis;
import dev.faultline.timeline.AxisLabels;
import dev.faultline.timeline.AxisLayout;
import dev.faultline.timeline.TimeScale;
import dev.faultline.timeline.TimelineItems;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import dev.faultline.ui.BundledFont;
import javafx.scene.text.FontWeight;

/**
 * Draws the overview's density strip and year labels on a canvas (only when the data or the size changes) and keeps
 * the window rectangle, a real node, where the timeline's window is. Drags on it pan, drags on its edges resize.
 */
final class OverviewBandSkin extends SkinBase<OverviewBand> {

    private static final PseudoClass DRAGGING = PseudoClass.getPseudoClass("dragging");
    private static final double HANDLE = 7;
    private static final double LABEL_H = 14;
    private List<String> drawnLabels = List.of();

    private final Canvas canvas = new Canvas();
    private final Region shadeBefore = new Region();
    private final Region shadeAfter = new Region();
    private final Region window = new Region();
    /** The filter's time range: a bracket over the strip, under the window rectangle; hidden without a range. */
    private final Region filterRange = new Region();
    private final Region startHandle = new Region();
    private final Region endHandle = new Region();
    private final InvalidationListener redraw = o -> redrawStrip();
    private final InvalidationListener moveWindow = o -> getSkinnable().requestLayout();

    private final EventHandler<MouseEvent> onPressed = this::pressed;
    private final EventHandler<MouseEvent> onDragged = this::dragged;
    private final EventHandler<MouseEvent> onReleased = this::released;
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;
    private final EventHandler<javafx.scene.input.KeyEvent> onKey = this::keyPressed;

    private final TextMeasure labelMeasure = new TextMeasure(
            BundledFont.face(null, FontWeight.NORMAL, 10), BundledFont.bundled(10));
    private AxisLayout axisLayout;
    private java.util.Locale axisLocale;

    private enum Drag { NONE, MOVE, START, END, RANGE }

    private Drag drag = Drag.NONE;
    private double anchorX;
    private double anchorStart;
    private double anchorEnd;

    OverviewBandSkin(OverviewBand band) {
        super(band);
        canvas.setId("overview-canvas");
        shadeBefore.getStyleClass().add("overview-shade");
        shadeAfter.getStyleClass().add("overview-shade");
        filterRange.setId("overview-filter-range");
        filterRange.getStyleClass().add("overview-filter-range");
        window.setId("overview-window");
        window.getStyleClass().add("overview-window");
        startHandle.setId("overview-window-start");
        endHandle.setId("overview-window-end");
        startHandle.getStyleClass().add("overview-handle");
        endHandle.getStyleClass().add("overview-handle");
        for (Region r : new Region[] {filterRange, shadeBefore, shadeAfter, window, startHandle, endHandle}) {
            r.setManaged(false);
        }
        filterRange.setMouseTransparent(true);
        shadeBefore.setMouseTransparent(true);
        shadeAfter.setMouseTransparent(true);
        window.setCursor(Cursor.MOVE);
        startHandle.setCursor(Cursor.H_RESIZE);
        endHandle.setCursor(Cursor.H_RESIZE);
        getChildren().addAll(canvas, filterRange, shadeBefore, shadeAfter, window, startHandle, endHandle);

        band.itemsProperty().addListener(redraw);
        band.spanStartProperty().addListener(redraw);
        band.spanEndProperty().addListener(redraw);
        band.localeProperty().addListener(redraw);
        band.colorsProperty().addListener(redraw);
        band.widthProperty().addListener(redraw);
        band.heightProperty().addListener(redraw);
        band.visibleStartProperty().addListener(moveWindow);
        band.visibleEndProperty().addListener(moveWindow);
        band.spanStartProperty().addListener(moveWindow);
        band.spanEndProperty().addListener(moveWindow);
        band.filterStartProperty().addListener(moveWindow);
        band.filterEndProperty().addListener(moveWindow);

        band.addEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        band.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        band.addEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        band.addEventHandler(ScrollEvent.SCROLL, onScroll);
        band.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, onKey);
        band.setFocusTraversable(true);
    }

    @Override
    public void dispose() {
        OverviewBand band = getSkinnable();
        if (band != null) {
            band.itemsProperty().removeListener(redraw);
            band.spanStartProperty().removeListener(redraw);
            band.spanEndProperty().removeListener(redraw);
            band.localeProperty().removeListener(redraw);
            band.colorsProperty().removeListener(redraw);
            band.widthProperty().removeListener(redraw);
            band.heightProperty().removeListener(redraw);
            band.visibleStartProperty().removeListener(moveWindow);
            band.visibleEndProperty().removeListener(moveWindow);
            band.filterStartProperty().removeListener(moveWindow);
            band.filterEndProperty().removeListener(moveWindow);
            band.spanStartProperty().removeListener(moveWindow);
            band.spanEndProperty().removeListener(moveWindow);
            band.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
            band.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
            band.removeEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
            band.removeEventHandler(ScrollEvent.SCROLL, onScroll);
            band.removeEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, onKey);
        }
        super.dispose();
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 46 + top + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 40 + top + bottom;
    }

    /**
     * Any width: the strip is drawn for the width it gets. (SkinBase's default is the extent of the children as last
     * laid out, and the canvas is as wide as the band was: a window once wide could never be made narrow again.)
     */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + right;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + 400 + right;
    }

    private double toX(double millis) {
        OverviewBand band = getSkinnable();
        double span = Math.max(1, band.getSpanEnd() - band.getSpanStart());
        return (millis - band.getSpanStart()) / span * canvas.getWidth();
    }

    private double toMillis(double x) {
        OverviewBand band = getSkinnable();
        double span = Math.max(1, band.getSpanEnd() - band.getSpanStart());
        return band.getSpanStart() + x / Math.max(1, canvas.getWidth()) * span;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redrawStrip();
        }
        canvas.relocate(x, y);
        OverviewBand band = getSkinnable();
        double wx0 = Math.max(0, Math.min(w, toX(band.getVisibleStart())));
        double wx1 = Math.max(0, Math.min(w, toX(band.getVisibleEnd())));
        double ww = Math.max(6, wx1 - wx0);
        if (wx0 + ww > w) {
            wx0 = Math.max(0, w - ww);
        }
        double top = y + 2;
        double hh = h - LABEL_H - 3;
        shadeBefore.resizeRelocate(x, top, wx0, hh);
        shadeAfter.resizeRelocate(x + wx0 + ww, top, Math.max(0, w - wx0 - ww), hh);
        window.resizeRelocate(x + wx0, top, ww, hh);
        startHandle.resizeRelocate(x + wx0 - HANDLE / 2, top, HANDLE, hh);
        endHandle.resizeRelocate(x + wx0 + ww - HANDLE / 2, top, HANDLE, hh);
        layoutFilterRange(x, top, w, hh);
    }

    private void layoutFilterRange(double x, double top, double w, double hh) {
        OverviewBand band = getSkinnable();
        boolean bounded = band.getFilterStart() != OverviewBand.UNBOUNDED_START
                || band.getFilterEnd() != OverviewBand.UNBOUNDED_END;
        // An open end runs to the edge of the strip; a range wholly outside the span shows nothing.
        double fx0 = band.getFilterStart() == OverviewBand.UNBOUNDED_START ? 0
                : Math.max(0, Math.min(w, toX(band.getFilterStart())));
        double fx1 = band.getFilterEnd() == OverviewBand.UNBOUNDED_END ? w
                : Math.max(0, Math.min(w, toX(band.getFilterEnd())));
        filterRange.setVisible(bounded && fx1 > fx0);
        filterRange.resizeRelocate(x + Math.floor(fx0), top, Math.max(2, Math.ceil(fx1) - Math.floor(fx0)), hh);
    }

    private void redrawStrip() {
        OverviewBand band = getSkinnable();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        if (w < 2 || h < 2) {
            return;
        }
        double stripH = h - LABEL_H - 4;
        TimelineItems items = band.getItems();
        int columns = (int) Math.max(1, Math.floor(w / 2));
        int[] counts = items.isEmpty() ? new int[columns]
                : items.pyramid().histogram(band.getSpanStart(), band.getSpanEnd(), columns);
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        Color fill = Color.web("#5b7083");
        gc.setFill(fill.deriveColor(0, 1, 1, 0.55));
        double colW = w / columns;
        for (int k = 0; k < columns; k++) {
            if (counts[k] == 0) {
                continue;
            }
            // Square-root scaling so a lone event in a quiet year is still visible beside a busy week.
            double bar = Math.max(2, Math.sqrt(counts[k] / (double) max) * (stripH - 4));
            gc.fillRect(k * colW, 2 + stripH - bar, Math.max(1, colW - 0.5), bar);
        }
        TimelineColors colors = band.getColors();
        gc.setFill(colors == null ? Color.web("#c9c3b8") : colors.majorGrid());
        gc.fillRect(0, 2 + stripH, w, 1);

        double span = Math.max(1, band.getSpanEnd() - band.getSpanStart());
        if (span <= TimeScale.MAX_SPAN) {
            if (axisLayout == null || axisLocale != band.getLocale()) {
                axisLocale = band.getLocale();
                axisLayout = new AxisLayout(AxisLabels.forLocale(axisLocale), labelMeasure::width);
            }
            Axis axis = axisLayout.layout(TimeScale.ofWindow(band.getSpanStart(), band.getSpanEnd(), w));
            // The years (the major labels, the leftmost pinned to the edge) always show, whatever the filter has
            // narrowed the span to; the finer labels (quarters, months, days) fill in where they do not collide.
            // Run by run: "2014年" needs the bundled face for 年, or it is a box.
            List<String> drawn = new ArrayList<>();
            gc.setFill(colors == null ? Color.web("#1f2328") : colors.text());
            for (Axis.Label label : axis.majorLabels()) {
                labelMeasure.fill(gc, label.text(), label.x(), h - 3);
                drawn.add(label.text());
            }
            gc.setFill(colors == null ? Color.web("#656d76") : colors.mutedText());
            for (Axis.Label label : axis.minorLabels()) {
                boolean clear = true;
                for (Axis.Label major : axis.majorLabels()) {
                    if (label.x() < major.x() + major.width() + 6 && label.x() + label.width() > major.x() - 4) {
                        clear = false;
                        break;
                    }
                }
                if (clear) {
                    labelMeasure.fill(gc, label.text(), label.x(), h - 3);
                    drawn.add(label.text());
                }
            }
            drawnLabels = List.copyOf(drawn);
            gc.setFill(colors == null ? Color.web("#d5d0c6") : colors.majorGrid());
            for (double x : axis.minorX()) {
                gc.fillRect(Math.round(x), 2 + stripH, 1, 4);
            }
        }
    }

    /** The axis labels the strip last drew, left to right by row: the years first, then the finer ones. */
    List<String> drawnLabels() {
        return drawnLabels;
    }

    /** Keys, once Tab has reached the strip: Left/Right move the window by a fifth of it, +/- zoom it about its centre. */
    private void keyPressed(javafx.scene.input.KeyEvent e) {
        OverviewBand band = getSkinnable();
        double a = band.getVisibleStart();
        double b = band.getVisibleEnd();
        double step = (b - a) / 5;
        double centre = a / 2 + b / 2;
        switch (e.getCode()) {
            case LEFT -> band.setVisibleWindow(a - step, b - step);
            case RIGHT -> band.setVisibleWindow(a + step, b + step);
            case PLUS, ADD, EQUALS -> band.setVisibleWindow(centre - (b - a) / 3.2, centre + (b - a) / 3.2);
            case MINUS, SUBTRACT -> band.setVisibleWindow(centre - (b - a) * 0.8, centre + (b - a) * 0.8);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        OverviewBand band = getSkinnable();
        band.requestFocus();
        anchorX = e.getX();
        anchorStart = band.getVisibleStart();
        anchorEnd = band.getVisibleEnd();
        if (e.isShiftDown() && band.getOnRangeChosen() != null) {
            // Shift+drag marks a time range for the filter instead of moving the view.
            drag = Drag.RANGE;
            long t = Math.round(toMillis(e.getX()));
            band.setFilterRange(t, t + 1);
            e.consume();
            return;
        }
        if (e.getTarget() == startHandle) {
            drag = Drag.START;
        } else if (e.getTarget() == endHandle) {
            drag = Drag.END;
        } else if (e.getTarget() == window) {
            drag = Drag.MOVE;
        } else {
            // Pressing beside the window brings it there, then the drag carries on moving it.
            double width = anchorEnd - anchorStart;
            double centre = toMillis(e.getX());
            band.setVisibleWindow(centre - width / 2, centre + width / 2);
            anchorStart = band.getVisibleStart();
            anchorEnd = band.getVisibleEnd();
            drag = Drag.MOVE;
        }
        window.pseudoClassStateChanged(DRAGGING, true);
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (drag == Drag.NONE) {
            return;
        }
        OverviewBand band = getSkinnable();
        double dt = toMillis(e.getX()) - toMillis(anchorX);
        if (drag == Drag.RANGE) {
            long a = Math.round(toMillis(Math.min(anchorX, e.getX())));
            long b = Math.round(toMillis(Math.max(anchorX, e.getX())));
            band.setFilterRange(a, Math.max(a + 1, b));
            e.consume();
            return;
        }
        switch (drag) {
            case MOVE -> band.setVisibleWindow(anchorStart + dt, anchorEnd + dt);
            case START -> band.setVisibleWindow(Math.min(anchorStart + dt, anchorEnd - TimeScale.MIN_SPAN),
                    anchorEnd);
            case END -> band.setVisibleWindow(anchorStart, Math.max(anchorEnd + dt, anchorStart + TimeScale.MIN_SPAN));
            default -> {
            }
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        OverviewBand band = getSkinnable();
        if (drag == Drag.RANGE && band.getOnRangeChosen() != null) {
            band.getOnRangeChosen().accept(new dev.faultline.timeline.TimeWindow(band.getFilterStart(),
                    band.getFilterEnd()));
        }
        drag = Drag.NONE;
        window.pseudoClassStateChanged(DRAGGING, false);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        OverviewBand band = getSkinnable();
        double factor = Math.exp(e.getDeltaY() * 0.005);
        double pivot = toMillis(e.getX());
        double a = pivot - (pivot - band.getVisibleStart()) / factor;
        double b = pivot + (band.getVisibleEnd() - pivot) / factor;
        band.setVisibleWindow(a, b);
        e.consume();
    }
}
