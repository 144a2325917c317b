package dev.faultline.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The one place the app makes fonts. The CJK font subset that ships with the app (a renamed subset of Noto Sans CJK
 * TC, OFL) is registered here, and every font the code creates comes from here, so nothing draws a box on a machine
 * without a CJK font (an ArchUnit rule holds every other class to it).
 *
 * <p>Controls get the bundled face through CSS: {@link #STYLESHEET} sets it on {@code .root}, tooltips and menus of
 * every scene (the main window, dialogs, popups). JavaFX CSS takes one family, not a fallback list, so the bundled
 * face is the family there; it has ASCII, Latin-1, punctuation and both Chinese scripts. Canvas text keeps the
 * timeline's (bold-capable) Latin family and draws every other character in the bundled face: see
 * {@link #drawsInBundledFace(char)}.
 */
public final class BundledFont {

    /** The family name inside the subset; renamed so it cannot clash with an installed Noto. */
    public static final String FAMILY = "Faultline CJK";
    /** Where the font sits on the class path. */
    public static final String RESOURCE = "/assets/fonts/FaultlineCJK-Regular.otf";
    /** The stylesheet every scene carries: the bundled face on the root, tooltips and menus. */
    public static final String STYLESHEET = BundledFont.class.getResource("fonts.css").toExternalForm();

    private static final Logger LOG = Logger.getLogger(BundledFont.class.getName());
    private static volatile boolean loaded;
    private static volatile FontCharacterMap characterMap;
    /** The font file read ahead by {@link #prefetch}, until {@link #load} registers it. */
    private static byte[] prefetched;

    private BundledFont() {
    }

    /**
     * Reads the font file and its character map without JavaFX, so that it can run before the toolkit starts, on a
     * thread of its own beside the toolkit's start-up; {@link #load} then only registers the bytes.
     */
    public static synchronized void prefetch() {
        if (loaded || prefetched != null) {
            return;
        }
        prefetched = bytes();
        if (prefetched != null && characterMap == null) {
            characterMap = FontCharacterMap.of(ByteBuffer.wrap(prefetched));
        }
    }

    /**
     * Registers the font with JavaFX (once) and reads its character map. Safe to call off the JavaFX thread, and it
     * should be: reading the 2.6 MB font takes longer than a frame.
     *
     * @return true when the family is available
     */
    public static synchronized boolean load() {
        if (loaded) {
            return true;
        }
        byte[] bytes = prefetched != null ? prefetched : bytes();
        prefetched = null;
        if (bytes == null) {
            return false;
        }
        if (characterMap == null) {
            // From the same bytes, here off the JavaFX thread, before the reader first asks.
            characterMap = FontCharacterMap.of(ByteBuffer.wrap(bytes));
        }
        Font font = Font.loadFont(new ByteArrayInputStream(bytes), 13);
        loaded = font != null && FAMILY.equals(font.getFamily());
        if (!loaded) {
            LOG.warning("bundled font loaded as " + (font == null ? "nothing" : font.getFamily()));
        }
        return loaded;
    }

    /**
     * Whether the family is registered already (without waiting for a {@link #load} under way on another thread):
     * the app shows an English first frame before the font has loaded, and puts {@link #STYLESHEET} on once it has.
     */
    public static boolean isLoaded() {
        return loaded;
    }

    /** What the bundled face can draw (read once from the font file). */
    public static FontCharacterMap characterMap() {
        FontCharacterMap m = characterMap;
        if (m == null) {
            synchronized (BundledFont.class) {
                if (characterMap == null) {
                    byte[] bytes = bytes();
                    characterMap = FontCharacterMap.of(ByteBuffer.wrap(bytes == null ? new byte[0] : bytes));
                }
                m = characterMap;
            }
        }
        return m;
    }

    /**
     * A face of a family for canvas text, at a weight and size; a null or blank family is the platform default.
     * Characters for which {@link #drawsInBundledFace} is true are drawn with {@link #bundled(double)} instead.
     */
    public static Font face(String family, FontWeight weight, double size) {
        String f = family == null || family.isBlank() ? Font.getDefault().getFamily() : family;
        return Font.font(f, weight, size);
    }

    /** The bundled face at a size, or null when it could not be registered (then JavaFX falls back as it can). */
    public static Font bundled(double size) {
        load();
        Font f = Font.font(FAMILY, size);
        return FAMILY.equals(f.getFamily()) ? f : null;
    }

    /**
     * Whether canvas text draws a character in the bundled face rather than the Latin family: everything beyond
     * Latin-1 and general punctuation (which every Latin face has), so Chinese, CJK punctuation, full-width forms
     * and symbols never depend on what the machine has installed.
     */
    public static boolean drawsInBundledFace(char c) {
        return c > 0x00FF && !(c >= 0x2000 && c <= 0x206F) && !(c >= 0x0100 && c <= 0x024F);
    }

    private static byte[] bytes() {
        try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warning("bundled font " + RESOURCE + " not found; Chinese may render as boxes");
                return null;
            }
            return in.readAllBytes();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not read the bundled font", e);
            return null;
        }
    }
}
