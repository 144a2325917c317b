package dev.faultline.ui.detail;

import static dev.faultline.ui.detail.ReadingSample.BOOK;
import static dev.faultline.ui.detail.ReadingSample.FIRED_QUOTE;
import static dev.faultline.ui.detail.ReadingSample.FIRED_QUOTE_SIMPLIFIED;
import static dev.faultline.ui.detail.ReadingSample.FIVE_DAYS_QUOTE;
import static dev.faultline.ui.detail.ReadingSample.WEEKEND_QUOTE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.TimelineModel;
import dev.faultline.ui.AppState;
import dev.faultline.ui.Selection;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.Clipboard;
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
class EventDetailPaneTest {

    private final TimelineModel model = ReadingSample.model();
    private final AppState state = new AppState(model);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new EventDetailPane(state), 720, 760));
        stage.show();
        stage.requestFocus();
    }

    private static List<String> quotesShown(FxRobot robot) {
        return robot.lookup("#event-detail .excerpts ." + ExcerptView.QUOTE_CLASS).queryAllAs(Text.class).stream()
                .map(Text::getText).toList();
    }

    @Test
    void withNothingSelectedThePaneSaysWhatToDo(FxRobot robot) {
        assertThat(robot.lookup("#event-detail-empty").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#event-detail-empty").queryLabeled().getText())
                .isEqualTo("Select an event on the timeline");
    }

    @Test
    void selectingAnEventShowsEachExcerptHighlightedInsideItsParagraph(FxRobot robot) {
        robot.interact(() -> state.selectEvent("altman-fired"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#event-title").queryLabeled().getText()).isEqualTo("Altman fired by the board");
        assertThat(robot.lookup(".event-title-other").queryLabeled().getText()).isEqualTo("奧特曼遭董事會解職");
        assertThat(robot.lookup("#event-date").queryLabeled().getText()).isEqualTo("17 Nov 2023");
        assertThat(quotesShown(robot)).containsExactly(FIRED_QUOTE, FIRED_QUOTE_SIMPLIFIED);
        PassageView first = robot.lookup("#event-detail .excerpts .passage-view").queryAs(PassageView.class);
        assertThat(first.shownText()).contains("2023年11月,一場突如其來的董事會會議震撼了全球科技圈。" + FIRED_QUOTE);
        assertThat(robot.lookup("#event-detail-empty").queryLabeled().isVisible()).isFalse();
    }

    @Test
    void theCuratorsNoteIsMarkedAsTheCurators(FxRobot robot) {
        robot.interact(() -> state.selectEvent("altman-fired"));

        Node note = robot.lookup("#event-detail .event-detail-content > .curator-note").query();
        assertThat(robot.from(note).lookup(".curator-note-label").queryLabeled().getText())
                .isEqualTo("Curator's note");
        assertThat(robot.from(note).lookup(".curator-note-text").queryLabeled().getText())
                .startsWith("The book summary says it lasted a weekend");
    }

    @Test
    void aDisagreementShowsBothClaimsWithTheirPassages(FxRobot robot) {
        robot.interact(() -> state.selectEvent("altman-fired"));

        Node box = robot.lookup("#disagreement-ouster-length").query();
        assertThat(robot.from(box).lookup(".disagreement-topic").queryLabeled().getText())
                .isEqualTo("How long Altman's ouster lasted");
        assertThat(robot.from(box).lookup(".claim-text").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactly("Only a weekend", "Five days");
        assertThat(robot.from(box).lookup("." + ExcerptView.QUOTE_CLASS).queryAllAs(Text.class))
                .extracting(Text::getText).containsExactly(WEEKEND_QUOTE, FIVE_DAYS_QUOTE);
        assertThat(robot.from(box).lookup(".curator-note-text").queryLabeled().getText()).contains("five days");
    }

    @Test
    void theDateShowsItsPrecisionAndApproximationAndHowItWasInferred(FxRobot robot) {
        robot.interact(() -> state.selectEvent("employees-letter"));
        assertThat(robot.lookup("#event-date").queryLabeled().getText()).isEqualTo("about 20 Nov 2023");
        assertThat(robot.lookup(".event-date-note").queryLabeled().getText())
                .contains("The letter came out on the Monday after the firing.");

        robot.interact(() -> state.selectEvent("altman-returns"));
        assertThat(robot.lookup("#event-date").queryLabeled().getText()).isEqualTo("17–21 Nov 2023");
    }

    @Test
    void openInReaderSelectsTheExcerptsPassage(FxRobot robot) {
        robot.interact(() -> state.selectEvent("altman-fired"));

        robot.interact(() -> robot.lookup("#event-detail .excerpts .open-in-reader").queryButton().fire());

        assertThat(state.getSelection()).isEqualTo(new Selection.OfPassage(BOOK,
                ReadingSample.rangeOf(model, BOOK, FIRED_QUOTE), "altman-fired"));
    }

    @Test
    void clickingAPersonOpensTheirPanel(FxRobot robot) {
        robot.interact(() -> state.selectEvent("altman-fired"));

        robot.clickOn("#person-link-ilya-sutskever");

        assertThat(state.getSelection()).isEqualTo(new Selection.OfPerson("ilya-sutskever"));
    }

    @Test
    void backShowsThePreviousEventAgain(FxRobot robot) {
        robot.interact(() -> state.selectEvent("altman-fired"));
        robot.interact(() -> state.selectEvent("sutskever-resigns"));
        assertThat(robot.lookup("#event-title").queryLabeled().getText()).isEqualTo("Sutskever resigns");

        robot.interact(state::back);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#event-title").queryLabeled().getText()).isEqualTo("Altman fired by the board");
        assertThat(quotesShown(robot)).containsExactly(FIRED_QUOTE, FIRED_QUOTE_SIMPLIFIED);
    }

    @Test
    void inChineseTheTitleAndLabelsFollowTheLanguage(FxRobot robot) {
        robot.interact(() -> state.selectEvent("employees-letter"));
        robot.interact(() -> state.setLocale(Locale.TRADITIONAL_CHINESE));

        assertThat(robot.lookup("#event-title").queryLabeled().getText()).isEqualTo("員工聯名信要求董事會辭職");
        assertThat(robot.lookup(".event-title-other").queryLabeled().getText()).isEqualTo("Employees threaten to quit");
        assertThat(robot.lookup("#event-date").queryLabeled().getText()).isEqualTo("約2023年11月20日");
        assertThat(robot.lookup("#event-detail .excerpts .open-in-reader").queryButton().getText())
                .isEqualTo("在閱讀器中開啟");
    }

    @Test
    void anEnglishOnlyDateNoteSaysSoInChineseAndSimplifiedConvertsTheCuratedText(FxRobot robot) {
        robot.interact(() -> state.selectEvent("employees-letter"));
        robot.interact(() -> state.setLocale(Locale.TRADITIONAL_CHINESE));
        assertThat(robot.lookup(".event-date-note").queryLabeled().getText())
                .isEqualTo("日期推斷依據：The letter came out on the Monday after the firing.（僅英文）");
        List<String> quotes = quotesShown(robot);
        assertThat(quotes).anyMatch(q -> q.contains("員工"));

        robot.interact(() -> state.setLocale(Locale.forLanguageTag("zh-Hans")));
        assertThat(robot.lookup("#event-title").queryLabeled().getText()).isEqualTo("员工联名信要求董事会辞职");
        assertThat(robot.lookup("#event-date").queryLabeled().getText()).isEqualTo("约2023年11月20日");
        assertThat(robot.lookup(".event-date-note").queryLabeled().getText())
                .isEqualTo("日期推断依据：The letter came out on the Monday after the firing.（仅英文）");
        // Quotes keep their source's script, Traditional ones too.
        assertThat(quotesShown(robot)).isEqualTo(quotes);

        robot.interact(() -> state.setLocale(Locale.ENGLISH));
        assertThat(robot.lookup(".event-date-note").queryLabeled().getText())
                .isEqualTo("How the date was inferred: The letter came out on the Monday after the firing.");
    }

    @Test
    void draggingAcrossAQuoteSelectsTextAndCtrlCCopiesIt(FxRobot robot) {
        robot.interact(() -> state.selectEvent("sutskever-resigns"));
        PassageView view = robot.lookup("#event-detail .excerpts .passage-view").queryAs(PassageView.class);
        int quoteStart = ReadingSample.rangeOf(model, ReadingSample.STRUGGLE, ReadingSample.ILYA_QUOTE).start();
        Bounds from = view.localToScreen(view.sourceRangeBounds(quoteStart, quoteStart + 1));
        Bounds to = view.localToScreen(view.sourceRangeBounds(quoteStart + 9, quoteStart + 10));

        robot.drag(new Point2D(from.getMinX() + 1, from.getCenterY())).dropTo(new Point2D(to.getMaxX() - 1,
                to.getCenterY()));
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);

        assertThat(view.selectedText()).isEqualTo(ReadingSample.ILYA_QUOTE.substring(0, 10));
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(ReadingSample.ILYA_QUOTE.substring(0, 10));
    }

    @Test
    void copyQuotePutsTheVerbatimQuoteOnTheClipboard(FxRobot robot) {
        robot.interact(() -> state.selectEvent("sutskever-resigns"));

        robot.interact(() -> robot.lookup("#event-detail .excerpts .copy-quote").queryButton().fire());

        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(ReadingSample.ILYA_QUOTE);
    }

    @Test
    void eachExcerptsSourceLineSharesItsRowWithTheButtonsWithoutRunningUnderThem(FxRobot robot) {
        robot.interact(() -> state.selectEvent("altman-fired"));
        WaitForAsyncUtils.waitForFxEvents();

        List<ExcerptView> views = List.copyOf(robot.lookup("#event-detail .excerpt-view")
                .queryAllAs(ExcerptView.class));
        assertThat(views).hasSizeGreaterThan(2);
        for (ExcerptView v : views) {
            Node title = robot.from(v).lookup(".excerpt-source").query();
            Node meta = robot.from(v).lookup(".excerpt-meta").query();
            Node actions = robot.from(v).lookup(".excerpt-actions").query();
            Node passage = robot.from(v).lookup(".passage-view").query();
            Bounds a = actions.getBoundsInParent();
            assertThat(title.getBoundsInParent().getMaxX()).isLessThanOrEqualTo(a.getMinX());
            assertThat(meta.getBoundsInParent().getMaxX()).isLessThanOrEqualTo(a.getMinX());
            assertThat(title.getBoundsInParent().getMinY()).isLessThan(a.getMaxY());
            // The passage starts under the whole head, whatever wrapped in it.
            Bounds head = title.getParent().getBoundsInParent();
            assertThat(passage.getBoundsInParent().getMinY()).isGreaterThanOrEqualTo(head.getMaxY());
            assertThat(head.getHeight()).isGreaterThanOrEqualTo(meta.getBoundsInParent().getMaxY());
        }
        // Each excerpt names its source with the key the model's text cites it by.
        assertThat(views).allSatisfy(v -> assertThat(robot.from(v).lookup(".excerpt-source .source-cite")
                .queryLabeled().getText()).matches("00[0-4]"));
        // In the excerpt list (about 680 px wide) the book's title and its meta fit beside the buttons: one row.
        ExcerptView first = views.get(0);
        Node title = robot.from(first).lookup(".excerpt-source").query();
        Node meta = robot.from(first).lookup(".excerpt-meta").query();
        assertThat(meta.getBoundsInParent().getMinY()).isLessThan(title.getBoundsInParent().getMaxY());
    }
}
