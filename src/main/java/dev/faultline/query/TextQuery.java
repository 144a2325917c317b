package dev.faultline.query;

import dev.faultline.text.FoldTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A search text as the terms that must all occur: words separated by white space (full-width spaces too), or
 * {@code "quoted phrases"}, each folded with {@link dev.faultline.text.ScriptFolding} so that it finds text in either
 * script, width and case. A term with no letter, digit or ideograph in it (a lone "-" or "·") would match nearly
 * everything and is dropped.
 */
public record TextQuery(List<String> terms) {

    /** The query with no terms, which every event matches. */
    public static final TextQuery EMPTY = new TextQuery(List.of());

    public TextQuery {
        terms = List.copyOf(terms);
    }

    /** Splits and folds a search text; null and blank give {@link #EMPTY}. */
    public static TextQuery parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        String folded = FoldTable.instance().fold(text);
        Set<String> terms = new LinkedHashSet<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                add(terms, current);
                quoted = !quoted;
            } else if (Character.isISOControl(c)) {
                // Control characters never occur in a term: the index separates fields with them.
                add(terms, current);
            } else if (!quoted && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                add(terms, current);
            } else {
                current.append(c);
            }
        }
        add(terms, current);
        return terms.isEmpty() ? EMPTY : new TextQuery(new ArrayList<>(terms));
    }

    private static void add(Set<String> terms, StringBuilder current) {
        String term = current.toString().strip();
        current.setLength(0);
        if (term.codePoints().anyMatch(Character::isLetterOrDigit)) {
            terms.add(term);
        }
    }

    /** True when there is nothing to search for. */
    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
