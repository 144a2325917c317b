package dev.faultline.ui.detail;

import dev.faultline.text.LocalFormat;
import dev.faultline.model.Event;
import dev.faultline.model.Faction;
import dev.faultline.model.FactionMembership;
import dev.faultline.model.PartialDate;
import dev.faultline.model.Person;
import dev.faultline.model.Role;
import dev.faultline.model.Source;
import dev.faultline.model.TextRange;
import dev.faultline.model.TimelineModel;
import dev.faultline.ui.AppState;
import dev.faultline.ui.Selection;
import dev.faultline.ui.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * Draws a {@link PersonPane}. Everything but the mentions is built at once; the mentions (a search of every source
 * through every alias) are found by a background task and filled in when it is done.
 */
final class PersonPaneSkin extends SkinBase<PersonPane> {

    private static final Logger LOG = Logger.getLogger(PersonPaneSkin.class.getName());
    private static final int COMPANIONS = 8;

    private final ScrollPane scroll = new ScrollPane();
    private final VBox content = new VBox();
    private final VBox mentions = new VBox();
    private final Label empty = new Label();
    private final PeopleDirectory directory;
    private final VBox directoryPage;
    private Task<List<PersonMentions.InSource>> mentionTask;

    PersonPaneSkin(PersonPane pane) {
        super(pane);
        content.getStyleClass().add("person-content");
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("person-scroll");
        mentions.getStyleClass().add("person-mentions");
        mentions.setId("person-mentions");
        empty.setId("person-empty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        AppState state = pane.getAppState();
        directory = new PeopleDirectory(state);
        directory.setOnChoose(pane::choose);
        VBox.setVgrow(directory, Priority.ALWAYS);
        directoryPage = new VBox(empty, directory);
        directoryPage.getStyleClass().add("person-directory-page");
        directoryPage.setId("person-directory-page");
        getChildren().add(new StackPane(scroll, directoryPage));

        registerChangeListener(pane.personProperty(), o -> rebuild(true));
        registerChangeListener(pane.showingDirectoryProperty(), o -> rebuild(true));
        registerChangeListener(state.localeProperty(), o -> rebuild(false));
        registerChangeListener(state.modelProperty(), o -> rebuild(true));
        rebuild(true);
    }

    private AppState state() {
        return getSkinnable().getAppState();
    }

    private void rebuild(boolean toTop) {
        Locale locale = state().getLocale();
        UiText ui = UiText.of("detail", locale);
        Person person = getSkinnable().getPerson();
        TimelineModel model = state().getModel();
        empty.setText(ui.get("person.empty"));
        boolean showing = person != null && model != null && !getSkinnable().isShowingDirectory();
        directoryPage.setVisible(!showing);
        scroll.setVisible(showing);
        if (mentionTask != null) {
            mentionTask.cancel();
            mentionTask = null;
        }
        if (!showing) {
            content.getChildren().clear();
            return;
        }
        content.getChildren().setAll(build(person, model, ui, locale));
        findMentions(person, model, ui, locale);
        if (toTop) {
            scroll.setVvalue(scroll.getVmin());
        }
    }

    private List<Node> build(Person person, TimelineModel model, UiText ui, Locale locale) {
        List<Node> nodes = new ArrayList<>();

        Label name = new Label(LocalFormat.of(locale).text(person.name()));
        name.setId("person-name");
        name.getStyleClass().add("person-name");
        name.setWrapText(true);
        VBox names = new VBox(name);
        names.getStyleClass().add("person-names");
        EventDetailPaneSkin.otherLanguage(person.name().en(), person.name().chinese().orElse(null), locale)
                .ifPresent(other -> {
                    Label l = new Label(other);
                    l.getStyleClass().add("person-name-other");
                    names.getChildren().add(l);
                });
        HBox.setHgrow(names, Priority.ALWAYS);
        javafx.scene.control.Button all = new javafx.scene.control.Button(ui.get("person.allPeople"));
        all.setId("all-people-button");
        all.getStyleClass().add("all-people-button");
        all.setOnAction(e -> getSkinnable().setShowingDirectory(true));
        HBox header = new HBox(avatar(person, model), names, all);
        header.getStyleClass().add("person-header");
        nodes.add(header);

        if (!person.aliases().isEmpty()) {
            nodes.add(heading(ui.get("person.aliases")));
            FlowPane aliases = new FlowPane();
            aliases.getStyleClass().add("person-aliases");
            aliases.setId("person-aliases");
            for (String alias : person.aliases()) {
                Label l = new Label(alias);
                l.getStyleClass().add("alias");
                aliases.getChildren().add(l);
            }
            nodes.add(aliases);
        }

        Label bio = new Label(person.bio() == null ? "" : LocalFormat.of(locale).marked(person.bio()));
        bio.setId("person-bio");
        bio.getStyleClass().add("person-bio");
        bio.setWrapText(true);
        nodes.add(bio);

        if (!person.roles().isEmpty()) {
            nodes.add(heading(ui.get("person.roles")));
            VBox roles = new VBox();
            roles.getStyleClass().add("person-roles");
            for (Role r : person.roles()) {
                String title = LocalFormat.of(locale).text(r.title());
                String where = r.organizationId() == null ? null
                        : model.organization(r.organizationId()).map(o -> LocalFormat.of(locale).text(o.name())).orElse(null);
                Label what = new Label(where == null ? title : ui.format("person.roleAt", title, where));
                what.getStyleClass().add("role-title");
                Label when = new Label(between(r.from(), r.to(), ui, locale));
                when.getStyleClass().add("role-dates");
                HBox row = new HBox(what, when);
                row.getStyleClass().add("role");
                if (r.note() != null && !r.note().en().isBlank()) {
                    LazyTooltip.install(row, LocalFormat.of(locale).marked(r.note()));
                }
                roles.getChildren().add(row);
            }
            nodes.add(roles);
        }

        if (!person.factions().isEmpty()) {
            nodes.add(heading(ui.get("person.factions")));
            VBox factions = new VBox();
            factions.getStyleClass().add("person-factions");
            for (FactionMembership m : person.factions()) {
                model.faction(m.factionId()).ifPresent(f -> {
                    Label when = new Label(between(m.from(), m.to(), ui, locale));
                    when.getStyleClass().add("membership-dates");
                    HBox row = new HBox(new FactionChip(f, locale), when);
                    row.getStyleClass().add("membership");
                    if (m.note() != null && !m.note().en().isBlank()) {
                        LazyTooltip.install(row, LocalFormat.of(locale).marked(m.note()));
                    }
                    factions.getChildren().add(row);
                });
            }
            nodes.add(factions);
        }

        List<Event> events = model.eventsWithPerson(person.id());
        nodes.add(heading(ui.format("person.events", events.size())));
        VBox eventList = new VBox();
        eventList.getStyleClass().add("person-events");
        eventList.setId("person-events");
        if (events.isEmpty()) {
            eventList.getChildren().add(quiet(ui.get("person.noEvents")));
        }
        for (Event e : events) {
            Label date = new Label(LocalFormat.of(locale).span(e.date()));
            date.getStyleClass().add("person-event-date");
            date.setWrapText(true);
            Hyperlink link = new Hyperlink(LocalFormat.of(locale).text(e.title()));
            link.getStyleClass().add("person-event");
            link.setId("person-event-" + e.id());
            link.setWrapText(true);
            link.setOnAction(a -> state().selectEvent(e.id()));
            HBox row = new HBox(date, link);
            row.getStyleClass().add("person-event-row");
            row.setAlignment(Pos.BASELINE_LEFT);
            eventList.getChildren().add(row);
        }
        nodes.add(eventList);

        List<Companions.Companion> companions = Companions.of(model, person.id(), COMPANIONS);
        if (!companions.isEmpty()) {
            nodes.add(heading(ui.get("person.appearsWith")));
            FlowPane links = new FlowPane();
            links.getStyleClass().add("companions");
            links.setId("person-companions");
            for (Companions.Companion c : companions) {
                Hyperlink link = new Hyperlink(LocalFormat.of(locale).text(c.person().name()));
                link.getStyleClass().add("companion-link");
                link.setId("companion-" + c.person().id());
                LazyTooltip.install(link, ui.format("person.appearsWithCount", c.sharedEvents()));
                Label count = new Label(String.valueOf(c.sharedEvents()));
                count.getStyleClass().add("companion-count");
                link.setGraphic(count);
                link.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                link.setOnAction(a -> state().selectPerson(c.person().id()));
                links.getChildren().add(link);
            }
            nodes.add(links);
        }

        nodes.add(mentions);
        mentions.getChildren().setAll(heading(ui.format("person.mentions", "…")), quiet(ui.get("person.findingMentions")));
        return nodes;
    }

    private Node avatar(Person person, TimelineModel model) {
        Color fill = person.primaryFactionId().flatMap(model::faction).map(FactionChip::colorOf)
                .orElse(Color.web("#8a8a8a"));
        Circle circle = new Circle(26, fill);
        circle.getStyleClass().add("avatar-circle");
        Label initials = new Label(initials(person));
        initials.getStyleClass().add("avatar-initials");
        initials.setTextFill(FactionChip.textOn(fill));
        StackPane avatar = new StackPane(circle, initials);
        avatar.getStyleClass().add("avatar");
        avatar.setId("person-avatar");
        return avatar;
    }

    /** "SA" for Sam Altman; the first hanzi for a name given only in Chinese. */
    static String initials(Person person) {
        StringBuilder sb = new StringBuilder();
        for (String word : person.name().en().trim().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0)) && sb.length() < 2) {
                sb.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        if (sb.length() == 0 && person.name().chinese().isPresent()) {
            sb.appendCodePoint(person.name().chinese().get().codePointAt(0));
        }
        return sb.toString();
    }

    private static String between(PartialDate from, PartialDate to, UiText ui, Locale locale) {
        if (from != null && to != null) {
            return ui.format("date.between", LocalFormat.of(locale).date(from), LocalFormat.of(locale).date(to));
        } else if (from != null) {
            return ui.format("date.since", LocalFormat.of(locale).date(from));
        } else if (to != null) {
            return ui.format("date.until", LocalFormat.of(locale).date(to));
        }
        return "";
    }

    private void findMentions(Person person, TimelineModel model, UiText ui, Locale locale) {
        Task<List<PersonMentions.InSource>> task = new Task<>() {
            @Override
            protected List<PersonMentions.InSource> call() {
                return PersonMentions.find(model, person);
            }
        };
        task.setOnSucceeded(e -> {
            if (mentionTask == task) {
                showMentions(task.getValue(), ui, locale);
            }
        });
        task.setOnFailed(e -> {
            LOG.log(Level.WARNING, "finding mentions of " + person.id() + " failed", task.getException());
            if (mentionTask == task) {
                mentions.getChildren().setAll(heading(ui.format("person.mentions", 0)),
                        quiet(ui.get("person.noMentions")));
            }
        });
        mentionTask = task;
        Thread thread = new Thread(task, "person-mentions");
        thread.setDaemon(true);
        thread.start();
    }

    private void showMentions(List<PersonMentions.InSource> found, UiText ui, Locale locale) {
        int total = found.stream().mapToInt(PersonMentions.InSource::count).sum();
        List<Node> nodes = new ArrayList<>();
        nodes.add(heading(ui.format("person.mentions", total)));
        if (found.isEmpty()) {
            nodes.add(quiet(ui.get("person.noMentions")));
        }
        for (PersonMentions.InSource in : found) {
            Source source = in.source();
            Label heading = new Label(ui.format("person.mentionsIn", in.count(),
                    source.keyed("《" + source.title() + "》")));
            heading.getStyleClass().add("mention-source");
            heading.setId("mentions-in-" + source.id());
            heading.setWrapText(true);
            nodes.add(heading);
            VBox snippets = new VBox();
            snippets.getStyleClass().add("mention-snippets");
            for (PersonMentions.Snippet s : in.snippets()) {
                PassageView view = new PassageView(ui, snippetPieces(source, s));
                view.getStyleClass().add("mention-snippet");
                snippets.getChildren().add(view);
            }
            nodes.add(snippets);
        }
        mentions.getChildren().setAll(nodes);
    }

    private List<PassageView.Piece> snippetPieces(Source source, PersonMentions.Snippet s) {
        String text = source.text();
        List<PassageView.Piece> pieces = new ArrayList<>();
        if (s.cutAtStart()) {
            pieces.add(PassageView.Piece.decoration("…", "ellipsis"));
        }
        int at = s.context().start();
        for (TextRange m : s.mentions()) {
            if (m.start() > at) {
                pieces.add(PassageView.Piece.plain(text.substring(at, m.start()), at));
            }
            pieces.add(new PassageView.Piece(text.substring(m.start(), m.end()), m.start(), Set.of("mention"),
                    click -> state().select(new Selection.OfPassage(source.id(), m, null)), null));
            at = m.end();
        }
        if (s.context().end() > at) {
            pieces.add(PassageView.Piece.plain(text.substring(at, s.context().end()), at));
        }
        if (s.cutAtEnd()) {
            pieces.add(PassageView.Piece.decoration("…", "ellipsis"));
        }
        return pieces;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-heading");
        return l;
    }

    private static Label quiet(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("quiet");
        l.setWrapText(true);
        return l;
    }

    @Override
    public void dispose() {
        // Listeners registered with registerChangeListener are removed by SkinBase.dispose().
        if (mentionTask != null) {
            mentionTask.cancel();
        }
        super.dispose();
    }
}
