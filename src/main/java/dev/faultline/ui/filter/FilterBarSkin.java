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
import javafx.scene.control.TextField;
import javafx.scene.control.SkinBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;
import org.controlsfx.control.SegmentedButton;

/**
 * Draws a {@link FilterBar} in one row, so the timeline keeps its height on a small screen (on a window too narrow
 * for that, under about 1,000 px, in two rows: what is chosen, then the time range and the count, each control whole
 * rather than cut off at the window's edges): a Factions button that
 * opens the faction chips, People, Kinds, Sources, the time range (typed year-month fields either side of a slider of
 * fixed width), Hide/Dim, the count and Clear all. It keeps its controls and the app's filter in step, both ways: a
 * click edits the filter, and a filter set elsewhere (Clear all, a restored session, the overview band) moves them.
 */
final class FilterBarSkin extends SkinBase<FilterBar> {

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final javafx.css.PseudoClass INVALID = javafx.css.PseudoClass.getPseudoClass("invalid");

    private final AppState state;
    /** What the filter chooses: factions, people, kinds, sources. */
    private final HBox choices = new HBox();
    /** When, how, and how many: the time range, Hide/Dim, the count, Clear all and the empty-state note. */
    private final HBox scope = new HBox();
    private static final double ROW_GAP = 8;
    private static final double ROWS_GAP = 4;
    /** The faction chips, in a popup opened by {@link #factionsButton}. */
    private final FlowPane chips = new FlowPane();
    private final Popup chipPopup = new Popup();
    private final Button factionsButton = new Button();
    private final HBox chosenSwatches = new HBox(2);
    private final PeoplePicker people = new PeoplePicker();
    private final CheckComboBox<EventKind> kinds = new CheckComboBox<>();
    private final CheckComboBox<Source> sources = new CheckComboBox<>();
    private final RangeSlider range = new RangeSlider(0, 1, 0, 1);
    private final TextField fromField = new TextField();
    private final TextField toField = new TextField();
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
        fromField.setId("time-from");
        toField.setId("time-to");
        for (TextField field : List.of(fromField, toField)) {
            field.getStyleClass().add("time-field");
            field.setPrefColumnCount(6);
            field.setOnAction(e -> typedRange());
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    typedRange();
                }
            });
        }
        HBox time = new HBox(6, fromField, range, toField);
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
        // At the end of the row, cut short rather than wrapping: saying so never moves the window's layout.
        empty.setMinWidth(0);
        empty.setVisible(false);

        factionsButton.setId("faction-picker");
        factionsButton.getStyleClass().add("faction-picker");
        factionsButton.setGraphic(chosenSwatches);
        factionsButton.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        factionsButton.setOnAction(e -> toggleChips());
        chips.setId("faction-chips");
        chips.getStyleClass().addAll("filter-bar", "faction-popup");
        chips.setPrefWrapLength(430);
        chips.setHgap(8);
        chips.setVgap(6);
        chips.getStylesheets().add(
                FilterBar.class.getResource("/dev/faultline/ui/filter/filter-bar.css").toExternalForm());
        chipPopup.getContent().add(chips);
        chipPopup.setAutoHide(true);
        chipPopup.setHideOnEscape(true);

        choices.getChildren().setAll(factionsButton, people, kinds, sources);
        scope.getChildren().setAll(time, mode, count, clear, empty);
        // Every control keeps its words; what gives way on a narrow window is the empty-state note at the end.
        for (Region r : List.of(factionsButton, people, kinds, sources, hide, dim, count, clear)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        for (HBox row : List.of(choices, scope)) {
            row.getStyleClass().add("filter-row");
            row.setAlignment(Pos.CENTER_LEFT);
        }
        choices.setId("filter-choices");
        scope.setId("filter-scope");
        getChildren().addAll(choices, scope);

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
                bar.busyProperty());
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
            chips.getChildren().clear();
            chipsById.clear();
            List<Person> cast = new ArrayList<>();
            List<EventKind> kindsPresent = new ArrayList<>();
            List<Source> sourceList = new ArrayList<>();
            if (model != null) {
                for (Faction f : model.factions()) {
                    ToggleButton chip = chip(f);
                    chipsById.put(f.id(), chip);
                    chips.getChildren().add(chip);
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

    /** Opens the faction chips under their button, or closes them. */
    private void toggleChips() {
        if (chipPopup.isShowing()) {
            chipPopup.hide();
            return;
        }
        javafx.geometry.Bounds b = factionsButton.localToScreen(factionsButton.getBoundsInLocal());
        if (b != null) {
            chipPopup.show(factionsButton, b.getMinX(), b.getMaxY() + 2);
            if (!chips.getChildren().isEmpty()) {
                chips.getChildren().get(0).requestFocus();
            }
        }
    }

    /** The Factions button names how many are chosen and shows their colours. */
    private void updateFactionsButton() {
        UiText text = UiText.of("filter", state.getLocale());
        List<javafx.scene.Node> swatches = new ArrayList<>();
        int chosen = 0;
        for (ToggleButton chip : chipsById.values()) {
            if (chip.isSelected()) {
                chosen++;
                Region swatch = new Region();
                swatch.getStyleClass().add("swatch");
                Faction f = (Faction) chip.getUserData();
                if (f.color() != null && COLOR.matcher(f.color()).matches()) {
                    swatch.setStyle("-faction-color: " + f.color() + ";");
                }
                swatches.add(swatch);
            }
        }
        chosenSwatches.getChildren().setAll(swatches);
        factionsButton.setText(chosen == 0 ? text.get("bar.factions") + " ▾"
                : text.format("bar.factionsChosen", chosen) + " ▾");
    }

    /** A year-month typed in either field becomes the range; what cannot be read is marked and left as it was. */
    private void typedRange() {
        if (syncing || state.getModel() == null || lastMonthIndex < 1) {
            return;
        }
        PartialDate from = readMonth(fromField);
        PartialDate to = readMonth(toField);
        if (from == null || to == null) {
            return;
        }
        int low = monthIndex(from);
        int high = monthIndex(to);
        if (low > high) {
            fromField.pseudoClassStateChanged(INVALID, true);
            toField.pseudoClassStateChanged(INVALID, true);
            return;
        }
        PartialDate a = low <= 0 ? null : month(low);
        PartialDate b = high >= lastMonthIndex ? null : month(high);
        EventFilter f = state.getFilter();
        if (java.util.Objects.equals(a, f.from()) && java.util.Objects.equals(b, f.to())) {
            updateRangeLabels();
            return;
        }
        edit(filter -> filter.withRange(a, b));
    }

    private PartialDate readMonth(TextField field) {
        java.util.Optional<YearMonth> m = YearMonthText.parse(field.getText());
        field.pseudoClassStateChanged(INVALID, m.isEmpty());
        if (m.isEmpty()) {
            field.setTooltip(new Tooltip(UiText.of("filter", state.getLocale()).get("bar.timeInvalid")));
            return null;
        }
        field.setTooltip(new Tooltip(UiText.of("filter", state.getLocale()).get("bar.timeFieldTooltip")));
        return PartialDate.ofMonth(m.get().getYear(), m.get().getMonthValue());
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
        LocalDate last = model.latestDate().map(d -> d.lastDay()).orElse(first);
        if (last.isBefore(first)) {
            last = first;
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
        updateFactionsButton();
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
                // Led by the key the model's text cites it by ("003 says …"), as the reading panes show it.
                return s.keyed(zh || s.titleEn() == null ? s.title() : s.titleEn());
            }

            @Override
            public Source fromString(String s) {
                return null;
            }
        });
        Tooltip timeTip = new Tooltip(text.get("bar.timeTooltip"));
        range.setTooltip(timeTip);
        fromField.setTooltip(new Tooltip(text.get("bar.timeFieldTooltip")));
        toField.setTooltip(new Tooltip(text.get("bar.timeFieldTooltip")));
        fromField.setPromptText(text.get("bar.timeFrom"));
        toField.setPromptText(text.get("bar.timeTo"));
        updateFactionsButton();
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
        fromField.pseudoClassStateChanged(INVALID, false);
        toField.pseudoClassStateChanged(INVALID, false);
        if (state.getModel() == null || state.getModel().events().isEmpty()) {
            fromField.setText("");
            toField.setText("");
            return;
        }
        PartialDate a = f.from() != null ? f.from() : month(0);
        PartialDate b = f.to() != null ? f.to() : month(lastMonthIndex);
        fromField.setText(YearMonthText.format(YearMonth.of(a.year(), a.month()), locale));
        toField.setText(YearMonthText.format(YearMonth.of(b.year(), b.month()), locale));
    }

    private void updateCount() {
        FilterBar bar = getSkinnable();
        UiText text = UiText.of("filter", state.getLocale());
        int total = bar.getTotalCount();
        boolean filtered = !state.getFilter().isEmpty();
        if (bar.busyProperty().get()) {
            count.setText(text.get("bar.count.busy"));
        } else if (filtered) {
            count.setText(text.format("bar.count.some", bar.getMatchCount(), total));
        } else {
            count.setText(text.format("bar.count.all", total));
        }
        empty.setVisible(filtered && total > 0 && bar.getMatchCount() == 0 && !bar.busyProperty().get());
    }

    /** The bar never asks the window for width: on a narrow one it takes two rows instead. */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + choices.prefWidth(-1) + ROW_GAP + scope.prefWidth(-1) + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double a = choices.prefHeight(-1);
        double b = scope.prefHeight(-1);
        boolean oneRow = width < 0 || fitsOneRow(width - left - right);
        return top + (oneRow ? Math.max(a, b) : a + ROWS_GAP + b) + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    /**
     * Whether both halves fit side by side, the empty-state note aside: it is cut short rather than counted, so that
     * saying "no events match" never moves the window's layout.
     */
    private boolean fitsOneRow(double width) {
        double note = empty.prefWidth(-1) + scope.getSpacing();
        return choices.prefWidth(-1) + ROW_GAP + scope.prefWidth(-1) - note <= width;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double a = snapSizeX(choices.prefWidth(-1));
        if (fitsOneRow(w)) {
            choices.resizeRelocate(x, y, a, h);
            scope.resizeRelocate(snapPositionX(x + a + ROW_GAP), y, Math.max(0, w - a - ROW_GAP), h);
        } else {
            double top = snapSizeY(choices.prefHeight(-1));
            choices.resizeRelocate(x, y, w, top);
            scope.resizeRelocate(x, snapPositionY(y + top + ROWS_GAP), w, Math.max(0, h - top - ROWS_GAP));
        }
    }

    @Override
    public void dispose() {
        chipPopup.hide();
        disposers.forEach(Runnable::run);
        disposers.clear();
        getChildren().clear();
        super.dispose();
    }
}
