package dev.faultline.ui.detail;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Columns of equal width side by side, or stacked one above the other when the pane is too narrow for each to get
 * {@link #MIN_COLUMN_WIDTH}: competing claims read best next to each other, but not squeezed into slivers.
 */
final class SideBySide extends Pane {

    static final double MIN_COLUMN_WIDTH = 220;
    private static final double GAP = 12;

    SideBySide(Node... columns) {
        getStyleClass().add("side-by-side");
        getChildren().addAll(columns);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private boolean stacked(double innerWidth) {
        int n = getManagedChildren().size();
        return n <= 1 || innerWidth < n * MIN_COLUMN_WIDTH + (n - 1) * GAP;
    }

    private double columnWidth(double innerWidth) {
        int n = getManagedChildren().size();
        return stacked(innerWidth) ? innerWidth : (innerWidth - (n - 1) * GAP) / n;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + 80;
    }

    @Override
    protected double computePrefWidth(double height) {
        int n = getManagedChildren().size();
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + n * MIN_COLUMN_WIDTH * 1.5 + Math.max(0, n - 1) * GAP;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = (width < 0 ? computePrefWidth(-1) : width) - in.getLeft() - in.getRight();
        double cw = columnWidth(inner);
        double total = 0;
        double tallest = 0;
        for (Node child : getManagedChildren()) {
            double h = child.prefHeight(cw);
            total += h;
            tallest = Math.max(tallest, h);
        }
        int n = getManagedChildren().size();
        double content = stacked(inner) ? total + Math.max(0, n - 1) * GAP : tallest;
        return in.getTop() + in.getBottom() + content;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double inner = getWidth() - in.getLeft() - in.getRight();
        double cw = columnWidth(inner);
        boolean stacked = stacked(inner);
        double x = in.getLeft();
        double y = in.getTop();
        double tallest = 0;
        for (Node child : getManagedChildren()) {
            tallest = Math.max(tallest, child.prefHeight(cw));
        }
        for (Node child : getManagedChildren()) {
            double h = stacked ? child.prefHeight(cw) : tallest;
            child.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(cw), snapSizeY(h));
            if (stacked) {
                y += h + GAP;
            } else {
                x += cw + GAP;
            }
        }
    }
}
