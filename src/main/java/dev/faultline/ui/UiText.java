package dev.faultline.ui;

import dev.faultline.text.Language;
import dev.faultline.text.LocalFormat;
import dev.faultline.text.Phrasebook;
import java.util.Locale;

/**
 * UI strings from a resource bundle under {@code dev/faultline/ui/i18n/} in the UI's {@link Language}: English from
 * the root bundle, 繁體 from the {@code _zh_TW} bundle, 简体 converted from that at run time. Each area of the UI has
 * its own bundle ({@code shell}, {@code timeline}, {@code detail}, {@code filter}) so the areas can grow
 * independently. Messages are ICU messages, with real plural rules ({@code {0, plural, one {# event} other {#
 * events}}}).
 */
public final class UiText {

    private final Phrasebook book;
    private final Locale locale;

    private UiText(Phrasebook book, Locale locale) {
        this.book = book;
        this.locale = locale;
    }

    /** The bundle {@code name} (e.g. "shell") for a locale. */
    public static UiText of(String name, Locale locale) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        return new UiText(Phrasebook.open("dev.faultline.ui.i18n." + name, Language.of(l)), l);
    }

    /** The string for a key; a missing key shows as {@code !key!} so it is noticed, never as an exception. */
    public String get(String key) {
        return book.get(key);
    }

    /** The message for a key with arguments. */
    public String format(String key, Object... args) {
        return book.format(key, args);
    }

    /** The formatter of this language, for dates, numbers and curated text. */
    public LocalFormat formats() {
        return LocalFormat.of(book.language());
    }

    public Locale locale() {
        return locale;
    }
}
