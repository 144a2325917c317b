package dev.faultline.query;

import java.util.List;

/**
 * The ranked hits of a search, at most as many as were asked for, how many events match the whole filter (the
 * query and every other constraint), and whose name the query is, when it is one (its events then include those
 * where any other form of the name appears: "matched Sam Altman").
 */
public record SearchResults(List<SearchHit> hits, int matchCount, List<String> namedPeople) {

    /** No query, no hits. */
    public static final SearchResults EMPTY = new SearchResults(List.of(), 0);

    public SearchResults {
        hits = List.copyOf(hits);
        namedPeople = namedPeople == null ? List.of() : List.copyOf(namedPeople);
    }

    /** Results of a query that names no one. */
    public SearchResults(List<SearchHit> hits, int matchCount) {
        this(hits, matchCount, List.of());
    }

    /** True when more events match than there are hits. */
    public boolean truncated() {
        return matchCount > hits.size();
    }
}
