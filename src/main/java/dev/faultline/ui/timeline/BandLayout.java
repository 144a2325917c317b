package dev.faultline.ui.timeline;

import dev.faultline.timeline.FrameLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the swimlane bands sit vertically: each band has a label row, some card lanes and a row for cluster badges.
 * Bands share the height equally; when they cannot all have one lane the bands scroll vertically.
 */
final class BandLayout {

    /** The band's name sits in the top-left of its first lane, which keeps that stretch free of cards. */
    static final double LABEL_H = 4;
    static final double ROW_H = 37;
    static final double CLUSTER_H = 21;
    static final double PAD_BOTTOM = 4;
    static final double MIN_BAND = LABEL_H + ROW_H + CLUSTER_H + PAD_BOTTOM;
    private static final int MAX_LANES = 6;
    private static final int MAX_LANES_ONE_BAND = 14;

    private final double top;
    private final double height;
    private final double bandHeight;
    private final int lanes;
    private final int groups;
    private final double scroll;

    /**
     * @param top    y where the first band starts
     * @param height height available to the bands
     * @param groups number of swimlanes
     * @param scroll how far the bands are scrolled up, in pixels (clamped)
     */
    BandLayout(double top, double height, int groups, double scroll) {
        this.top = top;
        this.height = Math.max(0, height);
        this.groups = groups;
        double share = groups == 0 ? this.height : this.height / groups;
        int max = groups <= 1 ? MAX_LANES_ONE_BAND : MAX_LANES;
        int fit = (int) Math.floor((share - LABEL_H - CLUSTER_H - PAD_BOTTOM) / ROW_H);
        this.lanes = Math.max(1, Math.min(max, fit));
        this.bandHeight = Math.max(MIN_BAND, share);
        this.scroll = Math.max(0, Math.min(scroll, maxScroll()));
    }

    double top() {
        return top;
    }

    double height() {
        return height;
    }

    int lanes() {
        return lanes;
    }

    double bandHeight() {
        return bandHeight;
    }

    double scroll() {
        return scroll;
    }

    /** How far the bands can scroll: 0 when they all fit. */
    double maxScroll() {
        return Math.max(0, groups * bandHeight - height);
    }

    double bandTop(int group) {
        return top + group * bandHeight - scroll;
    }

    double laneTop(int group, int lane) {
        return bandTop(group) + LABEL_H + lane * ROW_H;
    }

    double clusterRowTop(int group) {
        return bandTop(group) + LABEL_H + lanes * ROW_H;
    }

    /** The bands at least partly on screen, to lay out this frame; {@code labelWidths[g]} is kept free in lane 0. */
    List<FrameLayout.Band> visibleBands(double[] labelWidths) {
        List<FrameLayout.Band> out = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            double t = bandTop(g);
            if (t + bandHeight > top && t < top + height) {
                double reserved = labelWidths != null && g < labelWidths.length ? labelWidths[g] : 0;
                out.add(new FrameLayout.Band(g, lanes, reserved));
            }
        }
        return out;
    }

    List<FrameLayout.Band> visibleBands() {
        return visibleBands(null);
    }
}
