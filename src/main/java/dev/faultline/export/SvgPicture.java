package dev.faultline.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes a {@link TimelinePicture} as SVG: rectangles and {@code <text>} elements, so the words stay searchable. */
public final class SvgPicture {

    private SvgPicture() {
    }

    public static void write(TimelinePicture picture, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"'%s', 'Noto Sans CJK TC', 'Noto Sans', sans-serif\">\n",
                picture.width(), picture.height(), picture.width(), picture.height(), PictureFont.FAMILY));
        picture.draw(new TimelinePicture.Surface() {
            @Override
            public void rect(double x, double y, double w, double h, int rgb, double alpha) {
                if (w <= 0 || h <= 0) {
                    return;
                }
                sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                        + "fill=\"%s\"%s/>\n", x, y, w, h, PictureColors.hex(rgb), opacity(alpha)));
            }

            @Override
            public void text(String text, double x, double y, double size, boolean bold, int rgb, double alpha) {
                sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.0f\"%s fill=\"%s\"%s>",
                        x, y, size, bold ? " font-weight=\"bold\"" : "", PictureColors.hex(rgb), opacity(alpha)));
                escape(text, sb);
                sb.append("</text>\n");
            }
        });
        sb.append("</svg>\n");
        out.write(sb.toString());
        out.flush();
    }

    private static String opacity(double alpha) {
        return alpha >= 1 ? "" : String.format(Locale.ROOT, " fill-opacity=\"%.2f\"", alpha);
    }

    private static void escape(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    // Control characters are not allowed in XML 1.0.
                    if (c >= 0x20 || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
    }
}
