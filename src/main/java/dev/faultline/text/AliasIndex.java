package dev.faultline.text;

import dev.faultline.model.Organization;
import dev.faultline.model.Person;
import dev.faultline.model.TextRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every form of the names of a set of people or organisations (canonical English and Chinese names first, then the
 * aliases the sources use), folded with {@link ScriptFolding}, so that a search term in any script, width or case
 * finds whoever it names: "奥特曼", "奧特曼" and "ALTMAN" all find Sam Altman. Immutable and thread-safe.
 */
public final class AliasIndex {

    /** A name form containing a term: whose form it is, the form as written, and where the term stands in it. */
    public record Match(String id, String form, TextRange range) {
    }

    /** What separates the parts of a name: spaces, middle dots of either width, hyphens, brackets. */
    private static final String NAME_SEPARATORS = "[\\s\u3000・·‧•\\-()（）]+";

    private final List<String> ids;
    private final String[][] forms;
    private final String[][] foldedForms;
    private final Map<String, Integer> positions = new LinkedHashMap<>();

    private AliasIndex(Map<String, ? extends Collection<String>> formsById) {
        FoldTable table = FoldTable.instance();
        this.ids = List.copyOf(formsById.keySet());
        this.forms = new String[ids.size()][];
        this.foldedForms = new String[ids.size()][];
        int i = 0;
        for (Map.Entry<String, ? extends Collection<String>> entry : formsById.entrySet()) {
            Set<String> distinct = new LinkedHashSet<>();
            for (String form : entry.getValue()) {
                if (form != null && !form.isBlank()) {
                    distinct.add(form.strip());
                }
            }
            forms[i] = distinct.toArray(String[]::new);
            foldedForms[i] = new String[forms[i].length];
            for (int f = 0; f < forms[i].length; f++) {
                foldedForms[i][f] = table.fold(forms[i][f]);
            }
            positions.put(entry.getKey(), i);
            i++;
        }
    }

    /** An index of any named things: each id with its name forms, best form first. */
    public static AliasIndex of(Map<String, ? extends Collection<String>> formsById) {
        return new AliasIndex(formsById);
    }

    /** An index of people: English name, Chinese name, then every alias. */
    public static AliasIndex ofPeople(Collection<Person> people) {
        Map<String, List<String>> forms = new LinkedHashMap<>();
        for (Person p : people) {
            List<String> list = new ArrayList<>();
            list.add(p.name().en());
            p.name().chinese().ifPresent(list::add);
            list.addAll(p.aliases());
            forms.put(p.id(), list);
        }
        return new AliasIndex(forms);
    }

    /** An index of organisations: English name, Chinese name, then every alias. */
    public static AliasIndex ofOrganizations(Collection<Organization> organizations) {
        Map<String, List<String>> forms = new LinkedHashMap<>();
        for (Organization o : organizations) {
            List<String> list = new ArrayList<>();
            list.add(o.name().en());
            o.name().chinese().ifPresent(list::add);
            list.addAll(o.aliases());
            forms.put(o.id(), list);
        }
        return new AliasIndex(forms);
    }

    /** The ids indexed, in the order given. */
    public List<String> ids() {
        return ids;
    }

    /**
     * Everyone with a name form that contains a term already folded with {@link ScriptFolding} (or
     * {@link FoldTable}), each once, with the first such form: canonical names before aliases.
     */
    public List<Match> containing(String foldedTerm) {
        List<Match> found = new ArrayList<>();
        if (foldedTerm.isEmpty()) {
            return found;
        }
        for (int i = 0; i < foldedForms.length; i++) {
            Match m = firstMatch(i, foldedTerm);
            if (m != null) {
                found.add(m);
            }
        }
        return found;
    }

    /** The first name form of one id that contains a folded term, if any (and if the id is indexed). */
    public Optional<Match> match(String id, String foldedTerm) {
        Integer i = positions.get(id);
        if (i == null || foldedTerm.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(firstMatch(i, foldedTerm));
    }

    /**
     * Whose name a whole query is, folded with {@link FoldTable} and its spaces collapsed: the ids with a name form
     * equal to it ("altman", "奥特曼" and "Sam Altman" are forms of Sam Altman's), or failing that the one id with a
     * name form that has it as a whole part between separators ("薩姆" of "薩姆・奧特曼"). A part two people share
     * names neither. Empty when the query names no one.
     */
    public List<String> named(String foldedQuery) {
        String q = collapse(foldedQuery);
        if (q.isEmpty()) {
            return List.of();
        }
        List<String> whole = new ArrayList<>();
        List<String> byPart = new ArrayList<>();
        for (int i = 0; i < foldedForms.length; i++) {
            boolean part = false;
            for (String form : foldedForms[i]) {
                String f = collapse(form);
                if (f.equals(q)) {
                    whole.add(ids.get(i));
                    part = false;
                    break;
                }
                for (String p : f.split(NAME_SEPARATORS)) {
                    part |= p.equals(q);
                }
            }
            if (part) {
                byPart.add(ids.get(i));
            }
        }
        if (!whole.isEmpty()) {
            return whole;
        }
        return byPart.size() == 1 ? byPart : List.of();
    }

    /** The folded name forms of an id, best first; empty when the id is not indexed. */
    public List<String> foldedForms(String id) {
        Integer i = positions.get(id);
        return i == null ? List.of() : List.of(foldedForms[i]);
    }

    private static String collapse(String s) {
        return s.replace("\"", "").strip().replaceAll("[\\s\u3000]+", " ");
    }

    /** The name forms of an id as written, best first; empty when the id is not indexed. */
    public List<String> forms(String id) {
        Integer i = positions.get(id);
        return i == null ? List.of() : List.of(forms[i]);
    }

    private Match firstMatch(int i, String foldedTerm) {
        String[] folded = foldedForms[i];
        for (int f = 0; f < folded.length; f++) {
            int at = folded[f].indexOf(foldedTerm);
            if (at >= 0) {
                return new Match(ids.get(i), forms[i][f], new TextRange(at, at + foldedTerm.length()));
            }
        }
        return null;
    }
}
