package dev.faultline.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.text.Font;

/**
 * The CJK font subset that ships with the app (a renamed subset of Noto Sans CJK TC, OFL). A fresh machine has no
 * CJK font, so without it every Chinese character would draw as a box.
 */
public final class BundledFont {

    /** The family name inside the subset; renamed so it cannot clash with an installed Noto. */
    public static final String FAMILY = "Faultline CJK";
    /** Where the font sits on the class path. */
    public static final String RESOURCE = "/assets/fonts/FaultlineCJK-Regular.otf";

    private static final Logger LOG = Logger.getLogger(BundledFont.class.getName());
    private static volatile boolean loaded;

    private BundledFont() {
    }

    /**
     * Registers the font with JavaFX (once). Safe to call off the JavaFX thread, and it should be: reading the 2.6 MB font
     * takes longer than a frame.
     *
     * @return true when the family is available
     */
    public static synchronized boolean load() {
        if (loaded) {
            return true;
        }
        try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warning("bundled font " + RESOURCE + " not found; Chinese may render as boxes");
                return false;
            }
            Font font = Font.loadFont(in, 13);
            loaded = font != null && FAMILY.equals(font.getFamily());
            if (!loaded) {
                LOG.warning("bundled font loaded as " + (font == null ? "nothing" : font.getFamily()));
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not read the bundled font", e);
        }
        return loaded;
    }
}
