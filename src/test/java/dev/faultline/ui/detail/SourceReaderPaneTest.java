package dev.faultline.ui.detail;

import static dev.faultline.ui.detail.ReadingSample.AVALANCHE;
import static dev.faultline.ui.detail.ReadingSample.BOOK;
import static dev.faultline.ui.detail.ReadingSample.FIRED_QUOTE;
import static dev.faultline.ui.detail.ReadingSample.LETTER_QUOTE;
import static dev.faultline.ui.detail.ReadingSample.THRONES;
import static dev.faultline.ui.detail.ReadingSample.TRANSCRIPT;
import static dev.faultline.ui.detail.ReadingSample.WEEKEND_QUOTE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.LocalizedText;
import dev.faultline.model.Source;
import dev.faultline.model.TextRange;
import dev.faultline.model.TimelineModel;
import dev.faultline.model.UncitedPassage;
import dev.faultline.ui.AppState;
import dev.faultline.ui.Selection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SourceReaderPaneTest {

    /** Where {@code Tooltip.install} keeps a node's tooltip. */
    private static final String TOOLTIP = "javafx.scene.control.Tooltip";
    /** A sentence near the end of the book summary, far below the first screenful. */
    private static final String LATE_QUOTE = "人才的裂變不只是分家,更是新帝國的誕生。";

    private final TimelineModel model = ReadingSample.model();
    private final AppState state = new AppState(model);
    private SourceReaderPane reader;

    @Start
    void start(Stage stage) {
        reader = new SourceReaderPane(state);
        stage.setScene(new Scene(reader, 900, 600));
        stage.show();
        stage.requestFocus();
    }

    private TextRange rangeOf(String sourceId, String quote) {
        return ReadingSample.rangeOf(model, sourceId, quote);
    }

    private String joinedTextOf(FxRobot robot, String styleClass) {
        return String.join("", robot.lookup("#source-reader ." + styleClass).queryAllAs(Text.class).stream()
                .map(Text::getText).toList());
    }

    /** Clicks the middle of one character of the open source. */
    private void clickOnCharacter(FxRobot robot, int offset) {
        PassageView view = robot.lookup("#source-reader .reader-paragraph").queryAllAs(PassageView.class).stream()
                .filter(v -> v.sourceRangeBounds(offset, offset + 1) != null).findFirst().orElseThrow();
        Bounds b = view.localToScreen(view.sourceRangeBounds(offset, offset + 1));
        robot.clickOn(new Point2D(b.getCenterX(), b.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openingAPassageScrollsItIntoViewAndHighlightsIt(FxRobot robot) {
        ScrollPane scroll = robot.lookup("#reader-scroll").queryAs(ScrollPane.class);
        assertThat(scroll.getVvalue()).isEqualTo(scroll.getVmin());

        robot.interact(() -> state.select(new Selection.OfPassage(BOOK, rangeOf(BOOK, LATE_QUOTE), null)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(scroll.getVvalue()).isGreaterThan(scroll.getVmin());
        Text highlight = robot.lookup("#source-reader .selected-passage").queryAs(Text.class);
        assertThat(highlight.getText()).isEqualTo(LATE_QUOTE);
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds passage = highlight.localToScene(highlight.getBoundsInLocal());
        assertThat(passage.getMinY()).isGreaterThanOrEqualTo(viewport.getMinY());
        assertThat(passage.getMaxY()).isLessThanOrEqualTo(viewport.getMaxY());
    }

    @Test
    void aPassageOpenedWhileTheReaderIsInAHiddenTabIsInViewWhenTheTabComesForward(FxRobot robot) {
        // As in the main window: the selection changes first, then the window brings the reader's tab forward.
        TabPane tabs = new TabPane(new Tab("Event", new Label("event")), new Tab("Source"));
        robot.interact(() -> {
            Stage stage = (Stage) reader.getScene().getWindow();
            SourceReaderPane hidden = new SourceReaderPane(state);
            tabs.getTabs().get(1).setContent(hidden);
            stage.setScene(new Scene(tabs, 900, 600));
            state.select(new Selection.OfPassage(BOOK, rangeOf(BOOK, LATE_QUOTE), null));
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();

        Node pane = tabs.getTabs().get(1).getContent();
        ScrollPane scroll = robot.from(pane).lookup("#reader-scroll").queryAs(ScrollPane.class);
        Text highlight = robot.from(pane).lookup(".selected-passage").queryAs(Text.class);
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds passage = highlight.localToScene(highlight.getBoundsInLocal());
        assertThat(passage.getMinY()).isGreaterThanOrEqualTo(viewport.getMinY());
        assertThat(passage.getMaxY()).isLessThanOrEqualTo(viewport.getMaxY());
    }

    @Test
    void citedPassagesAreMarkedAndClickingOneSelectsItsEvent(FxRobot robot) {
        robot.interact(() -> state.select(new Selection.OfSource(THRONES)));

        assertThat(robot.lookup("#source-reader .cited-passage").queryAllAs(Text.class)).extracting(Text::getText)
                .contains(LETTER_QUOTE);
        clickOnCharacter(robot, rangeOf(THRONES, LETTER_QUOTE).start() + 2);

        assertThat(state.getSelection()).isEqualTo(new Selection.OfEvent("employees-letter"));
    }

    @Test
    void sentencesNoEventCitesAreFaintAndSayWhyOnHover(FxRobot robot) throws TimeoutException {
        String uncited = "这是最坏的时代,也是最好的时代。";
        String setAside = "一位从业者对这场闹剧评价道。";
        TimelineModel withReason = new TimelineModel(model.title(), model.description(), model.sources(),
                model.factions(), model.organizations(), model.people(), model.eras(), model.events(),
                model.disagreements(), List.of(new UncitedPassage(THRONES, rangeOf(THRONES, setAside),
                        LocalizedText.of("An unnamed practitioner's opinion.", "匿名從業者的看法。"))), null);
        robot.interact(() -> {
            state.setModel(withReason);
            state.select(new Selection.OfSource(THRONES));
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<Text> faint = robot.lookup("#source-reader .uncited").queryAllAs(Text.class).stream().toList();
        assertThat(faint).extracting(Text::getText).contains(uncited, setAside);
        assertThat(faint).extracting(Text::getText).noneMatch(t -> t.contains(LETTER_QUOTE));
        Text letter = robot.lookup("#source-reader .cited-passage").queryAllAs(Text.class).stream()
                .filter(t -> t.getText().equals(LETTER_QUOTE)).findFirst().orElseThrow();
        assertThat(letter.getStyleClass()).doesNotContain("uncited");

        assertThat(hoverTip(robot, setAside))
                .isEqualTo("Not cited by any event, on purpose: An unnamed practitioner's opinion.");
        assertThat(hoverTip(robot, uncited)).isEqualTo("Not cited by any event");
    }

    /** Scrolls a faint sentence of THRONES into view, points at it, and returns its tooltip's text. */
    private String hoverTip(FxRobot robot, String sentence) throws TimeoutException {
        robot.interact(() -> state.select(new Selection.OfPassage(THRONES, rangeOf(THRONES, sentence), null)));
        WaitForAsyncUtils.waitForFxEvents();
        Text run = robot.lookup("#source-reader .uncited").queryAllAs(Text.class).stream()
                .filter(t -> t.getText().equals(sentence)).findFirst().orElseThrow();
        robot.moveTo(run);
        // The tooltip is built when the pointer first enters the run (LazyTooltip); Tooltip.install keeps it there.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> run.getProperties().get(TOOLTIP) != null);
        return ((Tooltip) run.getProperties().get(TOOLTIP)).getText();
    }

    @Test
    void aPassageCitedBySeveralEventsOffersAChoice(FxRobot robot) {
        robot.interact(() -> state.select(new Selection.OfSource(BOOK)));

        clickOnCharacter(robot, rangeOf(BOOK, WEEKEND_QUOTE).start() + 2);
        robot.clickOn("17 Nov 2023  Altman fired by the board");

        assertThat(state.getSelection()).isEqualTo(new Selection.OfEvent("altman-fired"));
    }

    @Test
    void findInTheOtherScriptFindsThePassage(FxRobot robot) throws TimeoutException {
        robot.interact(() -> state.select(new Selection.OfSource(THRONES)));
        String text = model.source(THRONES).orElseThrow().text();
        int expected = text.split("董事会", -1).length - 1;
        assertThat(expected).isGreaterThan(2);

        robot.clickOn("#reader-title");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(robot.lookup("#find-bar").query().isVisible()).isTrue();
        robot.interact(() -> robot.lookup("#find-field").queryTextInputControl().setText("董事會"));
        Label count = robot.lookup("#find-count").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> count.getText().contains(" of "));

        assertThat(count.getText()).isEqualTo("1 of " + expected);
        assertThat(joinedTextOf(robot, "find-current")).isEqualTo("董事会");
        assertThat(robot.lookup("#source-reader .find-match").queryAllAs(Text.class)).hasSize(expected - 1);

        robot.clickOn("#find-field").type(KeyCode.ENTER);
        assertThat(count.getText()).isEqualTo("2 of " + expected);

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#find-bar").query().isVisible()).isFalse();
        assertThat(robot.lookup("#source-reader .find-match").queryAll()).isEmpty();
        assertThat(robot.lookup("#source-reader .find-current").queryAll()).isEmpty();
    }

    @Test
    void backReturnsToThePreviousPassage(FxRobot robot) {
        robot.interact(() -> state.select(new Selection.OfPassage(THRONES, rangeOf(THRONES, LETTER_QUOTE),
                "employees-letter")));
        robot.interact(() -> state.select(new Selection.OfPassage(BOOK, rangeOf(BOOK, FIRED_QUOTE),
                "altman-fired")));
        assertThat(joinedTextOf(robot, "selected-passage")).isEqualTo(FIRED_QUOTE);

        robot.interact(state::back);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(reader.getSource().id()).isEqualTo(THRONES);
        assertThat(robot.lookup("#reader-title").queryLabeled().getText()).isEqualTo("OpenAI深陷“权利的游戏”");
        // Headed by the key the model's text cites it by, as the excerpts are.
        assertThat(((javafx.scene.control.Labeled) robot.lookup("#reader-title").queryLabeled().getGraphic())
                .getText()).isEqualTo("003");
        assertThat(joinedTextOf(robot, "selected-passage")).isEqualTo(LETTER_QUOTE);
    }

    @Test
    void partsThatAreNotArticleTextAreSetApartAndLabelled(FxRobot robot) {
        robot.interact(() -> state.select(new Selection.OfSource(BOOK)));
        Node ad = robot.lookup("#source-reader .non-article-advertisement").query();
        assertThat(robot.from(ad).lookup(".non-article-label").queryLabeled().getText())
                .isEqualTo("Advertisement — not article text");
        assertThat(robot.from(ad).lookup(".passage-run").queryAllAs(Text.class)).extracting(Text::getText)
                .anyMatch(t -> t.startsWith("歡迎訂閱艾螽斯"));

        robot.interact(() -> state.select(new Selection.OfSource(TRANSCRIPT)));
        assertThat(robot.lookup("#source-reader .non-article-preamble .non-article-label").queryLabeled().getText())
                .isEqualTo("AI tidy-up preamble — not article text");
        List<PassageView> article = robot.lookup("#source-reader .reader-paragraph").queryAllAs(PassageView.class)
                .stream().toList();
        assertThat(article).noneMatch(v -> v.shownText().contains("我來整理這篇文稿"));
    }

    @Test
    void theHeaderDescribesTheSourceAndTheChooserSwitchesIt(FxRobot robot) {
        robot.interact(() -> state.select(new Selection.OfSource(AVALANCHE)));
        assertThat(robot.lookup("#reader-meta").queryLabeled().getText())
                .isEqualTo("产业象限 · 山茶 · Published 9 Aug 2024 · Simplified Chinese · News");

        @SuppressWarnings("unchecked")
        ComboBox<Source> chooser = robot.lookup("#source-chooser").queryAs(ComboBox.class);
        assertThat(chooser.getItems()).hasSize(5);
        robot.interact(() -> chooser.getSelectionModel().select(model.source(TRANSCRIPT).orElseThrow()));

        assertThat(state.getSelection()).isEqualTo(new Selection.OfSource(TRANSCRIPT));
        assertThat(robot.lookup("#reader-title").queryLabeled().getText()).isEqualTo("OpenAI 的動盪與內幕揭秘");
        // The closed chooser names the source by its key too, which the model's text cites it by.
        Source transcript = model.source(TRANSCRIPT).orElseThrow();
        assertThat(transcript.citeKey()).isPresent();
        assertThat(robot.lookup("#source-chooser .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().map(javafx.scene.control.ListCell::getText).filter(java.util.Objects::nonNull))
                .containsExactly(transcript.citeKey().orElseThrow() + " · OpenAI 的動盪與內幕揭秘");
    }
}
