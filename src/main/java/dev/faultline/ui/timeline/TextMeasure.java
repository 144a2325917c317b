package dev.faultline.ui.timeline;

import dev.faultline.ui.BundledFont;
import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Text widths for one font, fast enough to call for every card of every frame: each character's advance is measured
 * once with a {@link Text} node and cached, and a string's width is the sum (kerning is ignored, which errs by a
 * pixel or two). Also cuts text to a width with an ellipsis.
 */
final class TextMeasure {

    private static final String ELLIPSIS = "…";

    private final Font font;
    private final Font cjk;
    private final Text probe = new Text();
    private final Text cjkProbe = new Text();
    private final float[] advances = new float[0x10000];
    private final double ellipsisWidth;

    TextMeasure(Font font) {
        this(font, null);
    }

    /**
     * A measure whose CJK characters come from {@code cjk} (the bundled CJK font) when given, so Chinese titles draw
     * the same on machines without a system CJK font; Latin text keeps {@code font} (and its bold).
     */
    TextMeasure(Font font, Font cjk) {
        this.font = font;
        this.cjk = cjk;
        probe.setFont(font);
        if (cjk != null) {
            cjkProbe.setFont(cjk);
        }
        Arrays.fill(advances, Float.NaN);
        ellipsisWidth = width(ELLIPSIS);
    }

    Font font() {
        return font;
    }

    /** The font a character is drawn in. */
    Font fontFor(char c) {
        return cjk != null && isCjk(c) ? cjk : font;
    }

    /** Whether a character is drawn in the bundled face (see {@link BundledFont#drawsInBundledFace}). */
    static boolean isCjk(char c) {
        return BundledFont.drawsInBundledFace(c);
    }

    /**
     * Fills a string on a canvas at {@code x} (left) and baseline {@code y}, each run of characters in the font it
     * is measured in, so a canvas {@code fillText} never draws a character in a face that lacks it.
     */
    void fill(GraphicsContext gc, String s, double x, double y) {
        int start = 0;
        double pen = x;
        while (start < s.length()) {
            Font f = fontFor(s.charAt(start));
            int end = start + 1;
            while (end < s.length() && fontFor(s.charAt(end)) == f) {
                end++;
            }
            String run = s.substring(start, end);
            gc.setFont(f);
            gc.fillText(run, pen, y);
            pen += width(run);
            start = end;
        }
    }

    /** The width of a string in this font. */
    double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += advance(s.charAt(i));
        }
        return w;
    }

    /** The advance of one character. */
    double width(char c) {
        return advance(c);
    }

    private double advance(char c) {
        float a = advances[c];
        if (Float.isNaN(a)) {
            if (Character.isWhitespace(c)) {
                // A lone space may measure as nothing; measure it between two letters instead.
                probe.setText("x" + c + "x");
                double with = probe.getLayoutBounds().getWidth();
                probe.setText("xx");
                a = (float) (with - probe.getLayoutBounds().getWidth());
            } else {
                Text p = cjk != null && isCjk(c) ? cjkProbe : probe;
                p.setText(String.valueOf(c));
                a = (float) p.getLayoutBounds().getWidth();
            }
            advances[c] = a;
        }
        return a;
    }

    /** The string, or its longest prefix that fits {@code maxWidth} with an ellipsis, or "" when nothing fits. */
    String fit(String s, double maxWidth) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += advance(s.charAt(i));
            if (w > maxWidth) {
                // Back off until the prefix and the ellipsis fit.
                double room = maxWidth - ellipsisWidth;
                double prefix = 0;
                int end = 0;
                while (end < s.length() && prefix + advance(s.charAt(end)) <= room) {
                    prefix += advance(s.charAt(end));
                    end++;
                }
                return end == 0 ? "" : s.substring(0, end).stripTrailing() + ELLIPSIS;
            }
        }
        return s;
    }

    /** The height of a line of this font. */
    double lineHeight() {
        probe.setText("Hg");
        return probe.getLayoutBounds().getHeight();
    }
}
