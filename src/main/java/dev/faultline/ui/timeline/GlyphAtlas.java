package dev.faultline.ui.timeline;

import java.util.Arrays;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Text drawn on the canvas from pre-rendered glyphs of one font in one colour. Canvas {@code fillText} lays each
 * string out again on the render thread every frame (bidi analysis, runs, lines), which made text most of a frame's
 * cost in software rendering; copying glyph images costs about a third. Glyphs are rendered by JavaFX itself (a canvas
 * snapshot of the missing characters, in batches), so they look as text does elsewhere; glyph positions are rounded
 * to whole pixels, as JavaFX does for grey-scale text. Advances are those of {@link TextMeasure}, so widths measured
 * for layout are exactly the widths drawn.
 */
final class GlyphAtlas {

    private static final int PAD = 2;
    private static final int WIDTH = 1024;

    private final Font font;
    private final Color colour;
    private final TextMeasure measure;
    private final int cellHeight;
    private final double ascent;
    private final int[] slotX = new int[0x10000];
    private final int[] slotY = new int[0x10000];
    private final int[] slotW = new int[0x10000];
    /**
     * Where a glyph's ink lies in its slot, packed as x, y, width, height (a byte each; 0 = no ink). Only that part
     * is copied: the software renderer's cost for an image is per pixel, and a slot's padding and the room for
     * taller CJK glyphs made a Latin glyph's slot about twice its ink (README, "Where a frame's time goes").
     */
    private final int[] ink = new int[0x10000];
    private WritableImage image;
    private int penX;
    private int penY;

    GlyphAtlas(TextMeasure measure, Color colour) {
        this.measure = measure;
        this.font = measure.font();
        this.colour = colour;
        Text probe = new Text("Hg");
        probe.setFont(font);
        probe.setTextOrigin(VPos.BASELINE);
        double up = -probe.getLayoutBounds().getMinY();
        double down = probe.getLayoutBounds().getMaxY();
        probe.setFont(measure.fontFor('中'));
        probe.setText("中");
        up = Math.max(up, -probe.getLayoutBounds().getMinY());
        down = Math.max(down, probe.getLayoutBounds().getMaxY());
        ascent = Math.ceil(up);
        cellHeight = (int) Math.ceil(ascent + down) + 2 * PAD;
        Arrays.fill(slotW, -1);
        image = new WritableImage(WIDTH, cellHeight * 4);
        StringBuilder ascii = new StringBuilder();
        for (char c = 32; c < 127; c++) {
            ascii.append(c);
        }
        ensure(ascii + "–—…~·×");
    }

    Font font() {
        return font;
    }

    Color colour() {
        return colour;
    }

    TextMeasure measure() {
        return measure;
    }

    /**
     * Draws {@code text} with its baseline at {@code y}, starting at {@code x}; returns the x after it. (Composing
     * whole strings into cached images was tried and measured slower: strings change often while zooming, and each
     * new image costs more to make and upload than the glyph copies it saves.)
     */
    double draw(GraphicsContext gc, String text, double x, double y) {
        ensure(text);
        double pen = x;
        double top = Math.round(y - ascent) - PAD;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int box = ink[c];
            if (box != 0 && slotW[c] > 0 && !Character.isWhitespace(c)) {
                int ix = box >>> 24;
                int iy = (box >>> 16) & 0xff;
                int iw = (box >>> 8) & 0xff;
                int ih = box & 0xff;
                gc.drawImage(image, slotX[c] + ix, slotY[c] + iy, iw, ih, Math.round(pen) - PAD + ix, top + iy, iw,
                        ih);
            }
            pen += measure.width(c);
        }
        return pen;
    }

    /** Renders every character of {@code text} not in the atlas yet, in one snapshot. */
    void ensure(String text) {
        StringBuilder missing = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (slotW[c] < 0 && (missing == null || missing.indexOf(String.valueOf(c)) < 0)) {
                if (missing == null) {
                    missing = new StringBuilder();
                }
                missing.append(c);
            }
        }
        if (missing != null) {
            render(missing.toString());
        }
    }

    /** The smallest box of a slot holding every pixel that is not wholly transparent, packed as in {@link #ink}. */
    static int inkBox(javafx.scene.image.PixelReader pixels, int x, int y, int w, int h) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int row = 0; row < h; row++) {
            for (int col = 0; col < w; col++) {
                if ((pixels.getArgb(x + col, y + row) >>> 24) != 0) {
                    minX = Math.min(minX, col);
                    maxX = Math.max(maxX, col);
                    minY = Math.min(minY, row);
                    maxY = Math.max(maxY, row);
                }
            }
        }
        if (maxX < 0) {
            return 0;
        }
        return Math.min(255, minX) << 24 | Math.min(255, minY) << 16 | Math.min(255, maxX - minX + 1) << 8
                | Math.min(255, maxY - minY + 1);
    }

    /** The ink box of a character drawn before, as {@code {x, y, width, height}} within its slot; null if none. */
    int[] inkOf(char c) {
        int box = ink[c];
        return box == 0 ? null : new int[] {box >>> 24, (box >>> 16) & 0xff, (box >>> 8) & 0xff, box & 0xff};
    }

    /** The size of a character's slot, {@code {width, height}}: its advance, padding and the line's full height. */
    int[] slotOf(char c) {
        return slotW[c] < 0 ? null : new int[] {slotW[c], cellHeight};
    }

    private void render(String chars) {
        // Lay the new glyphs out in the atlas, growing it by rows as needed.
        int[] x = new int[chars.length()];
        int[] y = new int[chars.length()];
        int[] w = new int[chars.length()];
        for (int i = 0; i < chars.length(); i++) {
            w[i] = (int) Math.ceil(measure.width(chars.charAt(i))) + 2 * PAD;
            if (penX + w[i] > WIDTH) {
                penX = 0;
                penY += cellHeight;
            }
            x[i] = penX;
            y[i] = penY;
            penX += w[i];
        }
        int rowsNeeded = penY + cellHeight;
        if (rowsNeeded > image.getHeight()) {
            WritableImage bigger = new WritableImage(WIDTH, Math.max(rowsNeeded, (int) image.getHeight() * 2));
            bigger.getPixelWriter().setPixels(0, 0, WIDTH, (int) image.getHeight(), image.getPixelReader(), 0, 0);
            image = bigger;
        }

        int top = y[0];
        int height = y[y.length - 1] + cellHeight - top;
        Canvas scratch = new Canvas(WIDTH, height);
        GraphicsContext g = scratch.getGraphicsContext2D();
        g.setFill(colour);
        g.setTextBaseline(VPos.BASELINE);
        for (int i = 0; i < chars.length(); i++) {
            g.setFont(measure.fontFor(chars.charAt(i)));
            g.fillText(String.valueOf(chars.charAt(i)), x[i] + PAD, y[i] - top + PAD + ascent);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        WritableImage shot = scratch.snapshot(params, null);
        // Copy only the new slots: the rows may hold glyphs from earlier batches.
        for (int i = 0; i < chars.length(); i++) {
            image.getPixelWriter().setPixels(x[i], y[i], w[i], cellHeight, shot.getPixelReader(), x[i], y[i] - top);

            char c = chars.charAt(i);
            slotX[c] = x[i];
            slotY[c] = y[i];
            slotW[c] = w[i];
            ink[c] = inkBox(shot.getPixelReader(), x[i], y[i] - top, w[i], cellHeight);
        }
    }
}
