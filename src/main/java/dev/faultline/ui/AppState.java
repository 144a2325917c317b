package dev.faultline.ui;

import dev.faultline.model.Event;
import dev.faultline.model.TimelineModel;
import dev.faultline.query.EventFilter;
import dev.faultline.query.Matches;
import dev.faultline.query.SearchResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one place the app's state lives: the model, the selection and its history, the filter and what it matches,
 * and the UI locale. Panes observe it and call its few mutators; they never call each other. Its one
 * {@link FilterService}, created with it, owns the search index and publishes the filter's matches and the search's
 * hits here for every change of the model or the filter. JavaFX thread only.
 */
public final class AppState {

    private static final int HISTORY_LIMIT = 200;
    /** Steps closer together than this (Left/Right held or tapped fast) make one history entry. */
    private static final long STEP_BURST_NANOS = 1_000_000_000L;

    private final ReadOnlyObjectWrapper<TimelineModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ReadOnlyObjectWrapper<Event> selectedEvent = new ReadOnlyObjectWrapper<>(this, "selectedEvent");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.NONE);
    private final ObjectProperty<FilterMode> filterMode = new SimpleObjectProperty<>(this, "filterMode",
            FilterMode.HIDE);
    private final ReadOnlyObjectWrapper<Set<String>> matchingEventIds = new ReadOnlyObjectWrapper<>(this,
            "matchingEventIds");
    private final ReadOnlyObjectWrapper<Matches> matches = new ReadOnlyObjectWrapper<>(this, "matches");
    private final ReadOnlyObjectWrapper<SearchResults> searchResults = new ReadOnlyObjectWrapper<>(this,
            "searchResults", SearchResults.EMPTY);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.ENGLISH);
    private final FilterService filterService = new FilterService(this);

    private final List<Selection> history = new ArrayList<>();
    private int historyIndex = -1;
    private int lastStepIndex = -1;
    private long lastStepNanos;

    public AppState() {
        filter.addListener(o -> filterService.refresh());
    }

    public AppState(TimelineModel initial) {
        this();
        setModel(initial);
    }

    /** The model on show. */
    public ReadOnlyObjectProperty<TimelineModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public TimelineModel getModel() {
        return model.get();
    }

    /** Shows a new model: selection and history that no longer resolve are dropped, the filter is kept. */
    public void setModel(TimelineModel newModel) {
        Objects.requireNonNull(newModel, "model");
        model.set(newModel);
        history.removeIf(s -> !resolves(newModel, s));
        historyIndex = history.isEmpty() ? -1 : Math.min(historyIndex, history.size() - 1);
        applySelection(historyIndex >= 0 ? history.get(historyIndex) : null);
        matchingEventIds.set(null);
        matches.set(null);
        searchResults.set(SearchResults.EMPTY);
        filterService.refresh();
    }

    /** The current selection, or null. */
    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public Selection getSelection() {
        return selection.get();
    }

    /**
     * The event the detail pane shows: the event of the latest selection that names one. It stays put while a person
     * or a source is selected, so the timeline keeps its highlight.
     */
    public ReadOnlyObjectProperty<Event> selectedEventProperty() {
        return selectedEvent.getReadOnlyProperty();
    }

    public Event getSelectedEvent() {
        return selectedEvent.get();
    }

    /** Selects something and records it in the history (dropping any forward history), unless it is already it. */
    public void select(Selection s) {
        Objects.requireNonNull(s, "selection");
        if (s.equals(selection.get())) {
            return;
        }
        if (getModel() != null && !resolves(getModel(), s)) {
            throw new IllegalArgumentException("nothing in the model for " + s);
        }
        while (history.size() > historyIndex + 1) {
            history.remove(history.size() - 1);
        }
        history.add(s);
        if (history.size() > HISTORY_LIMIT) {
            history.remove(0);
        }
        historyIndex = history.size() - 1;
        applySelection(s);
    }

    /** Convenience: selects an event by id. */
    public void selectEvent(String eventId) {
        select(new Selection.OfEvent(eventId));
    }

    /** Convenience: opens a person's panel. */
    public void selectPerson(String personId) {
        select(new Selection.OfPerson(personId));
    }

    /**
     * Marks the selection just made as a step to a neighbour (Left/Right). A step that follows another within a
     * second replaces it in the history, so Back after a burst of arrows returns to where the burst began.
     */
    public void markStep() {
        long now = System.nanoTime();
        if (historyIndex > 0 && lastStepIndex == historyIndex - 1 && now - lastStepNanos < STEP_BURST_NANOS) {
            history.remove(historyIndex - 1);
            historyIndex--;
            canGoBack.set(historyIndex > 0);
            canGoForward.set(historyIndex < history.size() - 1);
        }
        lastStepIndex = historyIndex;
        lastStepNanos = now;
    }

    /** How many entries the selection history holds (for tests and tools). */
    public int historySize() {
        return history.size();
    }

    /** Goes back one step in the selection history. */
    public void back() {
        if (historyIndex > 0) {
            historyIndex--;
            applySelection(history.get(historyIndex));
        }
    }

    /** Goes forward one step in the selection history. */
    public void forward() {
        if (historyIndex < history.size() - 1) {
            historyIndex++;
            applySelection(history.get(historyIndex));
        }
    }

    /** Whether {@link #back()} would do anything. */
    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    /** Whether {@link #forward()} would do anything. */
    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    private void applySelection(Selection s) {
        selection.set(s);
        TimelineModel m = getModel();
        String eventId = null;
        if (s instanceof Selection.OfEvent e) {
            eventId = e.eventId();
        } else if (s instanceof Selection.OfPassage p && p.eventId() != null) {
            eventId = p.eventId();
        }
        if (eventId != null && m != null) {
            selectedEvent.set(m.event(eventId).orElse(null));
        } else if (s == null) {
            selectedEvent.set(null);
        } else if (selectedEvent.get() != null && m != null && m.event(selectedEvent.get().id()).isEmpty()) {
            selectedEvent.set(null);
        }
        canGoBack.set(historyIndex > 0);
        canGoForward.set(historyIndex < history.size() - 1);
    }

    private static boolean resolves(TimelineModel m, Selection s) {
        if (s instanceof Selection.OfEvent e) {
            return m.event(e.eventId()).isPresent();
        } else if (s instanceof Selection.OfPerson p) {
            return m.person(p.personId()).isPresent();
        } else if (s instanceof Selection.OfPassage p) {
            return m.source(p.sourceId()).filter(src -> p.range().end() <= src.text().length()).isPresent()
                    && (p.eventId() == null || m.event(p.eventId()).isPresent());
        } else if (s instanceof Selection.OfSource src) {
            return m.source(src.sourceId()).isPresent();
        }
        return false;
    }

    /** The filter in force. */
    public ObjectProperty<EventFilter> filterProperty() {
        return filter;
    }

    public EventFilter getFilter() {
        return filter.get();
    }

    public void setFilter(EventFilter f) {
        filter.set(f == null ? EventFilter.NONE : f);
    }

    /** Whether non-matching events are hidden or dimmed. */
    public ObjectProperty<FilterMode> filterModeProperty() {
        return filterMode;
    }

    public FilterMode getFilterMode() {
        return filterMode.get();
    }

    public void setFilterMode(FilterMode mode) {
        filterMode.set(mode);
    }

    /**
     * Ids of the events that match the filter, or null when everything matches. Computed by the
     * {@link FilterService} (off the JavaFX thread for a large model) and published here.
     */
    public ReadOnlyObjectProperty<Set<String>> matchingEventIdsProperty() {
        return matchingEventIds.getReadOnlyProperty();
    }

    public Set<String> getMatchingEventIds() {
        return matchingEventIds.get();
    }

    /** True when the event matches the filter in force (or there is none). */
    public boolean matches(String eventId) {
        Set<String> m = matchingEventIds.get();
        return m == null || m.contains(eventId);
    }

    /** Publishes the result of applying the filter; null means everything matches (for tests and tools). */
    public void publishMatches(Set<String> ids) {
        matchingEventIds.set(ids == null ? null : Set.copyOf(ids));
    }

    /** The latest matches of the filter in force, with their count; null before the first result or without a model. */
    public ReadOnlyObjectProperty<Matches> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    public Matches getMatches() {
        return matches.get();
    }

    /** The latest search hits for the filter's text; empty while there is no search text. */
    public ReadOnlyObjectProperty<SearchResults> searchResultsProperty() {
        return searchResults.getReadOnlyProperty();
    }

    public SearchResults getSearchResults() {
        return searchResults.get();
    }

    /** The service that filters and searches for this state. */
    public FilterService filterService() {
        return filterService;
    }

    /** Publishes one run of the filter service: the matches, their ids (null: everything) and the search hits. */
    void publishOutcome(Matches m, Set<String> ids, SearchResults results) {
        matchingEventIds.set(ids);
        matches.set(m);
        searchResults.set(results);
    }

    /** The UI language. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get();
    }

    public void setLocale(Locale l) {
        locale.set(l);
    }
}
