package dev.faultline.ui;

import dev.faultline.model.EventKind;
import dev.faultline.model.PartialDate;
import dev.faultline.model.TextRange;
import dev.faultline.model.TimelineModel;
import dev.faultline.query.EventFilter;
import dev.faultline.text.Language;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Remembers the session between runs with {@link Preferences}: the filter (every field, the search text with it),
 * hide-or-dim, the selection, the UI's language, the window's place, size and maximised state, and the timeline's visible window and
 * lane grouping. Restoring tolerates anything: ids the model no longer has are dropped, values that do not parse are
 * ignored, so a stale or hand-edited store never stops the app. Failures of the store itself are logged, never thrown.
 *
 * <p>The node is {@code faultline.prefs.node} from the system properties, {@code dev/faultline} by default, under the
 * user root.
 */
public final class SessionStore {

    /** The system property naming the preferences node. */
    public static final String NODE_PROPERTY = "faultline.prefs.node";
    /** The node used when the property is not set. */
    public static final String DEFAULT_NODE = "dev/faultline";

    /** Where the main window was, and how big. */
    public record WindowState(double x, double y, double width, double height, boolean maximized) {
    }

    /**
     * What the timeline showed: the visible window in epoch milliseconds (UTC), start before end, and how lanes were
     * grouped (a name the timeline gives, such as "faction").
     */
    public record TimelineView(long startMillis, long endMillis, String laneGrouping) {
    }

    private static final Logger LOG = Logger.getLogger("dev.faultline.ui");
    /** Longest list or text written: a preference value may hold at most {@link Preferences#MAX_VALUE_LENGTH}. */
    private static final int MAX_VALUE = Preferences.MAX_VALUE_LENGTH;

    private static final String FACTIONS = "filter.factions";
    private static final String PEOPLE = "filter.people";
    private static final String KINDS = "filter.kinds";
    private static final String SOURCES = "filter.sources";
    private static final String FROM = "filter.from";
    private static final String TO = "filter.to";
    private static final String TEXT = "filter.text";
    private static final String MODE = "filter.mode";
    private static final String SELECTION = "selection";
    private static final String WINDOW_X = "window.x";
    private static final String WINDOW_Y = "window.y";
    private static final String WINDOW_WIDTH = "window.width";
    private static final String WINDOW_HEIGHT = "window.height";
    private static final String WINDOW_MAXIMIZED = "window.maximized";
    private static final String TIMELINE_START = "timeline.start";
    private static final String TIMELINE_END = "timeline.end";
    private static final String TIMELINE_GROUPING = "timeline.grouping";
    private static final String LANGUAGE = "ui.language";
    private static final String THEME = "theme";

    private final Preferences node;

    /** The store at the node the system property names. */
    public SessionStore() {
        this(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, DEFAULT_NODE)));
    }

    /** The store at a given node (for tests). */
    public SessionStore(Preferences node) {
        this.node = node;
    }

    /** Saves the app's state, and the window and timeline where given (null leaves what was saved before). */
    public void save(AppState state, WindowState window, TimelineView timeline) {
        putState(state);
        if (window != null) {
            putWindow(window);
        }
        if (timeline != null) {
            putTimeline(timeline);
        }
        flush();
    }

    /** Saves the filter, hide-or-dim and the selection. */
    public void saveState(AppState state) {
        putState(state);
        flush();
    }

    /** Saves the window's place and size. */
    public void saveWindow(WindowState w) {
        putWindow(w);
        flush();
    }

    /** Saves the timeline's visible window and lane grouping. */
    public void saveTimeline(TimelineView t) {
        putTimeline(t);
        flush();
    }

    private void putState(AppState state) {
        EventFilter f = state.getFilter();
        putList(FACTIONS, f.factions());
        putList(PEOPLE, f.people());
        putList(KINDS, f.kinds().stream().map(EventKind::id).toList());
        putList(SOURCES, f.sources());
        putOrRemove(FROM, f.from() == null ? null : f.from().toIsoString());
        putOrRemove(TO, f.to() == null ? null : f.to().toIsoString());
        putOrRemove(TEXT, f.text().isEmpty() || f.text().length() > MAX_VALUE ? null : f.text());
        node.put(MODE, state.getFilterMode().name());
        putOrRemove(SELECTION, state.getSelection() == null ? null : encode(state.getSelection()));
    }

    private void putWindow(WindowState w) {
        node.putDouble(WINDOW_X, w.x());
        node.putDouble(WINDOW_Y, w.y());
        node.putDouble(WINDOW_WIDTH, w.width());
        node.putDouble(WINDOW_HEIGHT, w.height());
        node.putBoolean(WINDOW_MAXIMIZED, w.maximized());
    }

    private void putTimeline(TimelineView t) {
        node.putLong(TIMELINE_START, t.startMillis());
        node.putLong(TIMELINE_END, t.endMillis());
        putOrRemove(TIMELINE_GROUPING, t.laneGrouping());
    }

    /**
     * Restores the filter, hide-or-dim and the selection into a state whose model is set: whatever names something
     * the model lacks is dropped. Without a model the filter's ids are kept as saved and the selection is skipped.
     */
    public void restore(AppState state) {
        TimelineModel m = state.getModel();
        Set<String> factions = ids(FACTIONS, id -> m == null || m.faction(id).isPresent());
        Set<String> people = ids(PEOPLE, id -> m == null || m.person(id).isPresent());
        Set<String> sources = ids(SOURCES, id -> m == null || m.source(id).isPresent());
        Set<EventKind> kinds = new LinkedHashSet<>();
        for (String id : list(KINDS)) {
            EventKind k = EventKind.fromId(id);
            if (k != null) {
                kinds.add(k);
            }
        }
        PartialDate from = date(FROM);
        PartialDate to = date(TO);
        if (from != null && to != null && to.lastDay().isBefore(from.firstDay())) {
            from = null;
            to = null;
        }
        state.setFilter(new EventFilter(factions, people, kinds, sources, from, to, node.get(TEXT, "")));
        String mode = node.get(MODE, FilterMode.HIDE.name());
        state.setFilterMode(Arrays.stream(FilterMode.values()).filter(v -> v.name().equals(mode)).findFirst()
                .orElse(FilterMode.HIDE));
        if (m != null) {
            decode(node.get(SELECTION, null)).filter(s -> resolves(m, s)).ifPresent(state::select);
        }
    }

    /**
     * The saved window fitted to the screens there are: no larger than the screen it was on (or the first screen, if
     * it is on none), moved wholly onto that screen; empty when nothing sensible was saved.
     */
    public Optional<WindowState> restoreWindow(java.util.List<javafx.geometry.Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return Optional.empty();
        }
        return restoreWindow().map(w -> {
            javafx.geometry.Rectangle2D screen = screens.stream()
                    .filter(s -> s.contains(w.x() + Math.min(w.width(), 100) / 2, w.y() + Math.min(w.height(), 100) / 2))
                    .findFirst().orElse(screens.get(0));
            double width = Math.min(w.width(), screen.getWidth());
            double height = Math.min(w.height(), screen.getHeight());
            double x = Math.max(screen.getMinX(), Math.min(w.x(), screen.getMaxX() - width));
            double y = Math.max(screen.getMinY(), Math.min(w.y(), screen.getMaxY() - height));
            return new WindowState(x, y, width, height, w.maximized());
        });
    }

    /** The saved window, if one was saved with a sensible size (not yet fitted to a screen). */
    public Optional<WindowState> restoreWindow() {
        double x = node.getDouble(WINDOW_X, Double.NaN);
        double y = node.getDouble(WINDOW_Y, Double.NaN);
        double w = node.getDouble(WINDOW_WIDTH, Double.NaN);
        double h = node.getDouble(WINDOW_HEIGHT, Double.NaN);
        if (!Double.isFinite(x) || !Double.isFinite(y) || !(w >= 200 && w <= 100_000) || !(h >= 150 && h <= 100_000)) {
            return Optional.empty();
        }
        return Optional.of(new WindowState(x, y, w, h, node.getBoolean(WINDOW_MAXIMIZED, false)));
    }

    /**
     * The saved timeline view if it makes sense for {@code model}: its span within the zoom limits (an hour to a
     * century) and overlapping the model's time span widened by a year each side; empty otherwise, so the timeline
     * fits the model instead. A corrupt store (a window near {@code Long.MAX_VALUE}) once froze the app at every start.
     */
    public Optional<TimelineView> restoreTimeline(TimelineModel model) {
        return restoreTimeline().filter(v -> {
            long span = v.endMillis() - v.startMillis();
            if (span < MIN_VIEW_SPAN || span > MAX_VIEW_SPAN) {
                return false;
            }
            if (model == null || model.events().isEmpty()) {
                return v.startMillis() > -MAX_EPOCH_MILLIS && v.endMillis() < MAX_EPOCH_MILLIS;
            }
            // The events are in chronological order, so the first starts first; the model knows its latest date.
            long first = model.events().get(0).date().startMillis();
            long last = model.latestDate().orElseThrow().endMillisExclusive();
            return v.endMillis() > first - YEAR && v.startMillis() < last + YEAR;
        });
    }

    private static final long YEAR = 366L * 24 * 3600 * 1000;
    /** An hour and a century, as the timeline's zoom allows. */
    private static final long MIN_VIEW_SPAN = 3600L * 1000;
    private static final long MAX_VIEW_SPAN = 101 * YEAR;
    /** Ten thousand years either side of 1970: far beyond any model, far from overflow. */
    private static final long MAX_EPOCH_MILLIS = 10_000 * YEAR;

    /** The saved timeline view, if one was saved with its start before its end (not checked against a model). */
    public Optional<TimelineView> restoreTimeline() {
        long start = node.getLong(TIMELINE_START, Long.MIN_VALUE);
        long end = node.getLong(TIMELINE_END, Long.MIN_VALUE);
        if (start == Long.MIN_VALUE || end == Long.MIN_VALUE || end <= start) {
            return Optional.empty();
        }
        return Optional.of(new TimelineView(start, end, node.get(TIMELINE_GROUPING, null)));
    }

    /** Saves the UI's language (its tag: {@code en}, {@code zh-Hant}, {@code zh-Hans}). */
    public void saveLanguage(Language language) {
        node.put(LANGUAGE, language.tag());
        flush();
    }

    /** The saved UI language, if one was saved and is still one the app speaks. */
    public Optional<Language> restoreLanguage() {
        return Language.fromTag(node.get(LANGUAGE, null));
    }

    /** Saves the colour theme. */
    public void saveTheme(Theme theme) {
        node.put(THEME, theme.name());
        flush();
    }

    /** The colour theme saved last, or light. */
    public Theme restoreTheme() {
        return Theme.named(node.get(THEME, Theme.LIGHT.name()));
    }

    /** Forgets everything saved ("Reset view"). */
    public void reset() {
        try {
            node.clear();
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.log(Level.WARNING, "could not clear the saved session", e);
        }
    }

    /**
     * A selection as one line: {@code event:ID}, {@code person:ID}, {@code source:ID}, or
     * {@code passage:SOURCE:START-END[:EVENT]}. Ids are kebab-case, so the colons are unambiguous.
     */
    static String encode(Selection s) {
        if (s instanceof Selection.OfEvent e) {
            return "event:" + e.eventId();
        } else if (s instanceof Selection.OfPerson p) {
            return "person:" + p.personId();
        } else if (s instanceof Selection.OfSource src) {
            return "source:" + src.sourceId();
        } else if (s instanceof Selection.OfPassage p) {
            return "passage:" + p.sourceId() + ":" + p.range().start() + "-" + p.range().end()
                    + (p.eventId() == null ? "" : ":" + p.eventId());
        }
        throw new IllegalArgumentException("unknown selection " + s);
    }

    /** The selection a line stands for; empty for anything that does not parse. */
    static Optional<Selection> decode(String line) {
        if (line == null) {
            return Optional.empty();
        }
        String[] parts = line.split(":", -1);
        try {
            return Optional.ofNullable(switch (parts[0]) {
                case "event" -> parts.length == 2 && !parts[1].isEmpty() ? new Selection.OfEvent(parts[1]) : null;
                case "person" -> parts.length == 2 && !parts[1].isEmpty() ? new Selection.OfPerson(parts[1]) : null;
                case "source" -> parts.length == 2 && !parts[1].isEmpty() ? new Selection.OfSource(parts[1]) : null;
                case "passage" -> passage(parts);
                default -> null;
            });
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Selection passage(String[] parts) {
        if (parts.length < 3 || parts.length > 4 || parts[1].isEmpty()) {
            return null;
        }
        String[] range = parts[2].split("-", -1);
        if (range.length != 2) {
            return null;
        }
        TextRange r = new TextRange(Integer.parseInt(range[0]), Integer.parseInt(range[1]));
        String eventId = parts.length == 4 && !parts[3].isEmpty() ? parts[3] : null;
        return new Selection.OfPassage(parts[1], r, eventId);
    }

    private static boolean resolves(TimelineModel m, Selection s) {
        if (s instanceof Selection.OfEvent e) {
            return m.event(e.eventId()).isPresent();
        } else if (s instanceof Selection.OfPerson p) {
            return m.person(p.personId()).isPresent();
        } else if (s instanceof Selection.OfSource src) {
            return m.source(src.sourceId()).isPresent();
        } else if (s instanceof Selection.OfPassage p) {
            return m.source(p.sourceId()).filter(src -> p.range().end() <= src.text().length()).isPresent()
                    && (p.eventId() == null || m.event(p.eventId()).isPresent());
        }
        return false;
    }

    private Set<String> ids(String key, Predicate<String> known) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : list(key)) {
            if (known.test(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private java.util.List<String> list(String key) {
        String value = node.get(key, "");
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private PartialDate date(String key) {
        String value = node.get(key, null);
        if (value == null) {
            return null;
        }
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void putList(String key, java.util.Collection<String> values) {
        String joined = values.stream().sorted().reduce((a, b) -> a + "," + b).orElse("");
        putOrRemove(key, joined.isEmpty() || joined.length() > MAX_VALUE ? null : joined);
    }

    private void putOrRemove(String key, String value) {
        if (value == null) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.log(Level.WARNING, "could not save the session", e);
        }
    }
}
