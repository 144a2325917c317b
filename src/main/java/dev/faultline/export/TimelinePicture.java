package dev.faultline.export;

import dev.faultline.text.Language;
import dev.faultline.text.LocalFormat;
import dev.faultline.text.Phrasebook;
import dev.faultline.model.Era;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A picture of the timeline laid out by the same engine as the screen ({@link ModelItems}, {@link FrameLayout},
 * {@link AxisLayout}, {@link TimeScale}): the same window, swimlanes, cards, clusters, axis and eras, in the colours
 * given. It draws onto a {@link Surface}, which the SVG and PNG writers implement, so both show the same picture.
 * Unlike the screen it never scrolls: when the bands do not fit the height asked for, the picture is made taller.
 */
public final class TimelinePicture {

    /** The words the timeline on screen uses for its lanes and its empty state, so the picture says the same. */
    private static final String TIMELINE_WORDS = "dev.faultline.ui.i18n.timeline";

    static final double ERA_H = 18;
    static final double AXIS_H = 38;
    static final double HEADER_H = ERA_H + AXIS_H;
    static final double LABEL_H = 4;
    static final double ROW_H = 37;
    static final double CLUSTER_H = 21;
    static final double PAD_BOTTOM = 4;
    static final double MIN_BAND = LABEL_H + ROW_H + CLUSTER_H + PAD_BOTTOM;
    private static final double CARD_TOP = 8;
    private static final double CARD_H = 26;
    private static final double CARD_PAD = 8;
    private static final double MIN_CARD = 54;
    private static final double MAX_CARD = 240;
    private static final double TITLE_SIZE = 12;
    private static final double DATE_SIZE = 11;
    private static final double AXIS_SIZE = 11;
    private static final double MAJOR_SIZE = 12;
    private static final double LABEL_SIZE = 12;
    private static final double BADGE_SIZE = 11;

    /** What to draw: the model as filtered, the window in time, the picture's size in pixels, language, colours. */
    public record Request(TimelineModel model, Set<String> matching, boolean hideNonMatching, LaneGrouping grouping,
            long start, long end, int width, int height, Locale locale, PictureColors colors) {

        public Request {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(grouping, "grouping");
            Objects.requireNonNull(locale, "locale");
            Objects.requireNonNull(colors, "colors");
            if (width < 200 || height < 120) {
                throw new IllegalArgumentException("a picture must be at least 200x120 pixels, not " + width + "x"
                        + height);
            }
            if (end <= start) {
                throw new IllegalArgumentException("the window ends before it starts");
            }
        }
    }

    /** Where a picture is drawn: filled rectangles and single lines of text, in picture pixels. */
    public interface Surface {

        void rect(double x, double y, double w, double h, int rgb, double alpha);

        /** Text whose baseline starts at (x, y). */
        void text(String text, double x, double y, double size, boolean bold, int rgb, double alpha);
    }

    private final Request request;
    private final TimelineItems items;
    private final TimeScale scale;
    private final Axis axis;
    private final FrameLayout layout;
    private final int lanes;
    private final double bandHeight;
    private final int height;
    private final String[] laneLabels;

    private TimelinePicture(Request r) {
        this.request = r;
        this.items = ModelItems.of(r.model(), r.grouping(), r.matching(), r.hideNonMatching());
        this.scale = TimeScale.ofWindow(r.start(), r.end(), r.width());
        this.axis = new AxisLayout(AxisLabels.forLocale(r.locale()),
                s -> PictureFont.width(s, AXIS_SIZE, false), s -> PictureFont.width(s, MAJOR_SIZE, true))
                .layout(scale);
        int groups = items.groupCount();
        double body = r.height() - HEADER_H;
        double share = groups == 0 ? body : body / groups;
        int max = groups <= 1 ? 14 : 6;
        this.lanes = Math.max(1, Math.min(max, (int) Math.floor((share - LABEL_H - CLUSTER_H - PAD_BOTTOM) / ROW_H)));
        this.bandHeight = Math.max(MIN_BAND, share);
        this.height = (int) Math.ceil(Math.max(r.height(), HEADER_H + groups * bandHeight));
        this.laneLabels = new String[groups];
        List<FrameLayout.Band> bands = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            laneLabels[g] = label(items.swimlanes().get(g), r.locale());
            bands.add(new FrameLayout.Band(g, lanes, PictureFont.width(laneLabels[g], LABEL_SIZE, true) + 34));
        }
        double msPerPixel = scale.msPerPixel();
        this.layout = items.isEmpty() ? null : FrameLayout.compute(items, scale, bands,
                i -> cardWidth(i, msPerPixel), TimelinePicture::clusterWidth, new int[0],
                FrameLayout.Options.DEFAULT);
    }

    /** Lays out a picture. */
    public static TimelinePicture of(Request request) {
        return new TimelinePicture(request);
    }

    /** The picture's width in pixels. */
    public int width() {
        return request.width();
    }

    /** The picture's height in pixels: as asked, or taller when the bands need it. */
    public int height() {
        return height;
    }

    /** How many events are drawn as cards (the rest are counted in clusters). */
    public int cardCount() {
        return layout == null ? 0 : layout.cardCount();
    }

    private static String label(Swimlane lane, Locale locale) {
        Phrasebook words = Phrasebook.open(TIMELINE_WORDS, Language.of(locale));
        return switch (lane.kind()) {
            case NO_FACTION -> words.get("lane.noFaction");
            case NO_PERSON -> words.get("lane.noPerson");
            case ALL -> words.get("lane.all");
            default -> lane.name() == null ? lane.id() : LocalFormat.of(locale).text(lane.name());
        };
    }

    private boolean withTime(double msPerPixel) {
        return msPerPixel <= 10 * 60_000;
    }

    private double cardWidth(int i, double msPerPixel) {
        String date = EventDates.format(items, i, request.locale(), withTime(msPerPixel));
        double text = Math.max(PictureFont.width(items.title(i, request.locale()), TITLE_SIZE, true),
                PictureFont.width(date, DATE_SIZE, false) + 8);
        return Math.max(MIN_CARD, Math.min(MAX_CARD, text + 2 * CARD_PAD));
    }

    private static double clusterWidth(int count) {
        return count == 1 ? 11 : PictureFont.width(String.valueOf(count), BADGE_SIZE, true) + 14;
    }

    private double bandTop(int g) {
        return HEADER_H + g * bandHeight;
    }

    /** Draws the picture. */
    public void draw(Surface s) {
        PictureColors c = request.colors();
        double w = request.width();
        s.rect(0, 0, w, height, c.background(), 1);
        for (double x : axis.minorX()) {
            s.rect(Math.round(x), HEADER_H, 1, height - HEADER_H, c.grid(), 1);
        }
        for (double x : axis.majorX()) {
            s.rect(Math.round(x), HEADER_H, 1, height - HEADER_H, c.majorGrid(), 1);
        }
        for (int g = 1; g < items.groupCount(); g++) {
            s.rect(0, Math.round(bandTop(g)), w, 1, c.majorGrid(), 1);
        }
        if (layout == null) {
            String empty = Phrasebook.open(TIMELINE_WORDS, Language.of(request.locale())).get("empty.noEvents");
            s.text(empty, w / 2 - PictureFont.width(empty, TITLE_SIZE, false) / 2, HEADER_H + (height - HEADER_H) / 2,
                    TITLE_SIZE, false, c.mutedText(), 1);
        } else {
            drawClusters(s, c);
            drawCards(s, c);
        }
        drawBandLabels(s, c);
        drawHeader(s, c);
    }

    private int colourOf(int i) {
        List<String> palette = items.palette();
        int k = items.colour(i);
        return k >= 0 && k < palette.size() ? readable(parse(palette.get(k))) : request.colors().mutedText();
    }

    /** A faction colour as the screen draws it on this background: at least 3:1 against it. */
    private int readable(int colour) {
        return ColourContrast.readableOn(colour, request.colors().background(), ColourContrast.GRAPHICS);
    }

    private static int parse(String colour) {
        try {
            return Integer.parseInt(colour.replace("#", ""), 16) & 0xffffff;
        } catch (NumberFormatException e) {
            return 0x808080;
        }
    }

    private void drawCards(Surface s, PictureColors c) {
        double msPerPixel = scale.msPerPixel();
        for (int k = 0; k < layout.cardCount(); k++) {
            int i = layout.cardItem(k);
            int g = layout.bands().get(layout.cardBand(k)).group();
            double top = bandTop(g) + LABEL_H + layout.cardLane(k) * ROW_H + CARD_TOP;
            double x0 = layout.cardX(k);
            double xEnd = layout.cardBarEnd(k);
            double cw = layout.cardWidth(k);
            int colour = colourOf(i);
            double alpha = items.isDimmed(i) ? 0.35 : 1;
            if (xEnd > x0 + 1) {
                // A range: a bar under the card as long as the span.
                s.rect(x0, top + CARD_H + 2, xEnd - x0, 3, colour, alpha * 0.7);
            }
            double left = Math.round(x0 >= 0 ? x0 : Math.max(x0, Math.min(0, xEnd - cw)));
            double cardW = Math.round(cw);
            s.rect(left, top, cardW, CARD_H, c.majorGrid(), alpha);
            s.rect(left + 1, top + 1, cardW - 2, CARD_H - 2, PictureColors.mix(c.card(), colour, 0.08), alpha);
            s.rect(left, top + 1, 3, CARD_H - 2, colour, alpha);
            double textX = Math.max(left + CARD_PAD, 6);
            double room = left + cw - 5 - textX;
            if (room > 12) {
                String title = PictureFont.fit(items.title(i, request.locale()), TITLE_SIZE, true, room);
                String date = PictureFont.fit(EventDates.format(items, i, request.locale(), withTime(msPerPixel)),
                        DATE_SIZE, false, room);
                s.text(title, textX, top + 12, TITLE_SIZE, true, c.text(), alpha);
                s.text(date, textX, top + 23, DATE_SIZE, false, c.mutedText(), alpha);
            }
        }
    }

    private void drawClusters(Surface s, PictureColors c) {
        for (FrameLayout.Cluster cl : layout.clusters()) {
            double y = bandTop(cl.group()) + LABEL_H + lanes * ROW_H + 1;
            if (cl.count() == 1) {
                int colour = cl.single() >= 0 ? colourOf(cl.single()) : c.badge();
                s.rect(cl.x() - 4, y + 5, 8, 8, colour, 1);
                continue;
            }
            String n = String.valueOf(cl.count());
            // Whole badges only: a picture has no neighbouring frame to show the cut-off half.
            double bx = Math.max(0, Math.min(request.width() - cl.width(), cl.x() - cl.width() / 2));
            double cx = bx + cl.width() / 2;
            s.rect(bx, y, cl.width(), 18, c.badge(), 1);
            s.text(n, cx - PictureFont.width(n, BADGE_SIZE, true) / 2, y + 13, BADGE_SIZE, true, c.badgeText(), 1);
        }
    }

    private void drawBandLabels(Surface s, PictureColors c) {
        for (int g = 0; g < items.groupCount(); g++) {
            double top = bandTop(g);
            String label = laneLabels[g];
            double lw = PictureFont.width(label, LABEL_SIZE, true);
            String laneColour = items.swimlanes().get(g).color();
            s.rect(4, top + 3, lw + 26, 15, c.background(), 0.85);
            s.rect(9, top + 6, 9, 9, laneColour == null ? c.mutedText() : readable(parse(laneColour)),
                    1);
            s.text(label, 23, top + 15, LABEL_SIZE, true, c.text(), 1);
        }
    }

    private void drawHeader(Surface s, PictureColors c) {
        double w = request.width();
        s.rect(0, 0, w, HEADER_H, c.background(), 1);
        TimelineModel model = request.model();
        int k = 0;
        for (Era era : model.eras()) {
            k++;
            double x0 = scale.toX(era.start().startMillis());
            double x1 = scale.toX(era.end().endMillisExclusive());
            if (x1 < 0 || x0 > w) {
                continue;
            }
            double from = Math.max(0, x0);
            double to = Math.min(w, x1);
            s.rect(from, 0, to - from, ERA_H - 2, PictureColors.mix(c.background(), c.era(), k % 2 == 0 ? 0.55 : 1),
                    1);
            String name = PictureFont.fit(LocalFormat.of(request.locale()).text(era.name()), AXIS_SIZE, false, to - from - 10);
            if (!name.isEmpty()) {
                s.text(name, from + 6, 13, AXIS_SIZE, false, c.mutedText(), 1);
            }
        }
        for (double x : axis.majorX()) {
            s.rect(Math.round(x), ERA_H, 1, AXIS_H, c.majorGrid(), 1);
        }
        for (double x : axis.minorX()) {
            s.rect(Math.round(x), ERA_H + 20, 1, AXIS_H - 20, c.grid(), 1);
        }
        for (Axis.Label label : axis.majorLabels()) {
            s.text(label.text(), label.x(), ERA_H + 15, MAJOR_SIZE, true, c.text(), 1);
        }
        for (Axis.Label label : axis.minorLabels()) {
            s.text(label.text(), label.x(), ERA_H + 32, AXIS_SIZE, false, c.mutedText(), 1);
        }
        s.rect(0, HEADER_H - 1, w, 1, c.majorGrid(), 1);
    }
}
