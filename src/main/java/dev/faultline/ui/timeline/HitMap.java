package dev.faultline.ui.timeline;

import dev.faultline.timeline.FrameLayout;
import dev.faultline.timeline.TimelineItems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Where the last frame drew its cards and badges, so a pointer position can be turned back into an event. */
final class HitMap {

    private int cards;
    private int[] cardItem = new int[64];
    private double[] cardBox = new double[64 * 4];
    private final List<FrameLayout.Cluster> clusters = new ArrayList<>();
    private double[] clusterBox = new double[64 * 4];

    void clear() {
        cards = 0;
        clusters.clear();
    }

    /** True when the last frame drew no card and no badge. */
    boolean isEmpty() {
        return cards == 0 && clusters.isEmpty();
    }

    void addCard(int item, double x, double y, double w, double h) {
        if (cards == cardItem.length) {
            cardItem = Arrays.copyOf(cardItem, cards * 2);
            cardBox = Arrays.copyOf(cardBox, cards * 8);
        }
        cardItem[cards] = item;
        cardBox[cards * 4] = x;
        cardBox[cards * 4 + 1] = y;
        cardBox[cards * 4 + 2] = w;
        cardBox[cards * 4 + 3] = h;
        cards++;
    }

    void addCluster(FrameLayout.Cluster cluster, double x, double y, double w, double h) {
        int n = clusters.size();
        if ((n + 1) * 4 > clusterBox.length) {
            clusterBox = Arrays.copyOf(clusterBox, clusterBox.length * 2);
        }
        clusterBox[n * 4] = x;
        clusterBox[n * 4 + 1] = y;
        clusterBox[n * 4 + 2] = w;
        clusterBox[n * 4 + 3] = h;
        clusters.add(cluster);
    }

    /** The item whose card is under the point (the one drawn last, on top), or -1. */
    int cardAt(double x, double y) {
        for (int k = cards - 1; k >= 0; k--) {
            if (inside(cardBox, k, x, y, 0)) {
                return cardItem[k];
            }
        }
        return -1;
    }

    /** The cluster whose badge is under the point (a few pixels of slack for small dots), or null. */
    FrameLayout.Cluster clusterAt(double x, double y) {
        for (int k = clusters.size() - 1; k >= 0; k--) {
            if (inside(clusterBox, k, x, y, 2)) {
                return clusters.get(k);
            }
        }
        return null;
    }

    private static boolean inside(double[] box, int k, double x, double y, double slack) {
        return x >= box[k * 4] - slack && x <= box[k * 4] + box[k * 4 + 2] + slack
                && y >= box[k * 4 + 1] - slack && y <= box[k * 4 + 1] + box[k * 4 + 3] + slack;
    }

    /** A snapshot for tests and tools. */
    DrawnFrame snapshot(TimelineItems items, FrameLayout layout) {
        List<DrawnFrame.Card> cardList = new ArrayList<>();
        for (int k = 0; k < cards; k++) {
            cardList.add(new DrawnFrame.Card(items.id(cardItem[k]), DrawnFrame.box(cardBox[k * 4],
                    cardBox[k * 4 + 1], cardBox[k * 4 + 2], cardBox[k * 4 + 3])));
        }
        List<DrawnFrame.Cluster> clusterList = new ArrayList<>();
        for (int k = 0; k < clusters.size(); k++) {
            FrameLayout.Cluster c = clusters.get(k);
            List<String> ids = new ArrayList<>();
            if (layout != null && c.count() <= 10_000) {
                for (int i : layout.members(c)) {
                    ids.add(items.id(i));
                }
            }
            clusterList.add(new DrawnFrame.Cluster(c.count(), DrawnFrame.box(clusterBox[k * 4],
                    clusterBox[k * 4 + 1], clusterBox[k * 4 + 2], clusterBox[k * 4 + 3]), ids));
        }
        return new DrawnFrame(cardList, clusterList);
    }
}
