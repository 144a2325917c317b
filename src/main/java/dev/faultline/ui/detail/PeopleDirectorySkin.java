package dev.faultline.ui.detail;

import dev.faultline.text.LocalFormat;
import dev.faultline.model.Faction;
import dev.faultline.model.Person;
import dev.faultline.model.Source;
import dev.faultline.model.TimelineModel;
import dev.faultline.text.MentionFinder;
import dev.faultline.text.ScriptFolding;
import dev.faultline.ui.AppState;
import dev.faultline.ui.UiText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Draws a {@link PeopleDirectory}: a search field over the grouped list. Event counts come from the model at once;
 * mention counts (every source searched through every person's names) are counted by a background task per model
 * and filled in when done.
 */
final class PeopleDirectorySkin extends SkinBase<PeopleDirectory> {

    private final TextField search = new TextField();
    private final VBox list = new VBox();
    private final ScrollPane scroll = new ScrollPane(list);
    private Map<String, Integer> mentionCounts = Map.of();
    private TimelineModel counted;
    private TimelineModel counting;
    private Task<Map<String, Integer>> countTask;

    PeopleDirectorySkin(PeopleDirectory directory) {
        super(directory);
        search.setId("people-search");
        search.getStyleClass().add("people-search");
        search.textProperty().bindBidirectional(directory.queryProperty());
        list.getStyleClass().add("directory-list");
        list.setId("directory-list");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("directory-scroll");
        BorderPane layout = new BorderPane(scroll);
        layout.setTop(search);
        BorderPane.setMargin(search, new javafx.geometry.Insets(0, 0, 8, 0));
        getChildren().add(layout);

        AppState state = directory.getAppState();
        registerChangeListener(directory.queryProperty(), o -> rebuild());
        registerChangeListener(state.localeProperty(), o -> rebuild());
        registerChangeListener(state.modelProperty(), o -> rebuild());
        rebuild();
    }

    @Override
    public void dispose() {
        if (countTask != null) {
            countTask.cancel();
        }
        search.textProperty().unbindBidirectional(getSkinnable().queryProperty());
        super.dispose();
    }

    private void rebuild() {
        AppState state = getSkinnable().getAppState();
        TimelineModel model = state.getModel();
        Locale locale = state.getLocale();
        UiText ui = UiText.of("detail", locale);
        search.setPromptText(ui.get("directory.search"));
        list.getChildren().clear();
        if (model == null) {
            return;
        }
        countMentions(model);
        List<Person> people = PeopleDirectory.matching(model, getSkinnable().getQuery());
        Label total = new Label(ui.format("directory.count", people.size(), model.people().size()));
        total.setId("directory-count");
        total.getStyleClass().add("directory-count");
        list.getChildren().add(total);

        Map<String, List<Person>> groups = new LinkedHashMap<>();
        for (Faction f : model.factions()) {
            groups.put(f.id(), new ArrayList<>());
        }
        groups.put("", new ArrayList<>());
        for (Person p : people) {
            String f = p.primaryFactionId().filter(id -> model.faction(id).isPresent()).orElse("");
            groups.get(f).add(p);
        }
        for (Map.Entry<String, List<Person>> g : groups.entrySet()) {
            if (g.getValue().isEmpty()) {
                continue;
            }
            Optional<Faction> faction = model.faction(g.getKey());
            HBox heading = new HBox(faction.<Region>map(f -> new FactionChip(f, locale))
                    .orElseGet(() -> new Label(ui.get("directory.noFaction"))));
            heading.getStyleClass().add("directory-group");
            heading.setId("directory-group-" + (g.getKey().isEmpty() ? "none" : g.getKey()));
            list.getChildren().add(heading);
            for (Person p : g.getValue()) {
                list.getChildren().add(row(p, model, ui, locale));
            }
        }
        if (people.isEmpty()) {
            Label none = new Label(ui.get("directory.none"));
            none.getStyleClass().add("directory-none");
            list.getChildren().add(none);
        }
    }

    private HBox row(Person p, TimelineModel model, UiText ui, Locale locale) {
        Hyperlink name = new Hyperlink(LocalFormat.of(locale).text(p.name()));
        name.setId("directory-person-" + p.id());
        name.getStyleClass().add("directory-name");
        name.setOnAction(e -> {
            Consumer<String> choose = getSkinnable().getOnChoose();
            if (choose != null) {
                choose.accept(p.id());
            }
        });
        HBox row = new HBox(name);
        row.getStyleClass().add("directory-row");
        row.setId("directory-row-" + p.id());
        row.setAlignment(Pos.BASELINE_LEFT);
        EventDetailPaneSkin.otherLanguage(p.name().en(), p.name().chinese().orElse(null), locale).ifPresent(o -> {
            Label other = new Label(o);
            other.getStyleClass().add("directory-other-name");
            row.getChildren().add(other);
        });
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        int events = model.eventsWithPerson(p.id()).size();
        Integer mentions = counted == model ? mentionCounts.get(p.id()) : null;
        Label counts = new Label(mentions == null ? ui.format("directory.events", events)
                : ui.format("directory.eventsAndMentions", events, mentions));
        counts.setId("directory-counts-" + p.id());
        counts.getStyleClass().add("directory-counts");
        row.getChildren().addAll(spring, counts);
        return row;
    }

    /** Counts every person's mentions in every source, once per model, off the JavaFX thread. */
    private void countMentions(TimelineModel model) {
        if (counted == model || counting == model) {
            return;
        }
        if (countTask != null) {
            countTask.cancel();
        }
        counting = model;
        Task<Map<String, Integer>> task = new Task<>() {
            @Override
            protected Map<String, Integer> call() {
                ScriptFolding folding = ScriptFolding.instance();
                List<String> folded = new ArrayList<>();
                for (Source s : model.sources()) {
                    folded.add(folding.fold(s.text()));
                }
                Map<String, Integer> counts = new HashMap<>();
                for (Person p : model.people()) {
                    if (isCancelled()) {
                        return counts;
                    }
                    MentionFinder finder = MentionFinder.forPerson(p);
                    int n = 0;
                    for (String text : folded) {
                        n += finder.findInFolded(text).size();
                    }
                    counts.put(p.id(), n);
                }
                return counts;
            }
        };
        task.setOnSucceeded(e -> {
            if (getSkinnable().getAppState().getModel() == model) {
                mentionCounts = task.getValue();
                counted = model;
                rebuild();
            }
        });
        countTask = task;
        Thread t = new Thread(task, "people-directory-mentions");
        t.setDaemon(true);
        t.start();
    }
}
