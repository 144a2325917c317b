package dev.faultline.text;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The strings of one resource bundle in one {@link Language}: English from the root bundle, 繁體 from the
 * {@code _zh_TW} bundle, 简体 converted from that with {@link ScriptConverter} when the book is first opened, so a
 * Simplified string can never drift from its Traditional original. Messages go through ICU's {@link MessageFormat},
 * which knows plural rules: {@code {0, plural, one {# event} other {# events}}}.
 *
 * <p>Books are kept once per bundle and language: they are immutable views of resources on the class path, the same
 * thing {@link ResourceBundle} itself caches, and converting a bundle costs a few milliseconds.
 */
public final class Phrasebook {

    private static final Map<String, Phrasebook> OPENED = new ConcurrentHashMap<>();

    private final Map<String, String> strings;
    private final Language language;
    /** Compiled messages, made when first used: ICU's first message costs over a second on a cold, busy machine. */
    private final Map<String, MessageFormat> messages = new ConcurrentHashMap<>();

    private Phrasebook(Map<String, String> strings, Language language) {
        this.strings = strings;
        this.language = language;
    }

    /** The bundle {@code baseName} (e.g. {@code dev.faultline.ui.i18n.shell}) in a language. */
    public static Phrasebook open(String baseName, Language language) {
        return OPENED.computeIfAbsent(baseName + "#" + language, k -> read(baseName, language));
    }

    private static Phrasebook read(String baseName, Language language) {
        Locale lookup = language.chinese() ? Locale.TRADITIONAL_CHINESE : Locale.ROOT;
        Map<String, String> strings = new HashMap<>();
        try {
            // No fallback to the JVM's default locale: English is the root bundle, whatever the machine says.
            ResourceBundle b = ResourceBundle.getBundle(baseName, lookup,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (Enumeration<String> keys = b.getKeys(); keys.hasMoreElements(); ) {
                String key = keys.nextElement();
                String value = b.getString(key);
                strings.put(key, language == Language.SIMPLIFIED
                        ? ScriptConverter.instance().toSimplified(value) : value);
            }
        } catch (MissingResourceException e) {
            // An unknown bundle is an empty book: every key then shows as !key!, noticed rather than thrown.
        }
        return new Phrasebook(Map.copyOf(strings), language);
    }

    /** Whether the book has a key. */
    public boolean has(String key) {
        return strings.containsKey(key);
    }

    /** The string for a key; a missing key shows as {@code !key!} so it is noticed, never as an exception. */
    public String get(String key) {
        String s = strings.get(key);
        return s == null ? "!" + key + "!" : s;
    }

    /** The message for a key with arguments (ICU {@link MessageFormat}: plurals, numbers, choices). */
    public String format(String key, Object... args) {
        String pattern = strings.get(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        MessageFormat message = messages.computeIfAbsent(key,
                k -> new MessageFormat(pattern, ULocale.forLocale(language.locale())));
        // A MessageFormat is not thread-safe; formatting is quick, so callers take turns.
        synchronized (message) {
            return message.format(args);
        }
    }

    /**
     * A pattern with its {@code {0}}, {@code {1}} … replaced by the arguments as strings, without ICU: for the
     * axis's labels, made many times a frame and on the warm-up thread before ICU is loaded.
     */
    public String fill(String key, Object... args) {
        String s = get(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    /** Every key of the book (for tests that check each string). */
    public java.util.Set<String> keys() {
        return strings.keySet();
    }

    public Language language() {
        return language;
    }
}
