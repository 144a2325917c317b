package dev.faultline.ui.detail;

import dev.faultline.text.LocalFormat;
import dev.faultline.model.Faction;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;

/**
 * A faction's name on a rounded chip in the faction's colour, with black or white text, whichever reads better on it
 * (the palette runs from yellow to black).
 */
final class FactionChip extends Label {

    static final String DEFAULT_STYLE_CLASS = "faction-chip";

    FactionChip(Faction faction, Locale locale) {
        super(LocalFormat.of(locale).text(faction.name()));
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setId("faction-chip-" + faction.id());
        Color fill = colorOf(faction);
        // The colour comes from the data, so it cannot live in the stylesheet.
        setStyle("-fx-background-color: " + toCss(fill) + "; -fx-text-fill: " + toCss(textOn(fill)) + ";");
        if (faction.description() != null) {
            LazyTooltip.install(this, LocalFormat.of(locale).marked(faction.description()));
        }
    }

    @Override
    public String getUserAgentStylesheet() {
        return FactionChip.class.getResource("faction-chip.css").toExternalForm();
    }

    /** The faction's colour, or grey when the data holds none that parses. */
    static Color colorOf(Faction faction) {
        try {
            return faction.color() == null ? Color.GRAY : Color.web(faction.color());
        } catch (IllegalArgumentException e) {
            return Color.GRAY;
        }
    }

    /** Black on light colours, white on dark ones (relative luminance, WCAG). */
    static Color textOn(Color fill) {
        double l = 0.2126 * linear(fill.getRed()) + 0.7152 * linear(fill.getGreen()) + 0.0722 * linear(fill.getBlue());
        return l > 0.179 ? Color.BLACK : Color.WHITE;
    }

    private static double linear(double c) {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static String toCss(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
