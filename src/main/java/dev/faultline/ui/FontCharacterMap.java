package dev.faultline.ui;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * The code points an OpenType font maps to a glyph, read from its {@code cmap} table (Unicode subtables of formats 4
 * and 12): what the bundled font can draw, so that text can be checked, and emoji it lacks replaced, before they
 * become boxes.
 */
public final class FontCharacterMap {

    private final BitSet mapped;

    private FontCharacterMap(BitSet mapped) {
        this.mapped = mapped;
    }

    /** The map of a font file's bytes. */
    public static FontCharacterMap of(ByteBuffer font) {
        return new FontCharacterMap(read(font));
    }

    /** Whether the font has a glyph for a code point. */
    public boolean has(int codePoint) {
        return mapped.get(codePoint);
    }

    private static BitSet read(ByteBuffer font) {
        int numTables = Short.toUnsignedInt(font.getShort(4));
        int cmapOffset = -1;
        for (int i = 0; i < numTables; i++) {
            int record = 12 + 16 * i;
            String tag = new String(new byte[] {font.get(record), font.get(record + 1), font.get(record + 2),
                    font.get(record + 3)}, StandardCharsets.US_ASCII);
            if (tag.equals("cmap")) {
                cmapOffset = font.getInt(record + 8);
            }
        }
        if (cmapOffset < 0) {
            throw new IllegalStateException("no cmap table");
        }
        BitSet mapped = new BitSet(0x110000);
        int subtables = Short.toUnsignedInt(font.getShort(cmapOffset + 2));
        for (int i = 0; i < subtables; i++) {
            int entry = cmapOffset + 4 + 8 * i;
            int platform = Short.toUnsignedInt(font.getShort(entry));
            int offset = cmapOffset + font.getInt(entry + 4);
            int format = Short.toUnsignedInt(font.getShort(offset));
            if (platform != 0 && platform != 3) {
                continue;
            }
            if (format == 4) {
                int segX2 = Short.toUnsignedInt(font.getShort(offset + 6));
                int ends = offset + 14;
                int starts = ends + segX2 + 2;
                int deltas = starts + segX2;
                int rangeOffsets = deltas + segX2;
                for (int s = 0; s < segX2 / 2; s++) {
                    int end = Short.toUnsignedInt(font.getShort(ends + 2 * s));
                    int start = Short.toUnsignedInt(font.getShort(starts + 2 * s));
                    int delta = font.getShort(deltas + 2 * s);
                    int ro = Short.toUnsignedInt(font.getShort(rangeOffsets + 2 * s));
                    for (int c = start; c <= end && c != 0xFFFF; c++) {
                        int glyph;
                        if (ro == 0) {
                            glyph = (c + delta) & 0xFFFF;
                        } else {
                            int at = rangeOffsets + 2 * s + ro + 2 * (c - start);
                            glyph = Short.toUnsignedInt(font.getShort(at));
                            glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                        }
                        if (glyph != 0) {
                            mapped.set(c);
                        }
                    }
                }
            } else if (format == 12) {
                long groups = Integer.toUnsignedLong(font.getInt(offset + 12));
                for (long g = 0; g < groups; g++) {
                    int at = (int) (offset + 16 + 12 * g);
                    int start = font.getInt(at);
                    int end = font.getInt(at + 4);
                    int glyph = font.getInt(at + 8);
                    for (int c = start; c <= end; c++) {
                        if (glyph + (c - start) != 0) {
                            mapped.set(c);
                        }
                    }
                }
            }
        }
        return mapped;
    }
}
