package dev.faultline.ui.detail;

import static dev.faultline.ui.detail.ReadingSample.AVALANCHE;
import static dev.faultline.ui.detail.ReadingSample.BOOK;
import static dev.faultline.ui.detail.ReadingSample.THRONES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.TimelineModel;
import dev.faultline.ui.AppState;
import dev.faultline.ui.Selection;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SourcesViewTest {

    private final TimelineModel model = ReadingSample.model();
    private final AppState state = new AppState(model);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new SourcesPane(state), 720, 760));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void everySourceIsListedWithWhatItIsAndHowMuchItIsCited(FxRobot robot) {
        assertThat(robot.lookup("#sources-view .source-card").queryAll()).hasSize(5);

        Node thrones = robot.lookup("#source-card-" + THRONES).query();
        assertThat(robot.from(thrones).lookup(".source-title").queryLabeled().getText())
                .isEqualTo("OpenAI深陷“权利的游戏”");
        // The key the model's text cites it by ("003 says …") stands before its title.
        assertThat(robot.from(thrones).lookup(".source-title .source-cite").queryLabeled().getText())
                .isEqualTo("003");
        assertThat(robot.from(thrones).lookup(".source-counts").queryLabeled().getText())
                .isEqualTo("Cited by 3 events · 3 excerpts");
        assertThat(robot.lookup("#source-card-" + BOOK + " .source-counts").queryLabeled().getText())
                .isEqualTo("Cited by 2 events · 3 excerpts");
        Node avalanche = robot.lookup("#source-card-" + AVALANCHE).query();
        assertThat(robot.from(avalanche).lookup(".source-meta").queryLabeled().getText())
                .startsWith("产业象限 · 山茶 · Published 9 Aug 2024 · Simplified Chinese · News");
    }

    @Test
    void thePartsThatAreNotArticleTextAreListed(FxRobot robot) {
        Node book = robot.lookup("#source-card-" + BOOK).query();

        assertThat(robot.from(book).lookup(".non-article-item").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).singleElement().asString()
                .startsWith("Advertisement: 歡迎訂閱艾螽斯的30(月)");
        assertThat(robot.from(book).lookup(".source-provenance").queryLabeled().getText())
                .startsWith("Sample provenance of " + BOOK);
    }

    @Test
    void clickingASourceOpensItInTheReaderAndMarksIt(FxRobot robot) {
        robot.clickOn("#source-card-" + BOOK + " .source-title");

        assertThat(state.getSelection()).isEqualTo(new Selection.OfSource(BOOK));
        assertThat(robot.lookup("#source-card-" + BOOK).query().getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("selected"));
    }

    @Test
    void inChineseTheLabelsFollowTheLanguage(FxRobot robot) {
        robot.interact(() -> state.setLocale(Locale.TRADITIONAL_CHINESE));

        Node thrones = robot.lookup("#source-card-" + THRONES).query();
        assertThat(robot.from(thrones).lookup(".source-counts").queryLabeled().getText())
                .isEqualTo("被 3 個事件引用 · 共 3 段引文");
        assertThat(robot.from(thrones).lookup(".open-source").queryButton().getText()).isEqualTo("在閱讀器中開啟");
    }
}
