package dev.faultline.query;

import dev.faultline.model.Event;
import dev.faultline.model.EventKind;
import dev.faultline.model.Excerpt;
import dev.faultline.model.LocalizedText;
import dev.faultline.model.PartialDate;
import dev.faultline.model.TextRange;
import dev.faultline.model.TimelineModel;
import dev.faultline.text.AliasIndex;
import dev.faultline.text.FoldTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model made ready for filtering and search, built once per model: events by faction, person, kind, source and
 * organisation; titles, summaries and excerpt quotes folded with {@link dev.faultline.text.ScriptFolding} into
 * contiguous columns (one per field and language) and indexed by token; the people's and organisations' names and
 * aliases. Applying a filter ANDs bit sets; a search term that is not one whole token is confirmed by sweeping the
 * columns, shortest first, over the candidates still unconfirmed. Ranked search looks for title hits first and stops
 * as soon as it has enough. Immutable and thread-safe; JavaFX-free, used by the UI's filter service (which owns one
 * per model) and {@code --list}; no cache of its own.
 */
public final class SearchIndex {

    private static final int SNIPPET_BEFORE = 30;
    private static final int SNIPPET_AFTER = 90;

    private final TimelineModel model;
    private final List<Event> events;
    private final Map<String, Integer> ordinals;
    private final long[] startMillis;
    private final long[] endMillis;
    private final Map<String, Postings> byFaction = new HashMap<>();
    private final Map<String, Postings> byPerson = new HashMap<>();
    private final Map<String, Postings> bySource = new HashMap<>();
    private final Map<String, Postings> byOrganization = new HashMap<>();
    private final Map<EventKind, Postings> byKind = new EnumMap<>(EventKind.class);
    private final FoldedColumn titlesEn;
    private final FoldedColumn titlesZh;
    private final FoldedColumn summariesEn;
    private final FoldedColumn summariesZh;
    /** Each event's excerpt quotes, one field per quote, in the event's order. */
    private final FoldedColumn quotes;
    /** The columns in the order a term is confirmed in: shortest text first, so most hits are found cheaply. */
    private final List<FoldedColumn> confirmOrder;
    private final TokenIndex tokens;
    private final AliasIndex people;
    private final AliasIndex organizations;

    private SearchIndex(TimelineModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.events = model.events();
        int n = events.size();
        this.ordinals = new HashMap<>(n * 2);
        this.startMillis = new long[n];
        this.endMillis = new long[n];
        Map<String, Postings.Builder> factions = new HashMap<>();
        Map<String, Postings.Builder> persons = new HashMap<>();
        Map<String, Postings.Builder> sources = new HashMap<>();
        Map<String, Postings.Builder> orgs = new HashMap<>();
        Map<EventKind, Postings.Builder> kinds = new EnumMap<>(EventKind.class);
        FoldedColumn.Builder titleEn = new FoldedColumn.Builder();
        FoldedColumn.Builder titleZh = new FoldedColumn.Builder();
        FoldedColumn.Builder summaryEn = new FoldedColumn.Builder();
        FoldedColumn.Builder summaryZh = new FoldedColumn.Builder();
        FoldedColumn.Builder quoteText = new FoldedColumn.Builder();
        TokenIndex.Builder tokenBuilder = new TokenIndex.Builder();
        FoldTable table = FoldTable.instance();
        for (int o = 0; o < n; o++) {
            Event e = events.get(o);
            ordinals.put(e.id(), o);
            startMillis[o] = e.date().startMillis();
            endMillis[o] = e.date().endMillisExclusive();
            add(factions, e.factions(), o);
            add(persons, e.people(), o);
            add(orgs, e.organizations(), o);
            for (Excerpt x : e.excerpts()) {
                sources.computeIfAbsent(x.sourceId(), k -> new Postings.Builder()).add(o);
            }
            if (e.kind() != null) {
                kinds.computeIfAbsent(e.kind(), k -> new Postings.Builder()).add(o);
            }
            addField(titleEn, tokenBuilder, o, table.fold(en(e.title())));
            addField(titleZh, tokenBuilder, o, table.fold(zh(e.title())));
            addField(summaryEn, tokenBuilder, o, table.fold(en(e.summary())));
            addField(summaryZh, tokenBuilder, o, table.fold(zh(e.summary())));
            List<String> folded = new ArrayList<>(e.excerpts().size());
            for (Excerpt x : e.excerpts()) {
                String f = table.fold(x.quote());
                folded.add(f);
                tokenBuilder.add(o, f);
            }
            quoteText.add(folded);
        }
        factions.forEach((k, b) -> byFaction.put(k, b.build(n)));
        persons.forEach((k, b) -> byPerson.put(k, b.build(n)));
        sources.forEach((k, b) -> bySource.put(k, b.build(n)));
        orgs.forEach((k, b) -> byOrganization.put(k, b.build(n)));
        kinds.forEach((k, b) -> byKind.put(k, b.build(n)));
        this.titlesEn = titleEn.build();
        this.titlesZh = titleZh.build();
        this.summariesEn = summaryEn.build();
        this.summariesZh = summaryZh.build();
        this.quotes = quoteText.build();
        List<FoldedColumn> order = new ArrayList<>(List.of(titlesEn, titlesZh, summariesEn, summariesZh, quotes));
        order.sort(java.util.Comparator.comparingInt(FoldedColumn::length));
        this.confirmOrder = List.copyOf(order);
        this.tokens = tokenBuilder.build(n, confirmOrder);
        this.people = AliasIndex.ofPeople(model.people());
        this.organizations = AliasIndex.ofOrganizations(model.organizations());
    }

    private static void addField(FoldedColumn.Builder column, TokenIndex.Builder tokens, int ordinal, String folded) {
        column.add(List.of(folded));
        tokens.add(ordinal, folded);
    }

    /** Indexes a model (a few seconds per 100,000 events: call it off the JavaFX thread for large models). */
    public static SearchIndex build(TimelineModel model) {
        return new SearchIndex(model);
    }

    /** The model indexed. */
    public TimelineModel model() {
        return model;
    }

    /** How many events the model has. */
    public int size() {
        return events.size();
    }

    /** The chronological position of an event, or -1. */
    int ordinal(String eventId) {
        Integer o = ordinals.get(eventId);
        return o == null ? -1 : o;
    }

    String id(int ordinal) {
        return events.get(ordinal).id();
    }

    Event event(int ordinal) {
        return events.get(ordinal);
    }

    /** The events that pass a filter, in chronological order. */
    public Matches apply(EventFilter filter) {
        return new Matches(this, matching(filter, TextQuery.parse(filter.text())), filter.isEmpty());
    }

    /**
     * The events that pass a filter, ranked by where its text query matched (title, then a person's name, an
     * organisation's name, the summary, an excerpt; chronological within each), as at most {@code limit} hits with
     * snippets. With no text query there are no hits.
     */
    public SearchResults search(EventFilter filter, int limit) {
        TextQuery query = TextQuery.parse(filter.text());
        if (query.isEmpty() || limit <= 0) {
            return SearchResults.EMPTY;
        }
        List<String> namedIds = namedPeople(filter.text());
        // A query that is someone's name ranks and highlights every form of that name, and itself.
        List<String> terms = namedIds.isEmpty() ? query.terms() : nameForms(namedIds, filter.text());
        BitSet matching = matching(filter, query);
        BitSet unranked = (BitSet) matching.clone();
        List<SearchHit> hits = new ArrayList<>();
        // Each stage takes the events whose best field it is, earliest first, until there are enough.
        BitSet titles = firstHits(terms, unranked, limit, titlesEn, titlesZh);
        take(titles, SearchHit.Field.TITLE, terms, unranked, hits, limit);
        BitSet named = new BitSet();
        for (String term : terms) {
            named.or(eventsNamed(people, byPerson, term));
        }
        named.and(unranked);
        take(named, SearchHit.Field.PERSON, terms, unranked, hits, limit);
        named = new BitSet();
        for (String term : terms) {
            named.or(eventsNamed(organizations, byOrganization, term));
        }
        named.and(unranked);
        take(named, SearchHit.Field.ORGANIZATION, terms, unranked, hits, limit);
        if (hits.size() < limit && !unranked.isEmpty()) {
            BitSet summaries = firstHits(terms, unranked, limit - hits.size(), summariesEn, summariesZh);
            take(summaries, SearchHit.Field.SUMMARY, terms, unranked, hits, limit);
        }
        // Whatever matched and is still unranked matched in a quote: every term was found somewhere.
        take((BitSet) unranked.clone(), SearchHit.Field.EXCERPT, terms, unranked, hits, limit);
        return new SearchResults(hits, matching.cardinality(), namedIds);
    }

    /**
     * The people a whole search text names (see {@link AliasIndex#named}): "altman", "Sam Altman", "奥特曼" and
     * "奧特曼" all name Sam Altman. Empty for plain text, and for a quoted text ({@code "Altman"} finds the word).
     */
    public List<String> namedPeople(String text) {
        // A quoted query asks for the text as written, so it never stands for a person.
        if (text == null || text.isBlank() || "\"“”".indexOf(text.strip().charAt(0)) >= 0) {
            return List.of();
        }
        return people.named(FoldTable.instance().fold(text));
    }

    /** The folded forms of the names of some people, and the query itself, longest first, each once. */
    private List<String> nameForms(List<String> ids, String text) {
        java.util.Set<String> forms = new java.util.LinkedHashSet<>();
        for (String id : ids) {
            forms.addAll(people.foldedForms(id));
        }
        forms.addAll(TextQuery.parse(text).terms());
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    /**
     * The events among {@code among} where any term occurs in any of the columns: for each term and column, the
     * first {@code limit} in chronological order, which is all a ranking that stops at {@code limit} can use.
     */
    private BitSet firstHits(List<String> terms, BitSet among, int limit, FoldedColumn... columns) {
        BitSet found = new BitSet();
        for (String term : terms) {
            int anchor = tokens.rarestCharacter(term);
            for (FoldedColumn column : columns) {
                int[] count = {0};
                column.eachFirstHit(term, anchor, among, o -> {
                    found.set(o);
                    return ++count[0] < limit;
                });
            }
        }
        return found;
    }

    /** Adds hits for the earliest of {@code events} until there are {@code limit}, and marks them ranked. */
    private void take(BitSet events, SearchHit.Field field, List<String> terms, BitSet unranked, List<SearchHit> hits,
            int limit) {
        for (int o = events.nextSetBit(0); o >= 0 && hits.size() < limit; o = events.nextSetBit(o + 1)) {
            hits.add(hit(o, field, terms));
        }
        unranked.andNot(events);
    }

    private BitSet matching(EventFilter filter, TextQuery query) {
        int n = events.size();
        BitSet bits = new BitSet(n);
        bits.set(0, n);
        if (!filter.factions().isEmpty()) {
            bits.and(anyOf(byFaction, filter.factions()));
        }
        if (!filter.people().isEmpty()) {
            bits.and(anyOf(byPerson, filter.people()));
        }
        if (!filter.kinds().isEmpty()) {
            bits.and(anyOf(byKind, filter.kinds()));
        }
        if (!filter.sources().isEmpty()) {
            bits.and(anyOf(bySource, filter.sources()));
        }
        if (filter.from() != null || filter.to() != null) {
            bits.and(within(filter.from(), filter.to()));
        }
        List<String> named = namedPeople(filter.text());
        if (!named.isEmpty() && !bits.isEmpty()) {
            // Someone's name: the events where any form of it appears, as well as those the text matches literally.
            BitSet literal = bits;
            for (String term : query.terms()) {
                literal = literal.isEmpty() ? literal : containing(term, literal);
            }
            BitSet any = new BitSet();
            for (String form : nameForms(named, filter.text())) {
                any.or(containing(form, bits));
            }
            any.or(literal);
            return any;
        }
        for (String term : query.terms()) {
            if (bits.isEmpty()) {
                break;
            }
            bits = containing(term, bits);
        }
        return bits;
    }

    private static <K> BitSet anyOf(Map<K, Postings> index, Collection<K> keys) {
        BitSet bits = new BitSet();
        for (K key : keys) {
            index.getOrDefault(key, Postings.NONE).orInto(bits);
        }
        return bits;
    }

    /** Events whose span overlaps [from's first day, to's last day]; either end may be open. */
    private BitSet within(PartialDate from, PartialDate to) {
        long lo = from == null ? Long.MIN_VALUE : from.startMillis();
        long hi = to == null ? Long.MAX_VALUE : to.endMillisExclusive();
        // Events are sorted by start, so those starting at or after the range's end are a suffix.
        int end = firstStartingAtOrAfter(hi);
        BitSet bits = new BitSet(end);
        for (int o = 0; o < end; o++) {
            if (endMillis[o] > lo) {
                bits.set(o);
            }
        }
        return bits;
    }

    private int firstStartingAtOrAfter(long millis) {
        int lo = 0;
        int hi = startMillis.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startMillis[mid] < millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The events among {@code within} whose texts, people or organisations contain a folded term. */
    private BitSet containing(String term, BitSet within) {
        BitSet found = eventsNamed(people, byPerson, term);
        found.or(eventsNamed(organizations, byOrganization, term));
        found.and(within);
        TokenIndex.Candidates candidates = tokens.candidates(term, within);
        if (candidates.exact()) {
            found.or(candidates.events());
            return found;
        }
        BitSet unconfirmed = candidates.events();
        unconfirmed.andNot(found);
        int anchor = tokens.rarestCharacter(term);
        for (FoldedColumn column : confirmOrder) {
            if (unconfirmed.isEmpty()) {
                break;
            }
            column.eachFirstHit(term, anchor, unconfirmed, o -> {
                found.set(o);
                return true;
            });
            unconfirmed.andNot(found);
        }
        return found;
    }

    private BitSet eventsNamed(AliasIndex names, Map<String, Postings> index, String term) {
        BitSet bits = new BitSet();
        for (AliasIndex.Match m : names.containing(term)) {
            index.getOrDefault(m.id(), Postings.NONE).orInto(bits);
        }
        return bits;
    }

    private static <K> void add(Map<K, Postings.Builder> index, List<K> keys, int ordinal) {
        for (K key : keys) {
            index.computeIfAbsent(key, k -> new Postings.Builder()).add(ordinal);
        }
    }

    private static String en(LocalizedText t) {
        return t == null ? "" : t.en();
    }

    private static String zh(LocalizedText t) {
        return t == null || t.zh() == null ? "" : t.zh();
    }

    private SearchHit hit(int o, SearchHit.Field field, List<String> terms) {
        Event e = events.get(o);
        SearchHit hit = switch (field) {
            case TITLE -> firstNonNull(
                    textHit(e, field, en(e.title()), titlesEn.field(o, 0), terms, null),
                    () -> textHit(e, field, zh(e.title()), titlesZh.field(o, 0), terms, null));
            case SUMMARY -> firstNonNull(
                    textHit(e, field, en(e.summary()), summariesEn.field(o, 0), terms, null),
                    () -> textHit(e, field, zh(e.summary()), summariesZh.field(o, 0), terms, null));
            case EXCERPT -> quoteHit(o, e, terms);
            case PERSON -> nameHit(e, field, e.people(), people, terms);
            case ORGANIZATION -> nameHit(e, field, e.organizations(), organizations, terms);
        };
        return hit != null ? hit : fallback(e);
    }

    private static SearchHit firstNonNull(SearchHit first, java.util.function.Supplier<SearchHit> second) {
        return first != null ? first : second.get();
    }

    private SearchHit quoteHit(int o, Event e, List<String> terms) {
        for (int k = 0; k < e.excerpts().size(); k++) {
            Excerpt x = e.excerpts().get(k);
            SearchHit h = textHit(e, SearchHit.Field.EXCERPT, x.quote(), quotes.field(o, k), terms, x);
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    private SearchHit nameHit(Event e, SearchHit.Field field, List<String> ids, AliasIndex names,
            List<String> terms) {
        for (String id : ids) {
            for (String term : terms) {
                var match = names.match(id, term);
                if (match.isPresent()) {
                    String form = match.get().form();
                    return new SearchHit(e.id(), field, id, match.get().range(), null,
                            Snippet.whole(form, FoldTable.instance().fold(form), terms));
                }
            }
        }
        return null;
    }

    /** A hit in one text: a title whole, a summary or quote around the hit, a quote with its place in the source. */
    private static SearchHit textHit(Event e, SearchHit.Field field, String original, String folded,
            List<String> terms, Excerpt excerpt) {
        int first = Integer.MAX_VALUE;
        String firstTerm = null;
        for (String term : terms) {
            int at = folded.indexOf(term);
            if (at >= 0 && (at < first || at == first && term.length() > firstTerm.length())) {
                first = at;
                firstTerm = term;
            }
        }
        if (firstTerm == null) {
            return null;
        }
        TextRange inField = new TextRange(first, first + firstTerm.length());
        if (field == SearchHit.Field.TITLE) {
            return new SearchHit(e.id(), field, null, inField, null, Snippet.whole(original, folded, terms));
        }
        Snippet snippet = Snippet.around(original, folded, terms, first, SNIPPET_BEFORE, SNIPPET_AFTER);
        if (excerpt == null) {
            return new SearchHit(e.id(), field, null, inField, null, snippet);
        }
        int base = excerpt.range().start();
        return new SearchHit(e.id(), field, excerpt.sourceId(),
                new TextRange(base + inField.start(), base + inField.end()), excerpt.range(), snippet);
    }

    /** A hit on the title with nothing highlighted; unreachable unless the ranking and the hit disagree. */
    private static SearchHit fallback(Event e) {
        return new SearchHit(e.id(), SearchHit.Field.TITLE, null, new TextRange(0, 0), null,
                new Snippet(en(e.title()), List.of()));
    }
}
