package dev.faultline.timeline;

/**
 * WCAG 2 contrast between colours ({@code 0xRRGGBB}), and a colour nudged until it reads against a background.
 * Faction colours come from the model and are chosen for one background; drawn on the other theme's canvas they are
 * darkened or lightened just enough for the 3:1 that WCAG asks of graphics, keeping their hue.
 */
public final class ColourContrast {

    /** What WCAG 2.1 (1.4.11) asks of graphical objects against what is next to them. */
    public static final double GRAPHICS = 3.0;
    /** What WCAG 2.1 (1.4.3) asks of normal text. */
    public static final double TEXT = 4.5;

    private ColourContrast() {
    }

    /** Relative luminance, 0 (black) to 1 (white). */
    public static double luminance(int rgb) {
        return 0.2126 * channel((rgb >> 16) & 255) + 0.7152 * channel((rgb >> 8) & 255) + 0.0722 * channel(rgb & 255);
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The contrast ratio, 1 to 21. */
    public static double ratio(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /**
     * The colour, or the least darkened (on a light background) or lightened (on a dark one) mix of it that has at
     * least {@code min} contrast against the background.
     */
    public static int readableOn(int colour, int background, double min) {
        if (ratio(colour, background) >= min) {
            return colour;
        }
        int toward = luminance(background) > 0.18 ? 0x000000 : 0xffffff;
        for (int step = 1; step <= 20; step++) {
            int c = mix(colour, toward, step / 20.0);
            if (ratio(c, background) >= min) {
                return c;
            }
        }
        return toward;
    }

    /** {@code t} = 0 is {@code a}, 1 is {@code b}. */
    public static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 255) * (1 - t) + ((b >> 16) & 255) * t);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - t) + ((b >> 8) & 255) * t);
        int bl = (int) Math.round((a & 255) * (1 - t) + (b & 255) * t);
        return (r << 16) | (g << 8) | bl;
    }
}
