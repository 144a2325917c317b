package dev.faultline.text;

import dev.faultline.model.Person;
import dev.faultline.model.TextRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every mention of someone in a text through the forms of their name, whatever script, width or case either is
 * written in ({@link ScriptFolding}): 奧特曼 finds 奥特曼. Folding keeps lengths, so the ranges found are ranges of the
 * text as written.
 *
 * <p>Mentions never overlap: reading left to right, the longest form that matches at a position wins ("Sam Altman"
 * over "Sam"), and the search goes on after it. A form that begins or ends with a Latin letter or digit matches only
 * at a word boundary on that side, so "Sam" is not found inside "Samuel" or "Samsung"; a neighbouring hanzi is a
 * boundary ("由Sam帶領"). Immutable and thread-safe.
 */
public final class MentionFinder {

    private final ScriptFolding folding = ScriptFolding.instance();
    /** Folded forms by their first character, longest first. */
    private final Map<Character, List<String>> formsByFirstChar;
    private final List<String> forms;

    private MentionFinder(Collection<String> names) {
        Set<String> folded = new LinkedHashSet<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                folded.add(folding.fold(name.strip()));
            }
        }
        this.forms = List.copyOf(folded);
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String form : folded) {
            byFirst.computeIfAbsent(form.charAt(0), c -> new ArrayList<>()).add(form);
        }
        byFirst.values().forEach(list -> list.sort(Comparator.comparingInt(String::length).reversed()));
        this.formsByFirstChar = byFirst;
    }

    /** A finder for these name forms (blank ones are ignored; forms equal after folding count once). */
    public static MentionFinder of(Collection<String> names) {
        return new MentionFinder(names);
    }

    /** A finder for a person: every alias and both canonical names. */
    public static MentionFinder forPerson(Person person) {
        List<String> names = new ArrayList<>(person.aliases());
        names.add(person.name().en());
        person.name().chinese().ifPresent(names::add);
        return new MentionFinder(names);
    }

    /** The folded forms searched for. */
    public List<String> forms() {
        return forms;
    }

    /** Every mention in a text as written, in order of position. */
    public List<TextRange> findIn(CharSequence text) {
        return findInFolded(folding.fold(text));
    }

    /**
     * Every mention in a text already folded with {@link ScriptFolding#fold(CharSequence)}: for callers that fold a
     * source once and search it for many people.
     */
    public List<TextRange> findInFolded(String folded) {
        List<TextRange> found = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            String match = longestMatchAt(folded, i);
            if (match != null) {
                found.add(new TextRange(i, i + match.length()));
                i += match.length();
            } else {
                i++;
            }
        }
        return found;
    }

    private String longestMatchAt(String folded, int at) {
        List<String> candidates = formsByFirstChar.get(folded.charAt(at));
        if (candidates == null) {
            return null;
        }
        for (String form : candidates) {
            if (folded.startsWith(form, at) && atBoundaries(folded, at, at + form.length(), form)) {
                return form;
            }
        }
        return null;
    }

    private static boolean atBoundaries(String text, int start, int end, String form) {
        if (isLatinWordChar(form.charAt(0)) && start > 0 && isLatinWordChar(text.charAt(start - 1))) {
            return false;
        }
        return !(isLatinWordChar(form.charAt(form.length() - 1)) && end < text.length()
                && isLatinWordChar(text.charAt(end)));
    }

    /** Letters and digits of the Latin alphabets (up to Latin Extended-B), which run together into words. */
    private static boolean isLatinWordChar(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }
}
