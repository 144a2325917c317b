package dev.faultline.ui.detail;

import dev.faultline.text.Language;
import dev.faultline.text.LocalFormat;
import dev.faultline.model.Claim;
import dev.faultline.model.Disagreement;
import dev.faultline.model.Event;
import dev.faultline.model.Excerpt;
import dev.faultline.model.Faction;
import dev.faultline.model.Organization;
import dev.faultline.model.Person;
import dev.faultline.model.Source;
import dev.faultline.model.TimelineModel;
import dev.faultline.ui.AppState;
import dev.faultline.ui.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** Draws an {@link EventDetailPane}: rebuilds its content when the selected event, the model or the locale changes. */
final class EventDetailPaneSkin extends SkinBase<EventDetailPane> {

    private static final PseudoClass FILLED = PseudoClass.getPseudoClass("filled");
    /** How many lines of the summary show before "more". */
    static final int SUMMARY_LINES = 2;

    private final ScrollPane scroll = new ScrollPane();
    private final VBox content = new VBox();
    private final Label empty = new Label();
    private final StackPane root = new StackPane();

    EventDetailPaneSkin(EventDetailPane pane) {
        super(pane);
        content.getStyleClass().add("event-detail-content");
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("event-detail-scroll");
        empty.setId("event-detail-empty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        root.getChildren().addAll(scroll, empty);
        getChildren().add(root);

        AppState state = pane.getAppState();
        registerChangeListener(state.selectedEventProperty(), o -> rebuild(true));
        registerChangeListener(state.modelProperty(), o -> rebuild(true));
        registerChangeListener(state.localeProperty(), o -> rebuild(false));
        rebuild(true);
    }

    private AppState state() {
        return getSkinnable().getAppState();
    }

    private void rebuild(boolean toTop) {
        Locale locale = state().getLocale();
        UiText ui = UiText.of("detail", locale);
        Event event = state().getSelectedEvent();
        TimelineModel model = state().getModel();
        empty.setText(ui.get("event.empty"));
        boolean showing = event != null && model != null;
        empty.setVisible(!showing);
        scroll.setVisible(showing);
        if (!showing) {
            content.getChildren().clear();
            return;
        }
        content.getChildren().setAll(build(event, model, ui, locale));
        if (toTop) {
            scroll.setVvalue(scroll.getVmin());
        }
    }

    private List<Node> build(Event event, TimelineModel model, UiText ui, Locale locale) {
        List<Node> nodes = new ArrayList<>();

        Label title = new Label(LocalFormat.of(locale).text(event.title()));
        title.setId("event-title");
        title.getStyleClass().add("event-title");
        title.setWrapText(true);
        // The title in the other language follows on the same line when there is room.
        FlowPane titles = new FlowPane(title);
        titles.getStyleClass().add("event-titles");
        otherLanguage(event.title().en(), event.title().chinese().orElse(null), locale).ifPresent(other -> {
            Label l = new Label(other);
            l.getStyleClass().add("event-title-other");
            l.setWrapText(true);
            titles.getChildren().add(l);
        });
        nodes.add(titles);

        // One wrapping row of facts: date, kind, importance, the factions' chips, then the people (with their
        // faction's dot) and the organisations (framed): usually one line at 1400 px, two at most.
        Label date = new Label(LocalFormat.of(locale).span(event.date()));
        date.setId("event-date");
        date.getStyleClass().add("event-date");
        Label kind = new Label(ui.get("kind." + event.kind().id()));
        kind.getStyleClass().add("event-kind");
        FlowPane meta = new FlowPane(date, kind, importance(event.importance(), ui));
        meta.getStyleClass().add("event-meta");
        meta.setId("event-meta");
        event.factions().stream().map(model::faction).flatMap(Optional::stream)
                .forEach(f -> meta.getChildren().add(new FactionChip(f, locale)));
        List<Person> people = event.people().stream().map(model::person).flatMap(Optional::stream).toList();
        for (Person p : people) {
            meta.getChildren().add(personLink(p, model, locale));
        }
        event.organizations().stream().map(model::organization).flatMap(Optional::stream).forEach(o -> {
            Label l = new Label(LocalFormat.of(locale).text(o.name()));
            l.getStyleClass().add("organization-name");
            LazyTooltip.install(l, o.description() != null
                    ? ui.get("event.organizations") + ": " + LocalFormat.of(locale).marked(o.description())
                    : ui.get("event.organizations"));
            meta.getChildren().add(l);
        });
        nodes.add(meta);
        event.date().inferenceNote().ifPresent(note -> {
            // One line, "more" opens the whole note (the tooltip also gives it, with what a curator's note is).
            String whole = ui.format("event.dateInferred", LocalFormat.of(locale).marked(note));
            ClampedLabel l = new ClampedLabel(whole, 1);
            l.getStyleClass().add("event-date-note");
            LazyTooltip.install(l, whole + "\n" + ui.get("curator.noteTooltip"));
            nodes.add(clamped(l, "event-date-note-more", ui));
        });

        nodes.add(clampedSummary(LocalFormat.of(locale).marked(event.summary()), ui));


        // The event's own evidence comes first; where sources disagree, a notice up here links to the comparison
        // below, so a disagreement is seen at once without pushing the excerpts out of sight.
        List<Disagreement> disagreements = model.disagreementsAbout(event.id());
        List<Node> boxes = new ArrayList<>();
        for (Disagreement d : disagreements) {
            boxes.add(disagreement(d, event, model, ui, locale));
        }
        if (!boxes.isEmpty()) {
            nodes.add(disagreementNotice(disagreements, boxes, ui, locale));
        }

        nodes.add(heading(ui.format("event.sources", event.excerpts().size())));
        VBox excerpts = new VBox();
        excerpts.getStyleClass().add("excerpts");
        for (Excerpt x : event.excerpts()) {
            model.source(x.sourceId()).ifPresent(src -> excerpts.getChildren()
                    .add(new ExcerptView(src, x, event.id(), ui, locale, state()::select)));
        }
        nodes.add(excerpts);
        // The curator's note follows the evidence, so the first excerpt stays in view without scrolling.
        event.note().ifPresent(note -> nodes.add(curatorNote(LocalFormat.of(locale).marked(note), ui)));
        nodes.addAll(boxes);
        return nodes;
    }

    /**
     * The summary, clamped to {@link #SUMMARY_LINES} lines with a "more" link when it is longer, so the first excerpt
     * stays in view; "less" clamps it again.
     */
    private Node clampedSummary(String text, UiText ui) {
        ClampedLabel summary = new ClampedLabel(text, SUMMARY_LINES);
        summary.setId("event-summary");
        summary.getStyleClass().add("event-summary");
        return clamped(summary, "event-summary-more", ui);
    }

    /**
     * A label clamped to a few lines, with a "more" link beside its last line when the text is longer (one click, or
     * Space on the focused link, shows it all; "less" clamps it again), and no link when it fits.
     */
    private static Node clamped(ClampedLabel label, String moreId, UiText ui) {
        Hyperlink more = new Hyperlink(ui.get("event.summaryMore"));
        more.setId(moreId);
        more.getStyleClass().add("event-summary-more");
        more.setMinWidth(Region.USE_PREF_SIZE);
        // Showing the link only narrows the label, which only keeps it longer: this settles, never flickers.
        more.visibleProperty().bind(label.longerProperty().or(label.openProperty()));
        more.managedProperty().bind(more.visibleProperty());
        more.textProperty().bind(javafx.beans.binding.Bindings.when(label.openProperty())
                .then(ui.get("event.summaryLess")).otherwise(ui.get("event.summaryMore")));
        more.setOnAction(e -> label.openProperty().set(!label.openProperty().get()));
        // The link sits beside the label's last line, not on a line of its own.
        HBox box = new HBox(label, more);
        box.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
        HBox.setHgrow(label, javafx.scene.layout.Priority.ALWAYS);
        // "event-summary-box", "event-date-note-box": named after the label's own class.
        box.getStyleClass().add(label.getStyleClass().get(label.getStyleClass().size() - 1) + "-box");
        return box;
    }

    /**
     * One line above the excerpts that says the sources disagree and on what: a link per topic to its comparison below,
     * as many as fit, then "+k more", which opens the whole list (one click, or Space on the focused link).
     */
    private Node disagreementNotice(List<Disagreement> disagreements, List<Node> boxes, UiText ui, Locale locale) {
        Label label = new Label(ui.format("disagreement.notice", disagreements.size()));
        label.getStyleClass().add("disagreement-notice-label");
        List<Hyperlink> links = new ArrayList<>();
        for (int i = 0; i < disagreements.size(); i++) {
            Node box = boxes.get(i);
            String topic = LocalFormat.of(locale).text(disagreements.get(i).topic());
            Hyperlink link = new Hyperlink(topic);
            link.getStyleClass().add("disagreement-link");
            LazyTooltip.install(link, topic);
            link.setOnAction(e -> scrollTo(box));
            links.add(link);
        }
        OneLineFlow notice = new OneLineFlow(label, links, hidden -> ui.format("disagreement.more", hidden),
                ui.get("disagreement.less"));
        notice.getStyleClass().add("disagreement-notice");
        notice.setId("disagreement-notice");
        notice.toggle().setId("disagreement-notice-toggle");
        return notice;
    }

    /** Scrolls so that a node of the content is at the top of the view. */
    private void scrollTo(Node node) {
        double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
        double scrollable = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        if (scrollable > 0) {
            double f = Math.max(0, Math.min(1, (y - 8) / scrollable));
            scroll.setVvalue(scroll.getVmin() + f * (scroll.getVmax() - scroll.getVmin()));
        }
    }

    private Node importance(int level, UiText ui) {
        HBox dots = new HBox();
        dots.getStyleClass().add("importance");
        for (int i = 1; i <= 5; i++) {
            Circle dot = new Circle(3.5);
            dot.getStyleClass().add("importance-dot");
            dot.pseudoClassStateChanged(FILLED, i <= level);
            dots.getChildren().add(dot);
        }
        String text = ui.format("event.importance", level);
        LazyTooltip.install(dots, text);
        dots.setAccessibleText(text);
        return dots;
    }

    private Hyperlink personLink(Person p, TimelineModel model, Locale locale) {
        Hyperlink link = new Hyperlink(LocalFormat.of(locale).text(p.name()));
        link.setId("person-link-" + p.id());
        link.getStyleClass().add("person-link");
        Circle dot = new Circle(4);
        dot.getStyleClass().add("person-dot");
        p.primaryFactionId().flatMap(model::faction).ifPresent(f -> dot.setFill(FactionChip.colorOf(f)));
        link.setGraphic(dot);
        otherLanguage(p.name().en(), p.name().chinese().orElse(null), locale)
                .ifPresent(other -> LazyTooltip.install(link, other));
        link.setOnAction(e -> state().selectPerson(p.id()));
        return link;
    }

    private Node disagreement(Disagreement d, Event event, TimelineModel model, UiText ui, Locale locale) {
        VBox box = new VBox();
        box.getStyleClass().add("disagreement");
        box.setId("disagreement-" + d.id());
        Label heading = new Label(ui.get("disagreement.heading"));
        heading.getStyleClass().add("disagreement-heading");
        Label topic = new Label(LocalFormat.of(locale).text(d.topic()));
        topic.getStyleClass().add("disagreement-topic");
        topic.setWrapText(true);
        box.getChildren().addAll(heading, topic);

        List<Node> columns = new ArrayList<>();
        for (Claim c : d.claims()) {
            Optional<Source> src = model.source(c.excerpt().sourceId());
            if (src.isEmpty()) {
                continue;
            }
            VBox column = new VBox();
            column.getStyleClass().add("claim");
            Label says = new Label(LocalFormat.of(locale).marked(c.claim()));
            says.getStyleClass().add("claim-text");
            says.setWrapText(true);
            column.getChildren().addAll(says,
                    new ExcerptView(src.get(), c.excerpt(), event.id(), ui, locale, state()::select));
            columns.add(column);
        }
        box.getChildren().add(new SideBySide(columns.toArray(Node[]::new)));
        d.note().ifPresent(note -> box.getChildren().add(curatorNote(LocalFormat.of(locale).marked(note), ui)));
        return box;
    }

    private static Node curatorNote(String note, UiText ui) {
        Label label = new Label(ui.get("curator.note"));
        label.getStyleClass().add("curator-note-label");
        Label text = new Label(note);
        text.getStyleClass().add("curator-note-text");
        text.setWrapText(true);
        VBox box = new VBox(label, text);
        box.getStyleClass().add("curator-note");
        LazyTooltip.install(box, ui.get("curator.noteTooltip"));
        return box;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-heading");
        return l;
    }

    /** The name in the language the UI is not showing, when there is one. */
    static Optional<String> otherLanguage(String en, String zh, Locale locale) {
        boolean chineseUi = Language.of(locale).chinese();
        if (zh == null || zh.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(chineseUi ? en : zh);
    }
}
