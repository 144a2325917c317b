package dev.faultline.ui;

import dev.faultline.model.Era;
import dev.faultline.model.Event;
import dev.faultline.model.Excerpt;
import dev.faultline.model.Person;
import dev.faultline.model.TimelineModel;
import dev.faultline.query.EventFilter;
import dev.faultline.text.LocalFormat;
import dev.faultline.timeline.EventDates;
import dev.faultline.timeline.LaneGrouping;
import dev.faultline.timeline.ModelItems;
import dev.faultline.timeline.TimeWindow;
import dev.faultline.timeline.TimelineItems;
import dev.faultline.ui.timeline.HoverText;
import dev.faultline.ui.timeline.TimelineEra;
import dev.faultline.ui.timeline.TimelineEvent;
import dev.faultline.ui.timeline.TimelineView;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;
import javafx.event.EventHandler;

/**
 * Connects a {@link TimelineView}, which knows nothing of the app, to the {@link AppState}: the model becomes the
 * view's items (by the view's lane grouping, with the filter's matches hidden or dimmed), rebuilt once per change and
 * off the JavaFX thread for big models; the state's selected event is the view's selection and back; Left/Right walk
 * the model's events in its chronological order (bursts of them one history entry); Enter opens the event's first
 * passage; the hover card names the people; the model's eras and home window, and the filter's time range, are handed
 * over. One binding per view; {@link #dispose()} lets go of both.
 */
public final class TimelineBinding {

    /** Up to this many events the items are built in place: well under a frame. */
    static final int IN_PLACE_LIMIT = 2_000;

    private static final ExecutorService BUILD_THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "faultline-timeline-items");
        t.setDaemon(true);
        return t;
    });

    private final AppState state;
    private final TimelineView view;
    private boolean rebuildScheduled;
    private long generation;
    private TimelineModel shownModel;
    private boolean syncing;

    private final InvalidationListener itemsChanged = o -> scheduleRebuild();
    private final InvalidationListener modelChanged = o -> {
        scheduleRebuild();
        modelDetails();
    };
    private final InvalidationListener localeChanged = o -> modelDetails();
    private final ChangeListener<Event> stateSelection = (o, was, now) -> fromState();
    private final ChangeListener<String> viewSelection = (o, was, now) -> fromView(now);
    private final ChangeListener<EventFilter> filterChanged = (o, was, now) -> filterChanged(was, now);
    private final EventHandler<TimelineEvent> stepped = e -> markStep();
    private final EventHandler<TimelineEvent> activated = e -> openFirstPassage(e.getItemId());

    public TimelineBinding(AppState state, TimelineView view) {
        this.state = Objects.requireNonNull(state, "state");
        this.view = Objects.requireNonNull(view, "view");
        view.localeProperty().bind(state.localeProperty());
        view.setNavigator(this::neighbour);
        view.setHoverText(this::hoverText);
        view.setOnRangeChosen(this::rangeChosen);
        view.addEventHandler(TimelineEvent.STEPPED, stepped);
        view.addEventHandler(TimelineEvent.ACTIVATED, activated);
        state.modelProperty().addListener(modelChanged);
        state.matchingEventIdsProperty().addListener(itemsChanged);
        state.filterModeProperty().addListener(itemsChanged);
        view.laneGroupingProperty().addListener(itemsChanged);
        state.localeProperty().addListener(localeChanged);
        state.selectedEventProperty().addListener(stateSelection);
        view.selectedIdProperty().addListener(viewSelection);
        state.filterProperty().addListener(filterChanged);
        modelDetails();
        highlightRange(state.getFilter());
        rebuild();
        fromState();
    }

    /** Stops following the state; the view keeps what it shows. */
    public void dispose() {
        generation++;
        view.localeProperty().unbind();
        view.setNavigator(null);
        view.setHoverText(null);
        view.setOnRangeChosen(null);
        view.removeEventHandler(TimelineEvent.STEPPED, stepped);
        view.removeEventHandler(TimelineEvent.ACTIVATED, activated);
        state.modelProperty().removeListener(modelChanged);
        state.matchingEventIdsProperty().removeListener(itemsChanged);
        state.filterModeProperty().removeListener(itemsChanged);
        view.laneGroupingProperty().removeListener(itemsChanged);
        state.localeProperty().removeListener(localeChanged);
        state.selectedEventProperty().removeListener(stateSelection);
        view.selectedIdProperty().removeListener(viewSelection);
        state.filterProperty().removeListener(filterChanged);
    }

    // ------------------------------------------------------------------------------------------------ items

    /** Several changes in one pulse (a new model clears the matches too) make one rebuild. */
    private void scheduleRebuild() {
        if (!rebuildScheduled) {
            rebuildScheduled = true;
            Platform.runLater(() -> {
                rebuildScheduled = false;
                rebuild();
            });
        }
    }

    private void rebuild() {
        long mine = ++generation;
        TimelineModel model = state.getModel();
        LaneGrouping grouping = view.getLaneGrouping();
        Set<String> matching = state.getMatchingEventIds();
        boolean hide = state.getFilterMode() == FilterMode.HIDE;
        if (model == null) {
            show(model, TimelineItems.empty());
        } else if (model.events().size() <= IN_PLACE_LIMIT) {
            show(model, ModelItems.of(model, grouping, matching, hide));
        } else {
            Task<TimelineItems> task = new Task<>() {
                @Override
                protected TimelineItems call() {
                    return ModelItems.of(model, grouping, matching, hide);
                }
            };
            task.setOnSucceeded(e -> {
                if (mine == generation) {
                    show(model, task.getValue());
                }
            });
            BUILD_THREAD.execute(task);
        }
    }

    private void show(TimelineModel model, TimelineItems items) {
        boolean newModel = shownModel != null && model != shownModel;
        shownModel = model;
        view.setItems(items);
        if (newModel) {
            // Another model: open it where its story starts, as the first one did.
            view.goHome();
        }
        fromState();
    }

    /** The placeholder, eras and home window: what the view needs of the model besides its events. */
    private void modelDetails() {
        TimelineModel model = state.getModel();
        Locale locale = state.getLocale();
        UiText text = UiText.of("timeline", locale);
        view.setPlaceholder(text.get(model == null ? "empty.noModel" : "empty.noEvents"));
        if (model == null) {
            view.setEras(List.of());
            view.setHomeWindow(null);
            return;
        }
        view.setEras(model.eras().stream().map(era -> era(era, locale)).toList());
        view.setHomeWindow(model.home().map(h -> new TimeWindow(h.startMillis(), h.endMillisExclusive()))
                .orElse(null));
    }

    private static TimelineEra era(Era era, Locale locale) {
        return new TimelineEra(era.start().startMillis(), era.end().endMillisExclusive(), LocalFormat.of(locale).text(era.name()));
    }

    // ------------------------------------------------------------------------------------------------ selection

    private void fromState() {
        Event e = state.getSelectedEvent();
        syncing = true;
        try {
            view.setSelectedId(e == null ? null : e.id());
        } finally {
            syncing = false;
        }
    }

    private void fromView(String id) {
        if (syncing || id == null) {
            return;
        }
        Event current = state.getSelectedEvent();
        TimelineModel model = state.getModel();
        if ((current == null || !current.id().equals(id)) && model != null && model.event(id).isPresent()) {
            state.selectEvent(id);
        }
    }

    /** Left/Right walk the model's chronological order, skipping events the filter hides. */
    private String neighbour(String fromId, boolean forward, long visibleStart, long visibleEnd) {
        TimelineModel model = state.getModel();
        if (model == null) {
            return null;
        }
        boolean hide = state.getFilterMode() == FilterMode.HIDE;
        List<Event> events = model.events().stream().filter(e -> !hide || state.matches(e.id())).toList();
        if (events.isEmpty()) {
            return null;
        }
        int at = -1;
        for (int k = 0; fromId != null && k < events.size(); k++) {
            if (events.get(k).id().equals(fromId)) {
                at = k;
                break;
            }
        }
        if (at >= 0) {
            int k = at + (forward ? 1 : -1);
            return k < 0 || k >= events.size() ? null : events.get(k).id();
        }
        if (forward) {
            return events.stream().filter(e -> e.date().startMillis() >= visibleStart).findFirst()
                    .orElse(events.get(events.size() - 1)).id();
        }
        for (int k = events.size() - 1; k >= 0; k--) {
            if (events.get(k).date().startMillis() <= visibleEnd) {
                return events.get(k).id();
            }
        }
        return events.get(0).id();
    }

    private void markStep() {
        state.markStep();
    }

    /** Enter: the reader opens the event's first excerpt where it stands in its source. */
    private void openFirstPassage(String eventId) {
        TimelineModel model = state.getModel();
        Event e = model == null ? null : model.event(eventId).orElse(null);
        if (e == null) {
            return;
        }
        if (e.excerpts().isEmpty()) {
            state.selectEvent(e.id());
            return;
        }
        Excerpt first = e.excerpts().get(0);
        state.select(new Selection.OfPassage(first.sourceId(), first.range(), e.id()));
    }

    private HoverText hoverText(String eventId) {
        TimelineModel model = state.getModel();
        Event e = model == null ? null : model.event(eventId).orElse(null);
        if (e == null) {
            return null;
        }
        Locale locale = state.getLocale();
        String people = e.people().stream()
                .map(p -> model.person(p).map(Person::name).map(n -> LocalFormat.of(locale).text(n)).orElse(p))
                .collect(Collectors.joining(", "));
        String note = e.date().approximate() ? UiText.of("timeline", locale).get("hover.approximate") : null;
        return new HoverText(LocalFormat.of(locale).text(e.title()), EventDates.format(e.date(), locale), people, note);
    }

    // ------------------------------------------------------------------------------------------------ filter range

    /** The overview band brackets the filter's dates, and narrowing them shows that span. */
    private void filterChanged(EventFilter was, EventFilter now) {
        highlightRange(now);
        boolean rangeChanged = was == null || !Objects.equals(was.from(), now.from())
                || !Objects.equals(was.to(), now.to());
        TimelineModel model = state.getModel();
        if (rangeChanged && model != null && (now.from() != null || now.to() != null)) {
            List<Event> events = model.events();
            long start = now.from() != null ? now.from().startMillis()
                    : events.isEmpty() ? 0 : events.get(0).date().startMillis();
            long end = now.to() != null ? now.to().endMillisExclusive()
                    : events.stream().mapToLong(e -> e.date().endMillisExclusive()).max().orElse(start + 1);
            if (end > start) {
                view.setVisibleWindow(start, end);
            }
        }
    }

    /** A Shift+drag across the overview band: the months it touches become the filter's time range. */
    private void rangeChosen(TimeWindow w) {
        if (state.getModel() == null || !(w.end() > w.start())) {
            highlightRange(state.getFilter());
            return;
        }
        java.time.LocalDate a = java.time.LocalDate.ofEpochDay(Math.floorDiv((long) w.start(), 86_400_000L));
        java.time.LocalDate b = java.time.LocalDate.ofEpochDay(Math.floorDiv((long) w.end() - 1, 86_400_000L));
        EventFilter now = state.getFilter().withRange(
                dev.faultline.model.PartialDate.ofMonth(a.getYear(), a.getMonthValue()),
                dev.faultline.model.PartialDate.ofMonth(b.getYear(), b.getMonthValue()));
        if (now.equals(state.getFilter())) {
            highlightRange(now);
        }
        state.setFilter(now);
    }

    private void highlightRange(EventFilter f) {
        if (f == null || f.from() == null && f.to() == null) {
            view.setHighlightedRange(null);
            return;
        }
        view.setHighlightedRange(new TimeWindow(
                f.from() == null ? Double.NEGATIVE_INFINITY : f.from().startMillis(),
                f.to() == null ? Double.POSITIVE_INFINITY : f.to().endMillisExclusive()));
    }
}
