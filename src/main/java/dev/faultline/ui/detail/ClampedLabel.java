package dev.faultline.ui.detail;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * A wrapping label that shows at most a number of lines until it is opened: its height is clamped in its own size
 * computation, so the clamp holds in the very layout pass that gives it its width (a listener on the width that set
 * heights afterwards left a summary unclamped in one screenshot of four), and {@link #longerProperty()} says whether
 * there is more to open, for the "More…" link beside it.
 */
final class ClampedLabel extends Label {

    private final int lines;
    private final ReadOnlyBooleanWrapper longer = new ReadOnlyBooleanWrapper(this, "longer", false);
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", false) {
        @Override
        protected void invalidated() {
            requestLayout();
        }
    };

    ClampedLabel(String text, int lines) {
        super(text);
        this.lines = lines;
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
    }

    /** Whether the whole text shows. */
    BooleanProperty openProperty() {
        return open;
    }

    /** Whether the text needs more than the clamped lines at the label's current width. */
    ReadOnlyBooleanProperty longerProperty() {
        return longer.getReadOnlyProperty();
    }

    /**
     * The height of the clamped lines and the insets, measured as a label measures its text (logical bounds centred
     * vertically, with its line spacing): the bundled CJK face's line is about 1.45 em, not the 1.2 em a guess takes.
     */
    double clampHeight() {
        Text probe = new Text("X" + "\nX".repeat(Math.max(0, lines - 1)));
        probe.setFont(getFont());
        probe.setLineSpacing(getLineSpacing());
        probe.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
        return Math.ceil(probe.getLayoutBounds().getHeight() + snappedTopInset() + snappedBottomInset());
    }

    private double clamp(double full) {
        return open.get() ? full : Math.min(full, clampHeight());
    }

    @Override
    protected double computePrefHeight(double width) {
        return clamp(super.computePrefHeight(width));
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double w = getWidth();
        longer.set(w > 0 && super.computePrefHeight(w) > clampHeight() + 1);
    }
}
