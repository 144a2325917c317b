package dev.faultline.ui.detail;

import dev.faultline.text.LocalFormat;
import dev.faultline.model.Excerpt;
import dev.faultline.model.NonArticlePart;
import dev.faultline.model.Source;
import dev.faultline.model.TextRange;
import dev.faultline.text.PassageContext;
import dev.faultline.ui.Selection;
import dev.faultline.ui.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * One verbatim excerpt as evidence: which source it is from (title in its own script, outlet or author, date), the
 * quote highlighted inside the sentences around it, and buttons to open it in the reader and to copy it. The source
 * line and the buttons share the first row, so the passage (what a reader came for) gets the height: at 1400x900 the
 * tallest first excerpt of the shipped model went from 187 to 140 px this way, and fits under the event's
 * header.
 */
final class ExcerptView extends VBox {

    static final String DEFAULT_STYLE_CLASS = "excerpt-view";
    /** The style class of the Text node holding the quote itself. */
    static final String QUOTE_CLASS = "excerpt-quote";

    private final PassageView passage;

    ExcerptView(Source source, Excerpt excerpt, String eventId, UiText ui, Locale locale,
            Consumer<Selection> select) {
        getStyleClass().add(DEFAULT_STYLE_CLASS);

        Label title = new Label(source.title());
        title.getStyleClass().add("excerpt-source");
        title.setWrapText(true);
        CiteBadge.attach(title, source, ui);
        if (source.titleEn() != null) {
            LazyTooltip.install(title, source.titleEn());
        }
        Label meta = new Label(metaLine(source, locale));
        meta.getStyleClass().add("excerpt-meta");
        meta.setWrapText(true);

        passage = new PassageView(ui, pieces(source, excerpt.range()));
        passage.setCopyAllText(excerpt.quote());
        LazyTooltip.install(passage, ui.get("excerpt.quoteTooltip"));

        Button open = new Button(ui.get("excerpt.openInReader"));
        open.getStyleClass().add("open-in-reader");
        open.setOnAction(e -> select.accept(new Selection.OfPassage(source.id(), excerpt.range(), eventId)));
        Button copy = new Button(ui.get("excerpt.copyQuote"));
        copy.getStyleClass().add("copy-quote");
        copy.setOnAction(e -> {
            PassageView.copy(excerpt.quote());
            String label = copy.getText();
            copy.setText(ui.get("excerpt.copied"));
            PauseTransition restore = new PauseTransition(Duration.seconds(1.5));
            restore.setOnFinished(done -> copy.setText(label));
            restore.play();
        });
        HBox actions = new HBox(open, copy);
        actions.getStyleClass().add("excerpt-actions");
        actions.setMinWidth(Region.USE_PREF_SIZE);

        Head head = new Head(title, meta, actions);
        getChildren().addAll(head, passage);
    }

    /**
     * The first row: the source's title and "outlet · author · date" on one line with the buttons at its right end;
     * when they do not fit, the title wraps in the room left of the buttons and the meta line goes under it. Laid out
     * in one pass (a FlowPane with widths bound to its own would need a second pulse, and a test reading the height
     * in between saw a 417 px excerpt).
     */
    private static final class Head extends Pane {

        private static final double GAP = 10;

        private final Label title;
        private final Label meta;
        private final Region actions;

        Head(Label title, Label meta, Region actions) {
            this.title = title;
            this.meta = meta;
            this.actions = actions;
            getStyleClass().add("excerpt-head");
            getChildren().addAll(title, meta, actions);
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        private double left(double inner) {
            return Math.max(40, inner - actions.prefWidth(-1) - GAP);
        }

        private boolean oneLine(double left) {
            return title.prefWidth(-1) + GAP + meta.prefWidth(-1) <= left;
        }

        @Override
        protected double computeMinWidth(double height) {
            return snappedLeftInset() + snappedRightInset() + actions.prefWidth(-1) + GAP + 40;
        }

        @Override
        protected double computePrefWidth(double height) {
            return snappedLeftInset() + snappedRightInset() + title.prefWidth(-1) + GAP + meta.prefWidth(-1) + GAP
                    + actions.prefWidth(-1);
        }

        @Override
        protected double computePrefHeight(double width) {
            double inner = (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
            double left = left(inner);
            double text = oneLine(left) ? Math.max(title.prefHeight(-1), meta.prefHeight(-1))
                    : title.prefHeight(left) + meta.prefHeight(left);
            return snappedTopInset() + snappedBottomInset() + Math.ceil(Math.max(text, actions.prefHeight(-1)));
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            double x = snappedLeftInset();
            double y = snappedTopInset();
            double inner = getWidth() - x - snappedRightInset();
            double left = left(inner);
            double aw = actions.prefWidth(-1);
            double ah = actions.prefHeight(aw);
            double th = title.prefHeight(-1);
            // The first text line is centred on the buttons.
            double line = Math.max(th, ah);
            if (oneLine(left)) {
                double tw = title.prefWidth(-1);
                double mh = meta.prefHeight(-1);
                title.resizeRelocate(x, y + (line - th) / 2, tw, th);
                meta.resizeRelocate(x + tw + GAP, y + (line - mh) / 2, Math.min(meta.prefWidth(-1), left - tw - GAP),
                        mh);
            } else {
                double wrapped = title.prefHeight(left);
                double top = y + Math.max(0, (ah - th) / 2);
                title.resizeRelocate(x, top, left, wrapped);
                meta.resizeRelocate(x, top + wrapped, left, meta.prefHeight(left));
            }
            actions.resizeRelocate(x + inner - aw, y + Math.max(0, (line - ah) / 2), aw, ah);
        }
    }

    /** The passage view, for tests and for callers that add to it. */
    PassageView passage() {
        return passage;
    }

    /** "outlet · author · date", leaving out what the source does not state. */
    static String metaLine(Source source, Locale locale) {
        List<String> parts = new ArrayList<>();
        source.outletName().ifPresent(parts::add);
        source.authorName().ifPresent(parts::add);
        source.publishedDate().ifPresent(d -> parts.add(LocalFormat.of(locale).date(d)));
        return String.join(" · ", parts);
    }

    /**
     * The quote inside its context, as pieces: an ellipsis where the paragraph goes on, the text before, the quote,
     * the text after. The context never reaches into a part of the file that is not article text.
     */
    static List<PassageView.Piece> pieces(Source source, TextRange quote) {
        String text = source.text();
        PassageContext ctx = PassageContext.around(text, quote);
        int start = ctx.context().start();
        int end = ctx.context().end();
        boolean cutStart = ctx.cutAtStart();
        boolean cutEnd = ctx.cutAtEnd();
        for (NonArticlePart part : source.nonArticle()) {
            TextRange r = part.range();
            if (r.end() <= quote.start() && r.end() > start) {
                start = r.end();
                cutStart = false;
            }
            if (r.start() >= quote.end() && r.start() < end) {
                end = r.start();
                cutEnd = false;
            }
        }
        while (start < quote.start() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > quote.end() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        List<PassageView.Piece> pieces = new ArrayList<>();
        if (cutStart) {
            pieces.add(PassageView.Piece.decoration("…", "ellipsis"));
        }
        if (quote.start() > start) {
            pieces.add(PassageView.Piece.plain(text.substring(start, quote.start()), start));
        }
        pieces.add(new PassageView.Piece(text.substring(quote.start(), quote.end()), quote.start(),
                Set.of("passage-focus", QUOTE_CLASS), null, null));
        if (end > quote.end()) {
            pieces.add(PassageView.Piece.plain(text.substring(quote.end(), end), quote.end()));
        }
        if (cutEnd) {
            pieces.add(PassageView.Piece.decoration("…", "ellipsis"));
        }
        return pieces;
    }
}
