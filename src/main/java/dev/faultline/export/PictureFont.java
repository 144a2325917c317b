package dev.faultline.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bundled CJK font for Java2D, and text measurement with it. Both picture writers lay out with these widths, so
 * the SVG and the PNG place the same words in the same places. Loading needs no display.
 */
final class PictureFont {

    /** The family the SVG asks for first; the same font the app registers with JavaFX. */
    static final String FAMILY = "Faultline CJK";
    private static final String RESOURCE = "/assets/fonts/FaultlineCJK-Regular.otf";
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static volatile Font base;

    private PictureFont() {
    }

    /** The font at a size; bold is drawn synthetically by Java2D (the subset has one weight). */
    static Font at(double size, boolean bold) {
        return base().deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) size);
    }

    static double width(String text, double size, boolean bold) {
        return at(size, bold).getStringBounds(text, CONTEXT).getWidth();
    }

    /** The longest start of the text, with "…", that fits the width; the whole text when it fits. */
    static String fit(String text, double size, boolean bold, double room) {
        if (width(text, size, bold) <= room) {
            return text;
        }
        int n = text.length();
        while (n > 0 && width(text.substring(0, n) + "…", size, bold) > room) {
            n--;
        }
        return n == 0 ? "" : text.substring(0, n) + "…";
    }

    private static Font base() {
        Font f = base;
        if (f == null) {
            synchronized (PictureFont.class) {
                f = base;
                if (f == null) {
                    f = load();
                    base = f;
                }
            }
        }
        return f;
    }

    private static Font load() {
        try (InputStream in = PictureFont.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
        } catch (IOException | FontFormatException e) {
            // Fall through to the logical font: Latin text still draws; Chinese may not on a machine without CJK.
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }
}
