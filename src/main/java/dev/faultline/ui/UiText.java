package dev.faultline.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * UI strings from a resource bundle under {@code dev/faultline/ui/i18n/}: English by default, Traditional Chinese for
 * {@code zh} locales. Each area of the UI has its own bundle (e.g. {@code shell}, {@code timeline}, {@code detail},
 * {@code filter}) so the areas can grow independently.
 */
public final class UiText {

    private final ResourceBundle bundle;
    private final Locale locale;

    private UiText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The bundle {@code name} (e.g. "shell") for a locale; Java reads .properties bundles as UTF-8. */
    public static UiText of(String name, Locale locale) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        // Any Chinese locale gets the Traditional bundle; English is the root bundle, never the JVM default.
        Locale lookup = "zh".equals(l.getLanguage()) ? Locale.TRADITIONAL_CHINESE : Locale.ROOT;
        ResourceBundle b = ResourceBundle.getBundle("dev.faultline.ui.i18n." + name, lookup,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new UiText(b, l);
    }

    /** The string for a key; a missing key shows as {@code !key!} so it is noticed, never as an exception. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The string for a key with {@link MessageFormat} arguments. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    public Locale locale() {
        return locale;
    }
}
