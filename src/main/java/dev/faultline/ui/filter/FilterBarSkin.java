package dev.faultline.ui.filter;

import dev.faultline.text.Language;
import dev.faultline.text.LocalFormat;
import dev.faultline.model.Event;
import dev.faultline.model.EventKind;
import dev.faultline.model.Faction;
import dev.faultline.model.PartialDate;
import dev.faultline.model.Person;
import dev.faultline.model.Source;
import dev.faultline.model.TimelineModel;
import dev.faultline.query.EventFilter;
import dev.faultline.ui.AppState;
import dev.faultline.ui.FilterMode;
import dev.faultline.ui.UiText;
import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;
import org.controlsfx.control.SegmentedButton;

/**
 * Draws a {@link FilterBar} and keeps its controls and the app's filter in step, both ways: a click edits the filter,
 * and a filter set elsewhere (Clear all, a restored session, the timeline's overview band) moves the controls.
 */
final class FilterBarSkin extends SkinBase<FilterBar> {

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private final AppState state;
    /** One wrapping flow: the faction chips first, then the other controls, so even the chips wrap when narrow. */
    private final FlowPane row = new FlowPane();
    private final List<javafx.scene.Node> afterChips = new ArrayList<>();
    private final PeoplePicker people = new PeoplePicker();
    private final CheckComboBox<EventKind> kinds = new CheckComboBox<>();
    private final CheckComboBox<Source> sources = new CheckComboBox<>();
    private final RangeSlider range = new RangeSlider(0, 1, 0, 1);
    private final Label fromLabel = new Label();
    private final Label toLabel = new Label();
    private final ToggleButton hide = new ToggleButton();
    private final ToggleButton dim = new ToggleButton();
    private final SegmentedButton mode = new SegmentedButton(hide, dim);
    private final Label count = new Label();
    private final Button clear = new Button();
    private final Label empty = new Label();
    private final Map<String, ToggleButton> chipsById = new LinkedHashMap<>();
    private final List<Runnable> disposers = new ArrayList<>();
    /** The first month of the model's span, and how many months after it the slider reaches. */
    private YearMonth firstMonth = YearMonth.of(2000, 1);
    private int lastMonthIndex;
    private boolean syncing;

    FilterBarSkin(FilterBar bar) {
        super(bar);
        this.state = bar.getState();

        people.setId("people-picker");
        kinds.setId("kind-picker");
        kinds.setShowCheckedCount(true);
        sources.setId("source-picker");
        sources.setShowCheckedCount(true);
        range.setId("time-range");
        range.setShowTickMarks(false);
        range.setShowTickLabels(false);
        range.setBlockIncrement(1);
        range.setMajorTickUnit(12);
        range.setMinorTickCount(11);
        range.setSnapToTicks(true);
        fromLabel.setId("time-from");
        fromLabel.getStyleClass().add("time-label");
        toLabel.setId("time-to");
        toLabel.getStyleClass().add("time-label");
        HBox time = new HBox(6, fromLabel, range, toLabel);
        time.getStyleClass().add("time-range");
        time.setAlignment(Pos.CENTER_LEFT);
        hide.setId("filter-mode-hide");
        dim.setId("filter-mode-dim");
        mode.getStyleClass().add("filter-mode");
        count.setId("match-count");
        count.getStyleClass().add("match-count");
        clear.setId("clear-filters");
        clear.getStyleClass().add("clear-filters");
        clear.setOnAction(e -> bar.clearAll());
        empty.setId("no-matches");
        empty.getStyleClass().add("empty-state");
        empty.managedProperty().bind(empty.visibleProperty());

        afterChips.addAll(List.of(people, kinds, sources, time, mode, count, clear));
        row.getChildren().setAll(afterChips);
        row.getStyleClass().add("filter-row");
        row.setAlignment(Pos.CENTER_LEFT);
        // Without a width, lay the row out on one line.
        row.setPrefWrapLength(2000);
        VBox box = new VBox(row, empty);
        box.getStyleClass().add("filter-box");
        getChildren().add(box);

        // Controls → filter.
        people.getChosen().addListener((SetChangeListener<String>) c -> {
            if (!syncing) {
                edit(f -> f.withPeople(Set.copyOf(people.getChosen())));
            }
        });
        kinds.getCheckModel().getCheckedItems().addListener((ListChangeListener<EventKind>) c -> {
            if (!syncing) {
                edit(f -> f.withKinds(Set.copyOf(kinds.getCheckModel().getCheckedItems())));
            }
        });
        sources.getCheckModel().getCheckedItems().addListener((ListChangeListener<Source>) c -> {
            if (!syncing) {
                edit(f -> f.withSources(idsOf(sources.getCheckModel().getCheckedItems())));
            }
        });
        InvalidationListener onRange = o -> {
            if (!syncing) {
                rangeMoved();
            }
        };
        range.lowValueProperty().addListener(onRange);
        range.highValueProperty().addListener(onRange);
        mode.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // A segmented button must always have one segment on: clicking the chosen one keeps it.
                was.setSelected(true);
            } else if (!syncing) {
                state.setFilterMode(now == dim ? FilterMode.DIM : FilterMode.HIDE);
            }
        });

        // App state → controls.
        listen(o -> rebuild(), state.modelProperty());
        listen(o -> syncFromFilter(), state.filterProperty());
        listen(o -> syncMode(), state.filterModeProperty());
        listen(o -> relabel(), state.localeProperty());
        listen(o -> updateCount(), state.filterProperty(), bar.matchCountProperty(), bar.totalCountProperty(),
                bar.getRunner().busyProperty());
        rebuild();
        syncMode();
    }

    private void listen(InvalidationListener l, Observable... observables) {
        for (Observable o : observables) {
            o.addListener(l);
            disposers.add(() -> o.removeListener(l));
        }
    }

    private void edit(java.util.function.UnaryOperator<EventFilter> change) {
        state.setFilter(change.apply(state.getFilter()));
    }

    private static Set<String> idsOf(List<Source> list) {
        Set<String> ids = new HashSet<>();
        for (Source s : list) {
            ids.add(s.id());
        }
        return ids;
    }

    /** A new model: new chips, people, kinds, sources and time span. */
    private void rebuild() {
        syncing = true;
        try {
            TimelineModel model = state.getModel();
            row.getChildren().setAll(afterChips);
            chipsById.clear();
            List<Person> cast = new ArrayList<>();
            List<EventKind> kindsPresent = new ArrayList<>();
            List<Source> sourceList = new ArrayList<>();
            if (model != null) {
                for (Faction f : model.factions()) {
                    ToggleButton chip = chip(f);
                    chipsById.put(f.id(), chip);
                    row.getChildren().add(row.getChildren().size() - afterChips.size(), chip);
                }
                cast.addAll(model.people());
                EnumSet<EventKind> present = EnumSet.noneOf(EventKind.class);
                for (Event e : model.events()) {
                    if (e.kind() != null) {
                        present.add(e.kind());
                    }
                }
                kindsPresent.addAll(present);
                sourceList.addAll(model.sources());
                measureSpan(model);
            }
            people.getPeople().setAll(sortedByName(cast));
            kinds.getCheckModel().clearChecks();
            kinds.getItems().setAll(kindsPresent);
            sources.getCheckModel().clearChecks();
            sources.getItems().setAll(sourceList);
            range.setMin(0);
            range.setMax(Math.max(1, lastMonthIndex));
            range.setDisable(lastMonthIndex < 1);
        } finally {
            syncing = false;
        }
        relabel();
        syncFromFilter();
    }

    private ToggleButton chip(Faction f) {
        ToggleButton chip = new ToggleButton();
        chip.setId("faction-chip-" + f.id());
        chip.getStyleClass().add("faction-toggle");
        chip.setUserData(f);
        Region swatch = new Region();
        swatch.getStyleClass().add("swatch");
        chip.setGraphic(swatch);
        if (f.color() != null && COLOR.matcher(f.color()).matches()) {
            // A looked-up colour, so the stylesheet decides how the faction's colour is used.
            chip.setStyle("-faction-color: " + f.color() + ";");
        }
        chip.selectedProperty().addListener((o, was, now) -> {
            if (!syncing) {
                Set<String> chosen = new HashSet<>(state.getFilter().factions());
                if (now) {
                    chosen.add(f.id());
                } else {
                    chosen.remove(f.id());
                }
                edit(filter -> filter.withFactions(chosen));
            }
        });
        return chip;
    }

    private List<Person> sortedByName(List<Person> cast) {
        Locale locale = state.getLocale() == null ? Locale.ENGLISH : state.getLocale();
        Collator collator = Collator.getInstance(locale);
        List<Person> sorted = new ArrayList<>(cast);
        sorted.sort(Comparator.comparing((Person p) -> LocalFormat.of(locale).text(p.name()), collator));
        return sorted;
    }

    private void measureSpan(TimelineModel model) {
        List<Event> events = model.events();
        if (events.isEmpty()) {
            firstMonth = YearMonth.now();
            lastMonthIndex = 0;
            return;
        }
        LocalDate first = events.get(0).date().start().firstDay();
        LocalDate last = first;
        for (Event e : events) {
            LocalDate end = e.date().endDate().orElse(e.date().start()).lastDay();
            if (end.isAfter(last)) {
                last = end;
            }
        }
        firstMonth = YearMonth.from(first);
        lastMonthIndex = (int) ChronoUnit.MONTHS.between(firstMonth, YearMonth.from(last));
    }

    private int monthIndex(PartialDate d) {
        long i = ChronoUnit.MONTHS.between(firstMonth, YearMonth.of(d.year(), d.month()));
        return (int) Math.max(0, Math.min(lastMonthIndex, i));
    }

    private PartialDate month(int index) {
        YearMonth m = firstMonth.plusMonths(index);
        return PartialDate.ofMonth(m.getYear(), m.getMonthValue());
    }

    /** The slider moved: its ends become the filter's range, or no range at the model's own ends. */
    private void rangeMoved() {
        int low = (int) Math.round(range.getLowValue());
        int high = (int) Math.round(range.getHighValue());
        EventFilter f = state.getFilter();
        int currentLow = f.from() == null ? 0 : monthIndex(f.from());
        int currentHigh = f.to() == null ? lastMonthIndex : monthIndex(f.to());
        if (low == currentLow && high == currentHigh) {
            return;
        }
        PartialDate from = low <= 0 ? null : low == currentLow ? f.from() : month(low);
        PartialDate to = high >= lastMonthIndex ? null : high == currentHigh ? f.to() : month(high);
        edit(filter -> filter.withRange(from, to));
    }

    private void syncFromFilter() {
        EventFilter f = state.getFilter();
        syncing = true;
        try {
            for (Map.Entry<String, ToggleButton> chip : chipsById.entrySet()) {
                chip.getValue().setSelected(f.factions().contains(chip.getKey()));
            }
            if (!people.getChosen().equals(f.people())) {
                people.getChosen().retainAll(f.people());
                people.getChosen().addAll(f.people());
            }
            if (!Set.copyOf(kinds.getCheckModel().getCheckedItems()).equals(f.kinds())) {
                kinds.getCheckModel().clearChecks();
                for (EventKind k : kinds.getItems()) {
                    if (f.kinds().contains(k)) {
                        kinds.getCheckModel().check(k);
                    }
                }
            }
            if (!idsOf(sources.getCheckModel().getCheckedItems()).equals(f.sources())) {
                sources.getCheckModel().clearChecks();
                for (Source s : sources.getItems()) {
                    if (f.sources().contains(s.id())) {
                        sources.getCheckModel().check(s);
                    }
                }
            }
            int low = f.from() == null ? 0 : monthIndex(f.from());
            int high = f.to() == null ? lastMonthIndex : monthIndex(f.to());
            if (low > range.getHighValue()) {
                range.setHighValue(high);
                range.setLowValue(low);
            } else {
                range.setLowValue(low);
                range.setHighValue(high);
            }
        } finally {
            syncing = false;
        }
        clear.setDisable(f.isEmpty());
        updateRangeLabels();
    }

    private void syncMode() {
        syncing = true;
        try {
            (state.getFilterMode() == FilterMode.DIM ? dim : hide).setSelected(true);
        } finally {
            syncing = false;
        }
    }

    private void relabel() {
        Locale locale = state.getLocale();
        UiText text = UiText.of("filter", locale);
        for (ToggleButton chip : chipsById.values()) {
            Faction f = (Faction) chip.getUserData();
            chip.setText(LocalFormat.of(locale).text(f.name()));
            chip.setTooltip(new Tooltip(text.format("bar.factionTooltip", f.description() == null ? LocalFormat.of(locale).text(f.name())
                    : LocalFormat.of(locale).marked(f.description()))));
        }
        people.setLocale(locale);
        if (state.getModel() != null) {
            List<Person> resorted = sortedByName(people.getPeople());
            if (!resorted.equals(people.getPeople())) {
                people.getPeople().setAll(resorted);
            }
        }
        kinds.setTitle(text.get("bar.kinds"));
        kinds.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventKind k) {
                return k == null ? "" : text.get("kind." + k.id());
            }

            @Override
            public EventKind fromString(String s) {
                return null;
            }
        });
        sources.setTitle(text.get("bar.sources"));
        redrawButton(kinds);
        redrawButton(sources);
        sources.setConverter(new StringConverter<>() {
            @Override
            public String toString(Source s) {
                if (s == null) {
                    return "";
                }
                boolean zh = Language.of(locale).chinese();
                return zh || s.titleEn() == null ? s.title() : s.titleEn();
            }

            @Override
            public Source fromString(String s) {
                return null;
            }
        });
        Tooltip timeTip = new Tooltip(text.get("bar.timeTooltip"));
        range.setTooltip(timeTip);
        hide.setText(text.get("bar.mode.hide"));
        hide.setTooltip(new Tooltip(text.get("bar.mode.hideTooltip")));
        dim.setText(text.get("bar.mode.dim"));
        dim.setTooltip(new Tooltip(text.get("bar.mode.dimTooltip")));
        clear.setText(text.get("bar.clear"));
        clear.setTooltip(new Tooltip(text.get("bar.clearTooltip")));
        empty.setText(text.get("bar.empty"));
        updateRangeLabels();
        updateCount();
    }

    /** A check combo box redraws its button only when its checks change, not its title: change one and back. */
    private void redrawButton(CheckComboBox<?> box) {
        if (box.getItems().isEmpty()) {
            return;
        }
        boolean was = syncing;
        syncing = true;
        try {
            box.getCheckModel().toggleCheckState(0);
            box.getCheckModel().toggleCheckState(0);
        } finally {
            syncing = was;
        }
    }

    private void updateRangeLabels() {
        Locale locale = state.getLocale();
        EventFilter f = state.getFilter();
        if (state.getModel() == null || state.getModel().events().isEmpty()) {
            fromLabel.setText("");
            toLabel.setText("");
            return;
        }
        fromLabel.setText(LocalFormat.of(locale).date(f.from() != null ? f.from() : month(0)));
        toLabel.setText(LocalFormat.of(locale).date(f.to() != null ? f.to() : month(lastMonthIndex)));
    }

    private void updateCount() {
        FilterBar bar = getSkinnable();
        UiText text = UiText.of("filter", state.getLocale());
        int total = bar.getTotalCount();
        boolean filtered = !state.getFilter().isEmpty();
        if (bar.getRunner().busyProperty().get()) {
            count.setText(text.get("bar.count.busy"));
        } else if (filtered) {
            count.setText(text.format("bar.count.some", bar.getMatchCount(), total));
        } else {
            count.setText(text.format("bar.count.all", total));
        }
        empty.setVisible(filtered && total > 0 && bar.getMatchCount() == 0 && !bar.getRunner().busyProperty().get());
    }

    // SkinBase asks children for their height at no particular width, which a wrapping row answers with its
    // 400-pixel default wrap length; give it the bar's own width so the bar is exactly as tall as its rows.
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double inner = width < 0 ? -1 : Math.max(0, width - left - right);
        return top + getChildren().get(0).prefHeight(inner) + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    public void dispose() {
        disposers.forEach(Runnable::run);
        disposers.clear();
        getChildren().clear();
        super.dispose();
    }
}
