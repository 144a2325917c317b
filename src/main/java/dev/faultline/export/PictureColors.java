package dev.faultline.export;

/**
 * The colours a timeline picture is drawn in, as {@code 0xRRGGBB}: the same roles as the timeline's {@code -tl-*}
 * CSS properties. The app passes the colours its view has from CSS; the command line, which has no CSS engine, uses
 * {@link #LIGHT} or {@link #DARK}, which a test holds equal to the stylesheet's values.
 */
public record PictureColors(int background, int text, int mutedText, int grid, int majorGrid, int accent, int card,
        int badge, int badgeText, int era) {

    /** The light theme's timeline colours. */
    public static final PictureColors LIGHT = new PictureColors(0xfbfaf7, 0x1f2328, 0x656d76, 0xece8e1, 0xd6d0c5,
            0x1f6feb, 0xffffff, 0x3d444d, 0xffffff, 0xf1ebdf);

    /** The dark theme's timeline colours. */
    public static final PictureColors DARK = new PictureColors(0x17191c, 0xe6e8eb, 0xa0a7b0, 0x262a2f, 0x3a4048,
            0x58a6ff, 0x22262b, 0xc9d1d9, 0x17191c, 0x23262b);

    /** {@code #rrggbb}. */
    public static String hex(int rgb) {
        return String.format("#%06x", rgb & 0xffffff);
    }

    /** A mix of two colours: {@code t} = 0 is {@code a}, 1 is {@code b}. */
    public static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 255) * (1 - t) + ((b >> 16) & 255) * t);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - t) + ((b >> 8) & 255) * t);
        int bl = (int) Math.round((a & 255) * (1 - t) + (b & 255) * t);
        return (r << 16) | (g << 8) | bl;
    }
}
