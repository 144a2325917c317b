package dev.faultline.query;

import dev.faultline.model.TextRange;
import java.util.Objects;

/**
 * One search result: the event found, the field the query matched in (the best one, when several did), and a snippet
 * to show with its hits highlighted.
 *
 * @param eventId the event
 * @param field where the query matched
 * @param refId the person ({@link Field#PERSON}), organisation ({@link Field#ORGANIZATION}) or source
 *        ({@link Field#EXCERPT}) the match is in; null for titles and summaries
 * @param matchRange the first hit: in the source's text for an excerpt, otherwise in the matched text (the title, the
 *        summary, the name form shown in the snippet)
 * @param passage for an excerpt, the whole excerpt's range in its source (the passage to open); null otherwise
 * @param snippet the text to show
 */
public record SearchHit(String eventId, Field field, String refId, TextRange matchRange, TextRange passage,
        Snippet snippet) {

    /** Where a query matched, in ranking order: a title hit ranks first, an excerpt hit last. */
    public enum Field {
        TITLE, PERSON, ORGANIZATION, SUMMARY, EXCERPT
    }

    public SearchHit {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(matchRange, "matchRange");
        Objects.requireNonNull(snippet, "snippet");
    }
}
