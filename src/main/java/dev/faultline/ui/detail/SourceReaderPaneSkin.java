package dev.faultline.ui.detail;

import dev.faultline.text.LocalFormat;
import dev.faultline.model.Claim;
import dev.faultline.model.Disagreement;
import dev.faultline.model.Event;
import dev.faultline.model.Excerpt;
import dev.faultline.model.NonArticlePart;
import dev.faultline.model.Source;
import dev.faultline.model.TextRange;
import dev.faultline.model.TimelineModel;
import dev.faultline.model.UncitedPassage;
import dev.faultline.query.Coverage;
import dev.faultline.text.ScriptFolding;
import dev.faultline.ui.AppState;
import dev.faultline.ui.Selection;
import dev.faultline.ui.UiText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Draws a {@link SourceReaderPane}: a header with the source chooser and the source's metadata, the find bar, and the
 * article as one {@link PassageView} per paragraph in a column inside a ScrollPane. Whole-article rebuilds happen
 * only when the source, model or locale changes; the selected passage and find matches only restyle the paragraphs
 * they touch.
 */
final class SourceReaderPaneSkin extends SkinBase<SourceReaderPane> {

    private static final PseudoClass HEADING = PseudoClass.getPseudoClass("heading");
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final String CITED = "cited-passage";
    /** A sentence no event or disagreement cites; its tag is the deliberately uncited passage, or NOT_CITED. */
    private static final String UNCITED = "uncited";
    private static final Object NOT_CITED = new Object();
    /** How far down the viewport a passage scrolled to is placed: a little above the middle, like a search hit. */
    private static final double SCROLL_ANCHOR = 0.3;

    /** A paragraph on show: its range in the source and the view drawing it. */
    private record Shown(SourceLayout.Paragraph paragraph, PassageView view) {
    }

    private final ComboBox<Source> chooser = new ComboBox<>();
    private final Button findButton = new Button();
    private final Label title = new Label();
    private final Label titleEn = new Label();
    private final Label meta = new Label();
    private final Label legend = new Label();
    private final FindBar findBar;
    private final VBox column = new VBox();
    private final VBox titles;
    private final StackPane page = new StackPane(column);
    private final ScrollPane scroll = new ScrollPane(page);
    private final Label empty = new Label();

    /**
     * Paragraphs built at once. A source longer than this is read in parts (a generated seed of 50,000 lines took the
     * reader minutes to build, node by node, and its layout stayed slow); an article is a few dozen paragraphs, one
     * part.
     */
    static final int PART = 300;

    private final List<Shown> shown = new ArrayList<>();
    /** What the page was last built for. */
    private Source builtSource;
    private TimelineModel builtModel;
    private Locale builtLocale;
    /** The source's paragraphs in order: article paragraphs, and each non-article block as one item. */
    private List<Object> items = List.of();
    private int part;
    private final Label partLabel = new Label();
    private final Button earlier = new Button();
    private final Button later = new Button();
    private final HBox partBar = new HBox(earlier, partLabel, later);
    private List<MarkedRuns.Mark> fixedMarks = List.of();
    private List<TextRange> findMatches = List.of();
    private int findCurrent = -1;
    private String folded;
    private Task<String> folding;
    private TextRange pendingScroll;
    private boolean pendingOnlyIfHidden;
    private boolean updatingChooser;
    private UiText ui;
    private ContextMenu eventMenu;
    private TextRange lastPassage;
    private final javafx.event.EventHandler<KeyEvent> keys = this::keyPressed;

    SourceReaderPaneSkin(SourceReaderPane pane) {
        super(pane);
        ui = UiText.of("detail", pane.getAppState().getLocale());

        chooser.setId("source-chooser");
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(Source s) {
                // With its key, as the list below names it: the page's own title (and its badge) scrolls away.
                return s == null ? "" : s.keyed(s.title());
            }

            @Override
            public Source fromString(String string) {
                return null;
            }
        });
        chooser.setCellFactory(list -> new SourceCell());
        chooser.setOnAction(e -> {
            Source chosen = chooser.getValue();
            if (!updatingChooser && chosen != null && chosen != pane.getSource()) {
                pane.getAppState().select(new Selection.OfSource(chosen.id()));
            }
        });
        HBox.setHgrow(chooser, Priority.ALWAYS);
        findButton.getStyleClass().add("find-button");
        findButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        findButton.setOnAction(e -> openFind());
        HBox toolbar = new HBox(chooser, findButton);
        toolbar.getStyleClass().add("reader-toolbar");

        title.setId("reader-title");
        title.getStyleClass().add("reader-title");
        title.setWrapText(true);
        titleEn.getStyleClass().add("reader-title-en");
        titleEn.setWrapText(true);
        meta.setId("reader-meta");
        meta.getStyleClass().add("reader-meta");
        meta.setWrapText(true);
        legend.getStyleClass().add("reader-legend");
        legend.setWrapText(true);

        findBar = new FindBar(() -> stepFind(1), () -> stepFind(-1), () -> pane.setFindShowing(false));
        findBar.managedProperty().bind(findBar.visibleProperty());
        findBar.setVisible(pane.isFindShowing());

        VBox header = new VBox(toolbar, meta, findBar);
        header.getStyleClass().add("reader-header");

        // The article's own title heads the column, as on the page it came from; the header stays small.
        titles = new VBox(title, titleEn, legend);
        titles.getStyleClass().add("reader-titles");
        column.getStyleClass().add("reader-column");
        page.getStyleClass().add("reader-page");
        page.setAlignment(Pos.TOP_CENTER);
        scroll.setId("reader-scroll");
        scroll.getStyleClass().add("reader-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        empty.getStyleClass().add("empty-state");
        StackPane body = new StackPane(scroll, empty);

        partBar.setId("reader-parts");
        partBar.getStyleClass().add("reader-parts");
        partBar.managedProperty().bind(partBar.visibleProperty());
        partLabel.getStyleClass().add("reader-part-label");
        earlier.setId("reader-earlier");
        later.setId("reader-later");
        earlier.setOnAction(e -> showPart(part - 1, true));
        later.setOnAction(e -> showPart(part + 1, true));
        header.getChildren().add(partBar);

        BorderPane root = new BorderPane(body);
        root.setTop(header);
        getChildren().add(root);

        pane.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        findBar.field().textProperty().bindBidirectional(pane.findTextProperty());

        AppState state = pane.getAppState();
        registerChangeListener(pane.sourceProperty(), o -> rebuild());
        registerChangeListener(state.modelProperty(), o -> rebuild());
        registerChangeListener(state.localeProperty(), o -> {
            ui = UiText.of("detail", state.getLocale());
            rebuild();
        });
        registerChangeListener(pane.passageProperty(), o -> passageChanged());
        registerChangeListener(pane.findShowingProperty(), o -> findShowingChanged());
        registerChangeListener(pane.findTextProperty(), o -> runFind(true));
        registerChangeListener(scroll.viewportBoundsProperty(), o -> {
            if (pendingScroll != null) {
                Platform.runLater(this::applyPendingScroll);
            }
        });
        rebuild();
        lastPassage = pane.getPassage();
        if (pane.getPassage() != null) {
            requestScroll(pane.getPassage(), false);
        }
    }

    private SourceReaderPane pane() {
        return getSkinnable();
    }

    // ---- building -------------------------------------------------------------------------------------------

    private void rebuild() {
        Source source = pane().getSource();
        TimelineModel model = pane().getAppState().getModel();
        Locale locale = pane().getAppState().getLocale();
        if (source == builtSource && model == builtModel && locale.equals(builtLocale)) {
            return; // a new model sets the source and the model: one build serves both (a long source costs seconds)
        }
        builtSource = source;
        builtModel = model;
        builtLocale = locale;
        findButton.setText(ui.get("reader.find"));
        legend.setText(ui.get("reader.legend.cited") + "\n" + ui.get("reader.legend.uncited"));
        findBar.relabel(ui);
        empty.setText(ui.get("reader.empty"));
        updatingChooser = true;
        try {
            chooser.getItems().setAll(model == null ? List.of() : model.sources());
            chooser.setValue(source);
            chooser.setPromptText(ui.get("reader.chooseSource"));
        } finally {
            updatingChooser = false;
        }
        shown.clear();
        items = List.of();
        part = 0;
        partBar.setVisible(false);
        column.getChildren().setAll(titles);
        empty.setVisible(source == null);
        scroll.setVisible(source != null);
        if (source == null || model == null) {
            title.setText("");
            CiteBadge.attach(title, null, ui);
            titleEn.setText("");
            meta.setText("");
            return;
        }
        title.setText(source.title());
        CiteBadge.attach(title, source, ui);
        titleEn.setText(source.titleEn() == null ? "" : source.titleEn());
        titleEn.setVisible(source.titleEn() != null);
        titleEn.setManaged(source.titleEn() != null);
        meta.setText(metaLine(source, locale));
        fixedMarks = fixedMarks(source, model);
        startFolding(source);
        findMatches = List.of();
        findCurrent = -1;

        List<Object> all = new ArrayList<>();
        for (SourceLayout.Block block : SourceLayout.blocks(source)) {
            if (block.isArticle()) {
                all.addAll(block.paragraphs());
            } else {
                all.add(block);
            }
        }
        items = all;
        TextRange passage = pane().getPassage();
        part = passage == null ? 0 : partOf(passage.start());
        buildPart();
        if (pane().isFindShowing() && !pane().getFindText().isBlank()) {
            runFind(false);
        }
    }

    private int parts() {
        return Math.max(1, (items.size() + PART - 1) / PART);
    }

    /** The part holding a source offset (the last part whose first item starts at or before it). */
    private int partOf(int offset) {
        int found = 0;
        for (int k = 0; k < parts(); k++) {
            if (start(items.get(k * PART)) <= offset) {
                found = k;
            } else {
                break;
            }
        }
        return found;
    }

    private static int start(Object item) {
        return item instanceof SourceLayout.Paragraph p ? p.range().start()
                : ((SourceLayout.Block) item).paragraphs().get(0).range().start();
    }

    /** Shows part {@code k}, from its top when {@code toTop}. */
    private void showPart(int k, boolean toTop) {
        int wanted = Math.max(0, Math.min(parts() - 1, k));
        if (wanted != part) {
            part = wanted;
            buildPart();
        }
        if (toTop) {
            scroll.setVvalue(scroll.getVmin());
        }
    }

    /** Builds the views of the part on show, and the bar that names it when the source has more than one. */
    private void buildPart() {
        shown.clear();
        column.getChildren().setAll(titles);
        int from = part * PART;
        int to = Math.min(items.size(), from + PART);
        partBar.setVisible(parts() > 1);
        if (parts() > 1) {
            partLabel.setText(ui.format("reader.part", part + 1, parts(), from + 1, to, items.size()));
            earlier.setText(ui.get("reader.part.earlier"));
            later.setText(ui.get("reader.part.later"));
            earlier.setDisable(part == 0);
            later.setDisable(part == parts() - 1);
        }
        List<MarkedRuns.Mark> marks = touching(currentMarks(), partRange());
        for (Object item : items.subList(from, to)) {
            if (item instanceof SourceLayout.Paragraph p) {
                column.getChildren().add(paragraphView(p, false, marks));
            } else {
                column.getChildren().add(nonArticleBox((SourceLayout.Block) item, marks));
            }
        }
        scroll.setVvalue(scroll.getVmin());
    }

    private String metaLine(Source source, Locale locale) {
        List<String> parts = new ArrayList<>();
        source.outletName().ifPresent(parts::add);
        source.authorName().ifPresent(parts::add);
        parts.add(source.publishedDate().map(d -> ui.format("reader.meta.published", LocalFormat.of(locale).date(d)))
                .orElse(ui.get("reader.meta.undated")));
        if (source.script() != null) {
            parts.add(ui.get("script." + source.script().name().toLowerCase(Locale.ROOT)));
        }
        if (source.kind() != null) {
            parts.add(ui.get("sourceKind." + kebab(source.kind().name())));
        }
        return String.join(" · ", parts);
    }

    static String kebab(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private VBox nonArticleBox(SourceLayout.Block block, List<MarkedRuns.Mark> marks) {
        NonArticlePart part = block.part();
        VBox box = new VBox();
        box.getStyleClass().addAll("non-article", "non-article-" + kebab(part.kind().name()));
        Label label = new Label(ui.get("nonArticle." + kebab(part.kind().name())));
        label.getStyleClass().add("non-article-label");
        box.getChildren().add(label);
        if (part.note() != null && !part.note().en().isBlank()) {
            Label note = new Label(LocalFormat.of(pane().getAppState().getLocale()).marked(part.note()));
            note.getStyleClass().add("non-article-note");
            note.setWrapText(true);
            box.getChildren().add(note);
        }
        for (SourceLayout.Paragraph p : block.paragraphs()) {
            box.getChildren().add(paragraphView(p, true, marks));
        }
        return box;
    }

    private PassageView paragraphView(SourceLayout.Paragraph p, boolean nonArticle, List<MarkedRuns.Mark> marks) {
        PassageView view = new PassageView(ui);
        view.getStyleClass().add(nonArticle ? "non-article-paragraph" : "reader-paragraph");
        view.pseudoClassStateChanged(HEADING, p.heading());
        shown.add(new Shown(p, view));
        view.setPieces(pieces(p.range(), marks));
        return view;
    }

    /** Marks that stay while the source is open: cited passages and the faint Markdown markers. */
    private static List<MarkedRuns.Mark> fixedMarks(Source source, TimelineModel model) {
        List<MarkedRuns.Mark> marks = new ArrayList<>();
        for (Event e : model.eventsCiting(source.id())) {
            for (Excerpt x : e.excerpts()) {
                if (x.sourceId().equals(source.id())) {
                    marks.add(new MarkedRuns.Mark(x.range(), CITED, e));
                }
            }
        }
        for (Disagreement d : model.disagreements()) {
            for (Claim c : d.claims()) {
                if (c.excerpt().sourceId().equals(source.id())) {
                    d.events().stream().map(model::event).flatMap(java.util.Optional::stream)
                            .forEach(e -> marks.add(new MarkedRuns.Mark(c.excerpt().range(), CITED, e)));
                }
            }
        }
        // The same sentences --coverage lists: faint, so a reader sees what the curation left out.
        for (Coverage.Sentence sentence : Coverage.of(model, source).sentences()) {
            if (sentence.status() != Coverage.Status.CITED) {
                Object why = sentence.setAsideBy() != null ? sentence.setAsideBy() : NOT_CITED;
                marks.add(new MarkedRuns.Mark(sentence.range(), UNCITED, why));
            }
        }
        for (TextRange marker : SourceLayout.boldMarkers(source.text(), new TextRange(0, source.text().length()))) {
            marks.add(new MarkedRuns.Mark(marker, "markup", null));
        }
        return marks;
    }

    /** The marks in force now: the fixed ones, the selected passage and the find matches. */
    private List<MarkedRuns.Mark> currentMarks() {
        List<MarkedRuns.Mark> marks = new ArrayList<>(fixedMarks);
        TextRange passage = pane().getPassage();
        if (passage != null) {
            marks.add(new MarkedRuns.Mark(passage, "selected-passage", null));
        }
        for (int i = 0; i < findMatches.size(); i++) {
            marks.add(new MarkedRuns.Mark(findMatches.get(i), i == findCurrent ? "find-current" : "find-match",
                    null));
        }
        return marks;
    }

    /** The marks that touch {@code range}: a long source has tens of thousands, a paragraph a handful. */
    private static List<MarkedRuns.Mark> touching(List<MarkedRuns.Mark> marks, TextRange range) {
        List<MarkedRuns.Mark> near = new ArrayList<>();
        for (MarkedRuns.Mark m : marks) {
            if (touches(m.range(), range)) {
                near.add(m);
            }
        }
        return near;
    }

    /** The range the part on show covers. */
    private TextRange partRange() {
        int from = part * PART;
        int to = Math.min(items.size(), from + PART) - 1;
        Object last = items.get(to);
        int end = last instanceof SourceLayout.Paragraph p ? p.range().end()
                : ((SourceLayout.Block) last).paragraphs().get(((SourceLayout.Block) last).paragraphs().size() - 1)
                        .range().end();
        return new TextRange(start(items.get(from)), end);
    }

    private List<PassageView.Piece> pieces(TextRange range, List<MarkedRuns.Mark> marks) {
        String text = pane().getSource().text();
        List<PassageView.Piece> pieces = new ArrayList<>();
        for (MarkedRuns.Run run : MarkedRuns.split(range, marks)) {
            String s = text.substring(run.range().start(), run.range().end());
            List<Event> citing = run.tags(CITED).stream().map(Event.class::cast).distinct().toList();
            if (citing.isEmpty()) {
                pieces.add(new PassageView.Piece(s, run.range().start(), run.styleClasses(), null,
                        uncitedTip(run.tags(UNCITED))));
            } else {
                Locale locale = pane().getAppState().getLocale();
                String tip = ui.format("reader.citedBy",
                        citing.stream().map(e -> LocalFormat.of(locale).text(e.title())).collect(Collectors.joining("; ")));
                pieces.add(new PassageView.Piece(s, run.range().start(), run.styleClasses(),
                        click -> openCiting(citing, click), tip));
            }
        }
        return pieces;
    }

    /** Why a faint sentence is uncited: the curator's reason where one is given. */
    private String uncitedTip(List<Object> tags) {
        if (tags.isEmpty()) {
            return null;
        }
        if (tags.get(0) instanceof UncitedPassage passage) {
            return ui.format("reader.setAside", LocalFormat.of(pane().getAppState().getLocale()).marked(passage.reason()));
        }
        return ui.get("reader.notCited");
    }

    /** Restyles the paragraphs that touch any of the ranges (all of them when the list is null). */
    private void restyle(List<TextRange> touched) {
        if (shown.isEmpty()) {
            return;
        }
        List<MarkedRuns.Mark> marks = touching(currentMarks(), partRange());
        for (Shown s : shown) {
            if (touched == null || touched.stream().anyMatch(r -> touches(r, s.paragraph().range()))) {
                s.view().setPieces(pieces(s.paragraph().range(), marks));
            }
        }
    }

    private static boolean touches(TextRange a, TextRange b) {
        return a.overlaps(b) || a.length() == 0 && b.contains(a.start());
    }

    private void openCiting(List<Event> citing, MouseEvent click) {
        AppState state = pane().getAppState();
        if (citing.size() == 1) {
            state.selectEvent(citing.get(0).id());
            return;
        }
        if (eventMenu != null) {
            eventMenu.hide();
        }
        eventMenu = new ContextMenu();
        MenuItem heading = new MenuItem(ui.get("reader.chooseEvent"));
        heading.setDisable(true);
        eventMenu.getItems().add(heading);
        Locale locale = state.getLocale();
        for (Event e : citing) {
            MenuItem item = new MenuItem(LocalFormat.of(locale).span(e.date()) + "  " + LocalFormat.of(locale).text(e.title()));
            item.setId("cited-by-" + e.id());
            item.setOnAction(a -> state.selectEvent(e.id()));
            eventMenu.getItems().add(item);
        }
        eventMenu.show(pane(), click.getScreenX(), click.getScreenY());
    }

    // ---- the selected passage and scrolling ----------------------------------------------------------------------

    private void passageChanged() {
        TextRange now = pane().getPassage();
        List<TextRange> touched = new ArrayList<>();
        if (lastPassage != null) {
            touched.add(lastPassage);
        }
        if (now != null) {
            touched.add(now);
        }
        lastPassage = now;
        if (!shown.isEmpty()) {
            restyle(touched);
        }
        if (now != null) {
            requestScroll(now, false);
        }
    }

    private void requestScroll(TextRange range, boolean onlyIfHidden) {
        if (!items.isEmpty() && partOf(range.start()) != part) {
            showPart(partOf(range.start()), false); // the passage is in another part of a long source
        }
        pendingScroll = range;
        pendingOnlyIfHidden = onlyIfHidden;
        // After the handler that asked for it has returned, so the new paragraphs are in the scene to be laid out.
        Platform.runLater(this::applyPendingScroll);
    }

    private void applyPendingScroll() {
        TextRange range = pendingScroll;
        if (range == null || getSkinnable() == null || pane().getScene() == null) {
            return;
        }
        pane().applyCss();
        pane().layout();
        double viewport = scroll.getViewportBounds().getHeight();
        Shown target = paragraphAt(range.start());
        if (viewport <= 0 || target == null || target.view().getHeight() <= 0) {
            return; // not laid out yet (a hidden tab); the viewport listener tries again
        }
        pendingScroll = null;
        Bounds local = target.view().sourceRangeBounds(range.start(), range.end());
        if (local == null) {
            local = target.view().getLayoutBounds();
        }
        Bounds inPage = page.sceneToLocal(target.view().localToScene(local));
        double contentHeight = page.getLayoutBounds().getHeight();
        double scrollable = contentHeight - viewport;
        if (scrollable <= 0) {
            scroll.setVvalue(scroll.getVmin());
            return;
        }
        double top = fraction(scroll) * scrollable;
        if (pendingOnlyIfHidden && inPage.getMinY() >= top && inPage.getMaxY() <= top + viewport) {
            return;
        }
        double lead = inPage.getHeight() > viewport * (1 - SCROLL_ANCHOR) - 16 ? 16 : viewport * SCROLL_ANCHOR;
        double wanted = Math.max(0, Math.min(1, (inPage.getMinY() - lead) / scrollable));
        scroll.setVvalue(scroll.getVmin() + wanted * (scroll.getVmax() - scroll.getVmin()));
    }

    private static double fraction(ScrollPane s) {
        double span = s.getVmax() - s.getVmin();
        return span <= 0 ? 0 : (s.getVvalue() - s.getVmin()) / span;
    }

    private Shown paragraphAt(int offset) {
        Shown best = null;
        for (Shown s : shown) {
            TextRange r = s.paragraph().range();
            if (r.start() <= offset) {
                best = s;
            }
            if (r.contains(offset)) {
                return s;
            }
        }
        return best != null ? best : shown.isEmpty() ? null : shown.get(0);
    }

    // ---- find in page --------------------------------------------------------------------------------------------

    private void keyPressed(KeyEvent e) {
        if (FIND.match(e)) {
            openFind();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && pane().isFindShowing()) {
            pane().setFindShowing(false);
            e.consume();
        }
    }

    private void openFind() {
        pane().setFindShowing(true);
        findBar.field().requestFocus();
        findBar.field().selectAll();
    }

    private void findShowingChanged() {
        boolean showing = pane().isFindShowing();
        findBar.setVisible(showing);
        if (showing) {
            findBar.field().requestFocus();
            runFind(true);
        } else {
            List<TextRange> old = findMatches;
            findMatches = List.of();
            findCurrent = -1;
            restyle(old);
            findBar.setCount("");
        }
    }

    private void startFolding(Source source) {
        if (folding != null) {
            folding.cancel();
        }
        folded = null;
        // Folding a whole article costs a transliteration per new character: off the JavaFX thread.
        Task<String> task = new Task<>() {
            @Override
            protected String call() {
                return ScriptFolding.instance().fold(source.text());
            }
        };
        task.setOnSucceeded(e -> {
            if (pane().getSource() == source) {
                folded = task.getValue();
                if (pane().isFindShowing() && !pane().getFindText().isBlank() && findMatches.isEmpty()) {
                    runFind(true);
                }
            }
        });
        folding = task;
        Thread thread = new Thread(task, "reader-fold");
        thread.setDaemon(true);
        thread.start();
    }

    private void runFind(boolean scrollToFirst) {
        Source source = pane().getSource();
        List<TextRange> old = findMatches;
        String query = pane().getFindText();
        if (source == null || !pane().isFindShowing() || query == null || query.isBlank()) {
            findMatches = List.of();
            findCurrent = -1;
            findBar.setCount("");
            findBar.setNavigable(false);
            restyle(old);
            return;
        }
        if (folded == null) {
            return; // the fold task finishes soon and runs the search
        }
        String needle = ScriptFolding.instance().fold(query);
        List<TextRange> matches = new ArrayList<>();
        for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length())) {
            matches.add(new TextRange(at, at + needle.length()));
        }
        findMatches = Collections.unmodifiableList(matches);
        findCurrent = matches.isEmpty() ? -1 : firstMatchFromPassage(matches);
        Set<TextRange> touched = new LinkedHashSet<>(old);
        touched.addAll(matches);
        restyle(new ArrayList<>(touched));
        updateCount();
        if (scrollToFirst && findCurrent >= 0) {
            requestScroll(findMatches.get(findCurrent), true);
        }
    }

    /** The first match at or after the selected passage, so a search starts where the reader is. */
    private int firstMatchFromPassage(List<TextRange> matches) {
        TextRange passage = pane().getPassage();
        if (passage == null) {
            return 0;
        }
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).end() > passage.start()) {
                return i;
            }
        }
        return 0;
    }

    private void stepFind(int direction) {
        if (findMatches.isEmpty()) {
            return;
        }
        TextRange was = findMatches.get(findCurrent);
        findCurrent = Math.floorMod(findCurrent + direction, findMatches.size());
        TextRange now = findMatches.get(findCurrent);
        restyle(List.of(was, now));
        updateCount();
        requestScroll(now, true);
    }

    private void updateCount() {
        if (findMatches.isEmpty()) {
            findBar.setCount(ui.get("reader.findNone"));
            findBar.setNavigable(false);
        } else {
            findBar.setCount(ui.format("reader.findCount", findCurrent + 1, findMatches.size()));
            findBar.setNavigable(true);
        }
    }

    @Override
    public void dispose() {
        // Listeners registered with registerChangeListener are removed by SkinBase.dispose().
        if (folding != null) {
            folding.cancel();
        }
        findBar.field().textProperty().unbindBidirectional(pane().findTextProperty());
        pane().removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        super.dispose();
    }

    /** A source in the chooser's list: its title, then its script and kind. */
    private final class SourceCell extends ListCell<Source> {
        @Override
        protected void updateItem(Source s, boolean isEmpty) {
            super.updateItem(s, isEmpty);
            if (isEmpty || s == null) {
                setText(null);
                return;
            }
            String script = s.script() == null ? "" : ui.get("script." + s.script().name().toLowerCase(Locale.ROOT));
            setText(s.keyed(s.title()) + (script.isEmpty() ? "" : "  ·  " + script));
        }
    }
}
