package dev.faultline.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;

/**
 * Renders a {@link TimelinePicture} with Java2D into an image at a scale (1 for screen pixels, 2 for twice as many),
 * and writes it as PNG. Java2D draws into a {@link BufferedImage} without a display, so the command line needs none.
 */
public final class PngPicture {

    private PngPicture() {
    }

    /** The picture as an image, {@code scale} image pixels per picture pixel. */
    public static BufferedImage render(TimelinePicture picture, int scale) {
        if (scale < 1 || scale > 4) {
            throw new IllegalArgumentException("scale must be 1 to 4, not " + scale);
        }
        BufferedImage image = new BufferedImage(picture.width() * scale, picture.height() * scale,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            picture.draw(new TimelinePicture.Surface() {
                @Override
                public void rect(double x, double y, double w, double h, int rgb, double alpha) {
                    g.setColor(colour(rgb, alpha));
                    g.fill(new Rectangle2D.Double(x, y, w, h));
                }

                @Override
                public void text(String text, double x, double y, double size, boolean bold, int rgb, double alpha) {
                    g.setColor(colour(rgb, alpha));
                    g.setFont(PictureFont.at(size, bold));
                    g.drawString(text, (float) x, (float) y);
                }
            });
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the picture as PNG. */
    public static void write(TimelinePicture picture, int scale, OutputStream out) throws IOException {
        if (!ImageIO.write(render(picture, scale), "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    private static Color colour(int rgb, double alpha) {
        return new Color((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255, (int) Math.round(alpha * 255));
    }
}
