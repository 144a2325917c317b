package dev.faultline.ui.detail;

import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;

/**
 * A lead label and a row of items kept to one line: the items that fit follow the lead, and a toggle at the end says
 * how many more there are ("+3 more") and opens the whole list, wrapped like a flow, with one click or Space on the
 * focused toggle; the toggle then closes it again. The first item always shows, cut with an ellipsis when even it is
 * too long, so the line is never just a lead. Used for the event's disagreement notice: it must say at once that
 * sources disagree and on what, without pushing the first excerpt out of view.
 */
final class OneLineFlow extends Pane {

    private static final double HGAP = 6;
    private static final double VGAP = 2;

    private final Labeled lead;
    private final List<? extends Labeled> items;
    private final Hyperlink toggle = new Hyperlink();
    /** Styled like the toggle but never shown or laid out: measures "+k more" without relayout of this pane. */
    private final Hyperlink measure = new Hyperlink();
    private final IntFunction<String> moreText;
    private final String lessText;
    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded", false) {
        @Override
        protected void invalidated() {
            requestLayout();
        }
    };

    /**
     * @param lead     what the line is about, always shown first
     * @param items    the line's items, in order; the first always shows
     * @param moreText the toggle's text while collapsed, given how many items it hides
     * @param lessText the toggle's text while expanded
     */
    OneLineFlow(Labeled lead, List<? extends Labeled> items, IntFunction<String> moreText, String lessText) {
        this.lead = lead;
        this.items = List.copyOf(items);
        this.moreText = moreText;
        this.lessText = lessText;
        getStyleClass().add("one-line-flow");
        toggle.getStyleClass().add("one-line-flow-toggle");
        toggle.setOnAction(e -> setExpanded(!isExpanded()));
        lead.setMinWidth(Labeled.USE_PREF_SIZE);
        getChildren().add(lead);
        getChildren().addAll(this.items);
        getChildren().add(toggle);
        measure.getStyleClass().add("one-line-flow-toggle");
        measure.setManaged(false);
        measure.setVisible(false);
        getChildren().add(measure);
    }

    /** Whether every item shows, wrapped over as many lines as it takes. */
    BooleanProperty expandedProperty() {
        return expanded;
    }

    boolean isExpanded() {
        return expanded.get();
    }

    void setExpanded(boolean value) {
        expanded.set(value);
    }

    /** The link that opens and closes the whole list. */
    Hyperlink toggle() {
        return toggle;
    }

    /** How many items the collapsed line shows at the given inner width. */
    private int fitting(double inner) {
        int n = items.size();
        double used = width(lead);
        for (int i = 0; i < n; i++) {
            used += HGAP + width(items.get(i));
            double rest = i == n - 1 ? 0 : HGAP + toggleWidth(moreText.apply(n - i - 1));
            if (used + rest > inner) {
                // Without room for this one as well as the toggle, stop before it; the first item always shows.
                return Math.max(1, i);
            }
        }
        return n;
    }

    private double toggleWidth(String text) {
        measure.setText(text);
        return width(measure);
    }

    private static double width(Node n) {
        return Math.ceil(n.prefWidth(-1));
    }

    private static double height(Node n, double width) {
        return Math.ceil(n.prefHeight(width));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + width(lead) + HGAP + 40;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        double w = width(lead);
        for (Labeled item : items) {
            w += HGAP + width(item);
        }
        return in.getLeft() + in.getRight() + w;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = (width < 0 ? computePrefWidth(-1) : width) - in.getLeft() - in.getRight();
        return in.getTop() + in.getBottom() + (isExpanded() ? flow(inner, false) : row());
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    /** The height of one line: the tallest of the lead, the items and the toggle. */
    private double row() {
        double h = height(lead, -1);
        for (Labeled item : items) {
            h = Math.max(h, height(item, -1));
        }
        return Math.max(h, height(toggle, -1));
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double inner = getWidth() - in.getLeft() - in.getRight();
        if (isExpanded()) {
            items.forEach(i -> i.setVisible(true));
            setToggle(lessText, true);
            flow(inner, true);
            return;
        }
        int shown = fitting(inner);
        int hidden = items.size() - shown;
        setToggle(hidden > 0 ? moreText.apply(hidden) : "", hidden > 0);
        double line = row();
        double x = in.getLeft();
        double y = in.getTop();
        double right = in.getLeft() + inner;
        double tw = hidden > 0 ? width(toggle) : 0;
        x = place(lead, x, y, width(lead), line);
        for (int i = 0; i < items.size(); i++) {
            Labeled item = items.get(i);
            item.setVisible(i < shown);
            if (i < shown) {
                double room = right - x - HGAP - (hidden > 0 ? HGAP + tw : 0);
                x = place(item, x + HGAP, y, Math.max(0, Math.min(width(item), room)), line);
            }
        }
        if (hidden > 0) {
            place(toggle, x + HGAP, y, tw, line);
        }
    }

    private void setToggle(String text, boolean visible) {
        if (!text.equals(toggle.getText())) {
            toggle.setText(text);
        }
        toggle.setVisible(visible);
        toggle.setManaged(true);
    }

    /** Places a node at x, centred in a line, and returns where it ends. */
    private double place(Node n, double x, double y, double w, double line) {
        double h = Math.min(line, height(n, w));
        n.resizeRelocate(snapPositionX(x), snapPositionY(y + (line - h) / 2), snapSizeX(w), snapSizeY(h));
        return x + w;
    }

    /**
     * Lays the lead, every item and the toggle out as a flow over the inner width and returns its height; places them
     * only when {@code place} is true, so the same walk measures and lays out.
     */
    private double flow(double inner, boolean placeNodes) {
        Insets in = getInsets();
        double x = 0;
        double y = 0;
        double line = row();
        boolean first = true;
        Node[] all = new Node[items.size() + 2];
        all[0] = lead;
        for (int i = 0; i < items.size(); i++) {
            all[i + 1] = items.get(i);
        }
        all[all.length - 1] = toggle;
        for (Node n : all) {
            double w = Math.min(width(n), inner);
            if (!first && x + HGAP + w > inner) {
                x = 0;
                y += line + VGAP;
            } else if (!first) {
                x += HGAP;
            }
            if (placeNodes) {
                place(n, in.getLeft() + x, in.getTop() + y, w, line);
            }
            x += w;
            first = false;
        }
        return y + line;
    }
}
