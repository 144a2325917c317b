package dev.faultline.query;

import java.util.List;

/**
 * The ranked hits of a search, at most as many as were asked for, and how many events match the whole filter (the
 * query and every other constraint).
 */
public record SearchResults(List<SearchHit> hits, int matchCount) {

    /** No query, no hits. */
    public static final SearchResults EMPTY = new SearchResults(List.of(), 0);

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** True when more events match than there are hits. */
    public boolean truncated() {
        return matchCount > hits.size();
    }
}
