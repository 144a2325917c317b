package dev.faultline.ui.timeline;

import dev.faultline.model.PartialDate;
import dev.faultline.text.LocalFormat;
import dev.faultline.timeline.Axis;
import dev.faultline.timeline.EventDates;
import dev.faultline.timeline.FrameLayout;
import dev.faultline.timeline.TimeScale;
import dev.faultline.timeline.TimelineItems;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws one frame onto the canvas: era bands, grid, swimlanes, cards, cluster badges and the axis, in that order, and
 * records where cards and badges went for hit testing. No save/restore and no paths in the loops: plain rectangles,
 * rounded rectangles and text, so a frame of a few hundred cards stays cheap on the software pipeline.
 */
final class TimelinePainter {

    static final double ERA_H = 18;
    static final double AXIS_H = 38;
    static final double CARD_PAD = 8;
    static final double MAX_CARD = 240;
    private static final double MIN_CARD = 54;
    private static final double CARD_TOP = 8;
    private static final double CARD_H = 26;

    /** Everything one frame needs. */
    record Input(double width, double height, TimelineColors colors, TimelineItems items, TimeScale scale, Axis axis,
            FrameLayout layout, BandLayout bands, List<TimelineEra> eras, String[] laneLabels, Color[] laneColors,
            Color[] palette, Locale locale, int[] selected, int hovered, String emptyMessage) {
    }


    private final String family;
    final TextMeasure title;
    final TextMeasure body;
    final TextMeasure badge;
    final TextMeasure bandLabel;
    final TextMeasure axisMajor;
    final TextMeasure axisMinor;
    /** A wide date's width by [with time of day][precision]; 0 = not measured yet. */
    private final double[][] precisionDateWidth = new double[2][4];
    private Locale widthLocale;

    private final java.util.Map<TextMeasure, GlyphAtlas> atlases = new java.util.IdentityHashMap<>();

    /** The glyph atlas of a font in a colour; rebuilt when CSS changes the colour. */
    private GlyphAtlas atlas(TextMeasure measure, Color colour) {
        GlyphAtlas a = atlases.get(measure);
        if (a == null || !a.colour().equals(colour)) {
            a = new GlyphAtlas(measure, colour);
            atlases.put(measure, a);
        }
        return a;
    }

    /** Where the last frame put things, for hit testing. */
    final HitMap hits = new HitMap();

    TimelinePainter(String family) {
        this.family = family;
        title = new TextMeasure(font(FontWeight.BOLD, 12), cjk(12));
        body = new TextMeasure(font(FontWeight.NORMAL, 11), cjk(11));
        badge = new TextMeasure(font(FontWeight.BOLD, 10.5), null);
        bandLabel = new TextMeasure(font(FontWeight.BOLD, 11.5), cjk(11.5));
        axisMajor = new TextMeasure(font(FontWeight.BOLD, 11.5), cjk(11.5));
        axisMinor = new TextMeasure(font(FontWeight.NORMAL, 11), cjk(11));
    }

    /** The bundled CJK font at a size, if the app loaded it; otherwise the system's fallback is used. */
    private static Font cjk(double size) {
        return dev.faultline.ui.BundledFont.bundled(size);
    }

    String family() {
        return family;
    }

    private Font font(FontWeight weight, double size) {
        return dev.faultline.ui.BundledFont.face(family, weight, size);
    }

    /**
     * Card widths already measured for {@link #widthItems}, as floats (0 = not yet): the layout asks for the width of
     * every candidate card of every frame, and summing a title's advances was a twentieth of the JavaFX thread's time
     * per frame in the profile (README, "Where a frame's time goes"). A float per item, made on first use.
     */
    private float[][] cardWidths = new float[2][];
    private TimelineItems widthItems;

    /** A card's width: its title (or date) and padding, within bounds. */
    double cardWidth(TimelineItems items, int i, Locale locale, double msPerPixel) {
        boolean withTime = msPerPixel <= 10 * 60_000;
        if (widthLocale != locale || widthItems != items) {
            widthLocale = locale;
            widthItems = items;
            for (double[] widths : precisionDateWidth) {
                Arrays.fill(widths, 0);
            }
            cardWidths = new float[2][];
        }
        // One set per zoom band (with or without the time of day), so crossing it back and forth, as zooming
        // about ten minutes a pixel does, keeps both instead of making a new array each time.
        int band = withTime ? 1 : 0;
        if (cardWidths[band] == null) {
            cardWidths[band] = new float[items.size()];
        }
        float known = cardWidths[band][i];
        if (known > 0) {
            return known;
        }
        // Kept as a float and returned as kept, so the first frame and later ones lay a card out alike.
        float measured = (float) measureCardWidth(items, i, locale, withTime);
        cardWidths[band][i] = measured;
        return measured;
    }

    private double measureCardWidth(TimelineItems items, int i, Locale locale, boolean withTime) {
        int p = items.precision(i);
        double[] dateWidth = precisionDateWidth[withTime ? 1 : 0];
        if (dateWidth[p] == 0) {
            // Dates of one precision are about equally wide; measure a wide one once instead of formatting each.
            dateWidth[p] = body.width(sampleDate(p == TimelineItems.EXACT && !withTime
                    ? TimelineItems.DAY : p, locale)) + 8;
        }
        double text = Math.max(title.width(items.title(i, locale)), dateWidth[p]);
        return Math.max(MIN_CARD, Math.min(MAX_CARD, text + 2 * CARD_PAD));
    }

    private static String sampleDate(int precision, Locale locale) {
        // A wide date of each precision, in the words the cards use.
        LocalFormat f = LocalFormat.of(locale);
        PartialDate wide = PartialDate.ofDay(2023, 12, 28);
        return f.approximateShort(switch (precision) {
            case TimelineItems.EXACT -> f.dateTime(java.time.LocalDateTime.of(2023, 12, 28, 23, 59));
            case TimelineItems.MONTH -> f.date(PartialDate.ofMonth(2023, 12));
            case TimelineItems.YEAR -> f.date(PartialDate.ofYear(2023));
            default -> f.date(wide);
        });
    }

    /**
     * Date labels by zoom band and item (null = not yet), without boxing each index into a map key as every card of
     * every frame did; at most {@link #DATES_KEPT} are kept, as the map before kept.
     */
    private String[][] dates = new String[2][];
    private int datesKept;
    private static final int DATES_KEPT = 100_000;
    private TimelineItems datesItems;
    private Locale datesLocale;

    /**
     * An item's date label, remembered while the same items, locale and zoom band are shown (cards last many
     * frames). Times of day show only when a day is wider than about a card (under ten minutes a pixel).
     */
    String dateOf(TimelineItems items, int i, Locale locale, double msPerPixel) {
        boolean withTime = msPerPixel <= 10 * 60_000;
        if (items != datesItems || locale != datesLocale || datesKept > DATES_KEPT) {
            dates = new String[2][];
            datesKept = 0;
            datesItems = items;
            datesLocale = locale;
        }
        int band = withTime ? 1 : 0;
        if (dates[band] == null) {
            dates[band] = new String[items.size()];
        }
        String d = dates[band][i];
        if (d == null) {
            d = EventDates.format(items, i, locale, withTime);
            dates[band][i] = d;
            datesKept++;
        }
        return d;
    }

    /** How much of a band's first lane its name takes, from the left edge. */
    double labelReserve(String label) {
        return bandLabel.width(label) + 34;
    }

    /** Badge widths of the small counts, which are most of them; measured once. */
    private final double[] smallCountWidths = new double[SMALL_COUNTS];

    /** A badge's width for a count: a dot for one event. */
    double clusterWidth(int count) {
        if (count == 1) {
            return 11;
        }
        if (count < SMALL_COUNTS) {
            double w = smallCountWidths[count];
            if (w == 0) {
                w = badge.width(countLabel(count)) + 14;
                smallCountWidths[count] = w;
            }
            return w;
        }
        return badge.width(countLabel(count)) + 14;
    }

    /** Counts below this have their label and width kept: a frame has hundreds of badges, every frame. */
    private static final int SMALL_COUNTS = 1000;
    private static final String[] SMALL_COUNT_LABELS = new String[SMALL_COUNTS];

    static {
        for (int i = 0; i < SMALL_COUNTS; i++) {
            SMALL_COUNT_LABELS[i] = Integer.toString(i);
        }
    }

    /** A count as a badge shows it: 7, 999, 1.2k, 12k, 1.2M (rounded half up, without a Formatter per badge). */
    static String countLabel(int count) {
        if (count >= 0 && count < SMALL_COUNTS) {
            return SMALL_COUNT_LABELS[count];
        }
        if (count < 0) {
            return Integer.toString(count);
        }
        if (count < 9_950) {
            return tenths(count, 1000) + "k";
        } else if (count < 999_500) {
            return (count + 500) / 1000 + "k";
        }
        return tenths(count, 1_000_000) + "M";
    }

    /** {@code count / unit} to one decimal, rounded half up. */
    private static String tenths(int count, int unit) {
        long t = (count * 10L + unit / 2) / unit;
        return t / 10 + "." + t % 10;
    }

    /**
     * Makes every glyph atlas for these colours (on the JavaFX thread: glyphs are rendered by snapshot). Called when
     * the view first shows, not when the first data arrives; after it, painting ASCII text needs no JavaFX thread.
     */
    void prepare(TimelineColors c) {
        atlas(title, c.text());
        atlas(body, c.mutedText());
        atlas(badge, c.badgeText());
        atlas(bandLabel, c.text());
        atlas(axisMinor, c.mutedText());
        atlas(axisMajor, c.text());
    }

    /**
     * Where this frame's cards and badges go: the layout engine with this painter's text widths, each lane's name
     * keeping its room at the left.
     */
    FrameLayout layOut(TimelineItems items, TimeScale scale, BandLayout bands, String[] laneLabels, Locale locale,
            int[] selected) {
        double[] reserve = new double[laneLabels.length];
        for (int g = 0; g < reserve.length; g++) {
            reserve[g] = labelReserve(laneLabels[g]);
        }
        double msPerPixel = scale.msPerPixel();
        return FrameLayout.compute(items, scale, bands.visibleBands(reserve),
                i -> cardWidth(items, i, locale, msPerPixel), this::clusterWidth, selected,
                FrameLayout.Options.DEFAULT);
    }

    /**
     * An era's name as it fits its band: whole; else without a leading "The "; else cut with an ellipsis while a few
     * characters stay; else nothing (hovering the band names it). Never a lone letter and a dot.
     */
    String eraLabel(String name, double room) {
        if (axisMinor.width(name) <= room) {
            return name;
        }
        String shorter = name.regionMatches(true, 0, "The ", 0, 4) ? name.substring(4) : name;
        if (axisMinor.width(shorter) <= room) {
            return shorter;
        }
        String cut = axisMinor.fit(shorter, room);
        int kept = cut.isEmpty() ? 0 : cut.codePointCount(0, cut.length()) - 1;
        boolean wide = !shorter.isEmpty() && Character.isIdeographic(shorter.codePointAt(0));
        return kept >= (wide ? 2 : 4) ? cut : "";
    }

    void paint(GraphicsContext gc, Input in) {
        TimelineColors c = in.colors();
        prepare(c);
        double w = in.width();
        double h = in.height();
        hits.clear();
        gc.setGlobalAlpha(1);
        gc.setLineDashes((double[]) null);
        // No clearing fill over the whole canvas first: every pixel of the body gets exactly one opaque fill in
        // paintBackgrounds and the header one in paintAxis. A full fill under them was one more pass over the
        // canvas's 1.2 million pixels on the render thread per frame (README, "Where a frame's time goes").
        double headerBottom = ERA_H + AXIS_H;

        paintBackgrounds(gc, in, headerBottom);
        paintGrid(gc, in, headerBottom);
        if (in.layout() != null) {
            paintClusters(gc, in);
            paintCards(gc, in);
        }
        paintBandLabels(gc, in);
        paintAxis(gc, in);
        if (in.emptyMessage() != null) {
            gc.setFill(c.mutedText());
            gc.setTextAlign(TextAlignment.LEFT);
            // Drawn run by run, so its Chinese comes from the bundled face, not boxes.
            bandLabel.fill(gc, in.emptyMessage(), Math.round(w / 2 - bandLabel.width(in.emptyMessage()) / 2),
                    headerBottom + (h - headerBottom) / 2);
        }
    }

    /**
     * Era columns and band stripes, as opaque rectangles in colours mixed beforehand, that tile the body below the
     * header: every pixel is filled exactly once, never blended and never painted over by another background
     * (blending full-height rectangles costs milliseconds in software, and so did a background under the stripes).
     */
    private void paintBackgrounds(GraphicsContext gc, Input in, double headerBottom) {
        TimeScale s = in.scale();
        TimelineColors c = in.colors();
        double w = in.width();
        double h = in.height();
        BandLayout bands = in.bands();
        List<FrameLayout.Band> visible = bands.visibleBands();
        // Columns: era spans (alternating strength) and the gaps between them.
        double[] from = new double[in.eras().size() * 2 + 1];
        double[] to = new double[from.length];
        Color[] colour = new Color[from.length];
        int n = 0;
        double cursor = 0;
        int k = 0;
        for (TimelineEra era : in.eras()) {
            k++;
            double x0 = Math.max(cursor, Math.round(s.toX(era.start())));
            double x1 = Math.min(w, Math.round(s.toX(era.end())));
            if (x1 <= 0 || x0 >= w || x1 <= x0) {
                continue;
            }
            if (x0 > cursor) {
                from[n] = cursor;
                to[n] = x0;
                colour[n++] = c.background();
            }
            from[n] = x0;
            to[n] = x1;
            colour[n++] = c.background().interpolate(c.era(), k % 2 == 0 ? 0.55 : 1);
            cursor = x1;
        }
        if (cursor < w) {
            from[n] = cursor;
            to[n] = w;
            colour[n++] = c.background();
        }
        for (int col = 0; col < n; col++) {
            Color base = colour[col];
            Color odd = base.interpolate(c.grid(), 0.35);
            double x = from[col];
            double cw = to[col] - from[col];
            // Down the column: the bands in order (tops ascending), base colour wherever no band is.
            double done = headerBottom;
            for (FrameLayout.Band band : visible) {
                // Whole pixels: a fractional edge would be blended with what the last frame left there.
                double top = Math.max(done, Math.round(bands.bandTop(band.group())));
                double bottom = Math.min(h, Math.round(bands.bandTop(band.group()) + bands.bandHeight()));
                if (bottom <= top) {
                    continue;
                }
                if (top > done) {
                    gc.setFill(base);
                    gc.fillRect(x, done, cw, top - done);
                }
                gc.setFill(band.group() % 2 == 1 ? odd : base);
                gc.fillRect(x, top, cw, bottom - top);
                done = bottom;
            }
            if (done < h) {
                gc.setFill(base);
                gc.fillRect(x, done, cw, h - done);
            }
            if (col > 0 && from[col] > 0) {
                gc.setFill(c.majorGrid());
                gc.fillRect(from[col], headerBottom, 1, h - headerBottom);
            }
        }
        gc.setFill(c.majorGrid());
        for (FrameLayout.Band band : visible) {
            double y = Math.round(bands.bandTop(band.group()) + bands.bandHeight()) - 1;
            if (y > headerBottom) {
                gc.fillRect(0, y, w, 1);
            }
        }
    }

    private void paintGrid(GraphicsContext gc, Input in, double headerBottom) {
        Axis axis = in.axis();
        gc.setFill(in.colors().grid());
        for (double x : axis.minorX()) {
            if (x >= 0 && x <= in.width()) {
                gc.fillRect(Math.round(x), headerBottom, 1, in.height() - headerBottom);
            }
        }
        gc.setFill(in.colors().majorGrid());
        for (double x : axis.majorX()) {
            if (x >= 0 && x <= in.width()) {
                gc.fillRect(Math.round(x), ERA_H, 1, in.height() - ERA_H);
            }
        }
    }

    private Color lastTintBase;
    private Color lastTintColour;
    private Color lastTint;

    /** The card fill: the card colour with a tenth of the faction's, cached for runs of one faction. */
    private Color tint(Color base, Color colour) {
        if (base != lastTintBase || colour != lastTintColour) {
            lastTintBase = base;
            lastTintColour = colour;
            lastTint = base.interpolate(colour, 0.10);
        }
        return lastTint;
    }

    private Color colourOf(Input in, int item) {
        int k = in.items().colour(item);
        return k < 0 || k >= in.palette().length ? in.colors().mutedText() : in.palette()[k];
    }

    private void paintCards(GraphicsContext gc, Input in) {
        FrameLayout layout = in.layout();
        TimelineItems items = in.items();
        BandLayout bands = in.bands();
        TimelineColors c = in.colors();
        double headerBottom = ERA_H + AXIS_H;
        GlyphAtlas titleText = atlas(title, c.text());
        GlyphAtlas dateText = atlas(body, c.mutedText());
        for (int k = 0; k < layout.cardCount(); k++) {
            int i = layout.cardItem(k);
            int g = layout.bands().get(layout.cardBand(k)).group();
            double y = bands.laneTop(g, layout.cardLane(k));
            if (y + BandLayout.ROW_H < headerBottom || y > in.height()) {
                continue;
            }
            double x0 = layout.cardX(k);
            double xEnd = layout.cardBarEnd(k);
            double cw = layout.cardWidth(k);
            Color colour = colourOf(in, i);
            boolean selected = Arrays.binarySearch(in.selected(), i) >= 0;
            boolean dimmed = items.isDimmed(i) && !selected;
            gc.setGlobalAlpha(dimmed ? 0.35 : 1);

            paintBar(gc, items, i, x0, xEnd, y, colour);

            double top = y + CARD_TOP;
            // A card whose start has scrolled off the left edge slides along its bar, so its title stays readable.
            double bodyX = x0 >= 0 ? x0 : Math.max(x0, Math.min(0, xEnd - cw));
            if (selected) {
                // The one rounded, anti-aliased shape per frame: a glow around the selection.
                gc.setStroke(c.accent());
                gc.setGlobalAlpha(0.28);
                gc.setLineWidth(6);
                gc.strokeRoundRect(bodyX - 1, top - 1, cw + 2, CARD_H + 2, 8, 8);
                gc.setGlobalAlpha(dimmed ? 0.35 : 1);
            }
            // Plain rectangles only: the software pipeline fills them directly, where rounded or stroked shapes
            // go through the path rasterizer. The border is its four edges around the body, not a rectangle under
            // it: that filled each card's area twice, a quarter of the canvas's pixels again in a busy frame.
            double left = Math.round(bodyX);
            double w = Math.round(cw);
            double ring = selected ? 2 : 1;
            gc.setFill(selected ? c.accent() : i == in.hovered() ? c.mutedText() : c.majorGrid());
            double outer = left + 1 - ring;
            double outerW = w - 2 + 2 * ring;
            gc.fillRect(outer, top + 1 - ring, outerW, ring);
            gc.fillRect(outer, top + CARD_H - 1, outerW, ring);
            if (selected) {
                // The faction stripe covers the inner column of the left edge; the outer one is the ring's.
                gc.fillRect(outer, top + 1, 1, CARD_H - 2);
            }
            gc.fillRect(left + w - 1, top + 1, ring, CARD_H - 2);
            gc.setFill(tint(c.card(), colour));
            gc.fillRect(left + 3, top + 1, w - 4, CARD_H - 2);
            gc.setFill(colour);
            gc.fillRect(left, top + 1, 3, CARD_H - 2);

            double textX = Math.max(bodyX + CARD_PAD, 6);
            double room = bodyX + cw - 5 - textX;
            if (room > 12) {
                titleText.draw(gc, title.fit(items.title(i, in.locale()), room), textX, top + 12);
                dateText.draw(gc, body.fit(dateOf(items, i, in.locale(), in.scale().msPerPixel()), room), textX, top + 23);
            }
            gc.setGlobalAlpha(1);
            double hitLeft = Math.min(bodyX, x0);
            hits.addCard(i, hitLeft, y, Math.max(bodyX + cw, xEnd) - hitLeft, BandLayout.ROW_H - 2);
        }
    }

    /**
     * The time bar above a card. Day-exact spans are solid; month- and year-precision dates fade across the whole
     * month or year under a dashed outline, so they never look day-exact; inferred dates are dashed too.
     */
    private void paintBar(GraphicsContext gc, TimelineItems items, int i, double x0, double xEnd, double y,
            Color colour) {
        double top = y + 1;
        double barH = 5;
        byte precision = items.precision(i);
        boolean vague = precision == TimelineItems.MONTH || precision == TimelineItems.YEAR;
        double width = xEnd - x0;
        if (vague && width >= 3) {
            double strength = precision == TimelineItems.YEAR ? 0.35 : 0.55;
            gc.setFill(new LinearGradient(x0, 0, xEnd, 0, false, CycleMethod.NO_CYCLE,
                    new Stop(0, colour.deriveColor(0, 1, 1, strength)),
                    new Stop(0.5, colour.deriveColor(0, 1, 1, strength * 0.6)),
                    new Stop(1, colour.deriveColor(0, 1, 1, 0.06))));
            gc.fillRect(x0, top, width, barH);
            gc.setStroke(colour);
            gc.setLineWidth(1);
            gc.setLineDashes(3, 3);
            gc.strokeRect(x0 + 0.5, top + 0.5, width - 1, barH - 1);
            gc.setLineDashes((double[]) null);
        } else if (width >= 2) {
            if (items.isApproximate(i)) {
                gc.setFill(colour.deriveColor(0, 1, 1, 0.35));
                gc.fillRect(x0, top, width, barH);
                gc.setStroke(colour);
                gc.setLineWidth(1);
                gc.setLineDashes(3, 3);
                gc.strokeRect(x0 + 0.5, top + 0.5, width - 1, barH - 1);
                gc.setLineDashes((double[]) null);
            } else {
                gc.setFill(colour);
                gc.fillRect(x0, top, width, barH);
            }
        } else {
            // An instant, or a day narrower than two pixels: a tick where the card starts.
            gc.setFill(colour);
            gc.fillRect(x0 - 1, top - 1, 3, barH + 3);
        }
    }

    private void paintClusters(GraphicsContext gc, Input in) {
        FrameLayout layout = in.layout();
        BandLayout bands = in.bands();
        TimelineColors c = in.colors();
        TimeScale s = in.scale();
        double headerBottom = ERA_H + AXIS_H;
        GlyphAtlas badgeText = atlas(badge, c.badgeText());
        for (FrameLayout.Cluster cluster : layout.clusters()) {
            double y = bands.clusterRowTop(cluster.group()) + 1;
            if (y + 18 < headerBottom || y > in.height()) {
                continue;
            }
            double cy = y + 9;
            if (cluster.count() == 1) {
                // A dot: two crossed rectangles read as a small rounded square and cost two plain fills.
                Color colour = cluster.single() >= 0 ? colourOf(in, cluster.single()) : c.mutedText();
                double dx = Math.round(Math.max(6, Math.min(in.width() - 6, cluster.x())));
                gc.setFill(c.background());
                gc.fillRect(dx - 5, cy - 4, 10, 8);
                gc.fillRect(dx - 4, cy - 5, 8, 10);
                gc.setFill(colour);
                gc.fillRect(dx - 4, cy - 3, 8, 6);
                gc.fillRect(dx - 3, cy - 4, 6, 8);
                hits.addCluster(cluster, dx - 6, y, 12, 18);
                continue;
            }
            double from = Math.max(0, s.toX(cluster.from()));
            double to = Math.min(in.width(), s.toX(cluster.to()));
            Color laneColour = in.laneColors()[cluster.group()];
            if (to - from > cluster.width()) {
                gc.setFill(laneColour == null ? c.mutedText() : laneColour);
                gc.setGlobalAlpha(0.22);
                gc.fillRect(from, cy - 1.5, to - from, 3);
                gc.setGlobalAlpha(1);
            }
            double bw = Math.round(cluster.width());
            // Badges stay whole on screen, also for events that began left of it.
            double bx = Math.round(Math.max(1, Math.min(in.width() - bw - 1, cluster.x() - bw / 2)));
            gc.setFill(c.badge());
            gc.fillRect(bx + 1, y, bw - 2, 18);
            gc.fillRect(bx, y + 1, bw, 16);
            if (laneColour != null) {
                gc.setFill(laneColour);
                gc.fillRect(bx + 2, y + 15, bw - 4, 2);
            }
            gc.setFill(c.badgeText());
            String label = countLabel(cluster.count());
            badgeText.draw(gc, label, bx + Math.round((bw - badge.width(label)) / 2), cy + 4);
            hits.addCluster(cluster, bx, y, bw, 18);
        }
    }

    private void paintBandLabels(GraphicsContext gc, Input in) {
        BandLayout bands = in.bands();
        double headerBottom = ERA_H + AXIS_H;
        GlyphAtlas labelText = atlas(bandLabel, in.colors().text());
        for (FrameLayout.Band band : bands.visibleBands()) {
            double top = bands.bandTop(band.group());
            if (top + 18 < headerBottom) {
                continue;
            }
            String label = in.laneLabels()[band.group()];
            double lw = bandLabel.width(label);
            Color colour = in.laneColors()[band.group()];
            gc.setFill(in.colors().background());
            gc.setGlobalAlpha(0.85);
            gc.fillRect(4, top + 3, lw + 26, 15);
            gc.setGlobalAlpha(1);
            gc.setFill(colour == null ? in.colors().mutedText() : colour);
            gc.fillRect(9, top + 6, 9, 9);
            labelText.draw(gc, label, 23, top + 15);
        }
    }

    private void paintAxis(GraphicsContext gc, Input in) {
        TimelineColors c = in.colors();
        double w = in.width();
        TimeScale s = in.scale();
        gc.setFill(c.background());
        gc.fillRect(0, 0, w, ERA_H + AXIS_H);

        // Era names, pinned to the left edge while their era is on screen.
        GlyphAtlas minorText = atlas(axisMinor, c.mutedText());
        GlyphAtlas majorText = atlas(axisMajor, c.text());
        int k = 0;
        for (TimelineEra era : in.eras()) {
            k++;
            double x0 = s.toX(era.start());
            double x1 = s.toX(era.end());
            if (x1 < 0 || x0 > w) {
                continue;
            }
            gc.setFill(c.background().interpolate(c.era(), k % 2 == 0 ? 0.55 : 1));
            gc.fillRect(Math.max(0, x0), 0, Math.min(w, x1) - Math.max(0, x0), ERA_H - 2);
            double lx = Math.max(x0, 0) + 6;
            String label = eraLabel(era.label(), Math.min(w, x1) - lx - 4);
            if (!label.isEmpty()) {
                minorText.draw(gc, label, lx, 13);
            }
        }

        Axis axis = in.axis();
        double majorBase = ERA_H + 15;
        double minorBase = ERA_H + 32;
        gc.setFill(c.majorGrid());
        for (double x : axis.majorX()) {
            gc.fillRect(Math.round(x), ERA_H, 1, AXIS_H);
        }
        gc.setFill(c.grid());
        for (double x : axis.minorX()) {
            gc.fillRect(Math.round(x), ERA_H + 20, 1, AXIS_H - 20);
        }
        for (Axis.Label label : axis.majorLabels()) {
            majorText.draw(gc, label.text(), label.x(), majorBase);
        }
        for (Axis.Label label : axis.minorLabels()) {
            minorText.draw(gc, label.text(), label.x(), minorBase);
        }
        gc.setFill(c.majorGrid());
        gc.fillRect(0, ERA_H + AXIS_H - 1, w, 1);
    }
}
