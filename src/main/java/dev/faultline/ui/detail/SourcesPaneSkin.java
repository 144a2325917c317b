package dev.faultline.ui.detail;

import dev.faultline.text.LocalFormat;
import dev.faultline.model.Event;
import dev.faultline.model.NonArticlePart;
import dev.faultline.model.Source;
import dev.faultline.model.TimelineModel;
import dev.faultline.ui.AppState;
import dev.faultline.ui.Selection;
import dev.faultline.ui.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/** Draws a {@link SourcesPane}: one card per source; the card of the source open in the reader is marked. */
final class SourcesPaneSkin extends SkinBase<SourcesPane> {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final int PREVIEW_CHARS = 60;

    private final VBox content = new VBox();
    private final List<VBox> cards = new ArrayList<>();

    SourcesPaneSkin(SourcesPane pane) {
        super(pane);
        content.getStyleClass().add("sources-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("sources-scroll");
        getChildren().add(scroll);

        AppState state = pane.getAppState();
        registerChangeListener(state.modelProperty(), o -> rebuild());
        registerChangeListener(state.localeProperty(), o -> rebuild());
        registerChangeListener(state.selectionProperty(), o -> markSelected());
        rebuild();
    }

    private AppState state() {
        return getSkinnable().getAppState();
    }

    private void rebuild() {
        TimelineModel model = state().getModel();
        Locale locale = state().getLocale();
        UiText ui = UiText.of("detail", locale);
        cards.clear();
        List<Node> nodes = new ArrayList<>();
        List<Source> sources = model == null ? List.of() : model.sources();
        Label heading = new Label(ui.format("sources.heading", sources.size()));
        heading.getStyleClass().add("sources-heading");
        Label intro = new Label(ui.get("sources.intro"));
        intro.getStyleClass().add("sources-intro");
        intro.setWrapText(true);
        nodes.add(heading);
        nodes.add(intro);
        for (Source s : sources) {
            VBox card = card(s, model, ui, locale);
            cards.add(card);
            nodes.add(card);
        }
        content.getChildren().setAll(nodes);
        markSelected();
    }

    private VBox card(Source source, TimelineModel model, UiText ui, Locale locale) {
        Label title = new Label(source.title());
        title.getStyleClass().add("source-title");
        title.setWrapText(true);
        CiteBadge.attach(title, source, ui);
        Label titleEn = new Label(source.titleEn() == null ? "" : source.titleEn());
        titleEn.getStyleClass().add("source-title-en");
        titleEn.setWrapText(true);

        List<String> meta = new ArrayList<>();
        source.outletName().ifPresent(meta::add);
        source.authorName().ifPresent(meta::add);
        meta.add(source.publishedDate().map(d -> ui.format("sources.published", LocalFormat.of(locale).date(d)))
                .orElse(ui.get("sources.undated")));
        if (source.script() != null) {
            meta.add(ui.get("script." + source.script().name().toLowerCase(Locale.ROOT)));
        }
        if (source.kind() != null) {
            meta.add(ui.get("sourceKind." + SourceReaderPaneSkin.kebab(source.kind().name())));
        }
        meta.add(ui.format("sources.length", source.text().length()));
        Label metaLine = new Label(String.join(" · ", meta));
        metaLine.getStyleClass().add("source-meta");
        metaLine.setWrapText(true);

        List<Event> citing = model.eventsCiting(source.id());
        // Only the citing events hold its excerpts: counted among them, not over every event per source.
        long excerpts = citing.stream().flatMap(e -> e.excerpts().stream())
                .filter(x -> x.sourceId().equals(source.id())).count();
        Label counts = new Label(ui.format("sources.cited", citing.size(), excerpts));
        counts.getStyleClass().add("source-counts");

        VBox card = new VBox(title, titleEn, metaLine, counts);
        card.getStyleClass().add("source-card");
        card.setId("source-card-" + source.id());

        if (source.provenance() != null && !source.provenance().en().isBlank()) {
            Label label = new Label(ui.get("sources.provenance"));
            label.getStyleClass().add("source-section");
            Label provenance = new Label(LocalFormat.of(locale).marked(source.provenance()));
            provenance.getStyleClass().add("source-provenance");
            provenance.setWrapText(true);
            card.getChildren().addAll(label, provenance);
        }

        Label partsLabel = new Label(ui.get("sources.nonArticle"));
        partsLabel.getStyleClass().add("source-section");
        card.getChildren().add(partsLabel);
        if (source.nonArticle().isEmpty()) {
            Label none = new Label(ui.get("sources.noNonArticle"));
            none.getStyleClass().add("non-article-none");
            card.getChildren().add(none);
        }
        for (NonArticlePart part : source.nonArticle()) {
            String kind = ui.get("nonArticle.short." + SourceReaderPaneSkin.kebab(part.kind().name()));
            Label l = new Label(kind + ": " + preview(source.slice(part.range())));
            l.getStyleClass().add("non-article-item");
            l.setWrapText(true);
            card.getChildren().add(l);
        }

        Button open = new Button(ui.get("sources.open"));
        open.getStyleClass().add("open-source");
        open.setOnAction(e -> open(source));
        card.getChildren().add(open);
        card.setCursor(Cursor.HAND);
        card.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                open(source);
            }
        });
        card.setUserData(source.id());
        return card;
    }

    private void open(Source source) {
        state().select(new Selection.OfSource(source.id()));
    }

    /** The first characters of a part, on one line. */
    static String preview(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= PREVIEW_CHARS ? oneLine : oneLine.substring(0, PREVIEW_CHARS) + "…";
    }

    private void markSelected() {
        Selection s = state().getSelection();
        String open = s instanceof Selection.OfSource src ? src.sourceId()
                : s instanceof Selection.OfPassage p ? p.sourceId() : null;
        for (VBox card : cards) {
            card.pseudoClassStateChanged(SELECTED, card.getUserData().equals(open));
        }
    }
}
