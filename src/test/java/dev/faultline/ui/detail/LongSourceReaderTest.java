package dev.faultline.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.load.LoadResult;
import dev.faultline.load.ModelLoader;
import dev.faultline.model.Excerpt;
import dev.faultline.model.TimelineModel;
import dev.faultline.ui.AppState;
import dev.faultline.ui.Selection;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A source of thousands of paragraphs (a generated seed has 50,000 lines) is read in parts, so the reader never
 * builds more than a part's nodes: building them all took minutes and froze the window.
 */
@ExtendWith(ApplicationExtension.class)
class LongSourceReaderTest {

    private static final int PARAGRAPHS = 700;
    private static final String LATE = "第650段:董事會在這一段裡宣布了決定。";

    private static String seed() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= PARAGRAPHS; i++) {
            sb.append(i == 650 ? LATE : "第" + i + "段:這是一篇很長的來源裡的一段文字。").append('\n');
        }
        return sb.toString();
    }

    private static TimelineModel model() {
        String json = """
                {"format": 1,
                 "title": {"en": "Long source", "zh": "長來源"},
                 "description": {"en": "One very long source.", "zh": "一份很長的來源。"},
                 "sources": [{"id": "long", "file": "long.txt", "title": "長文", "titleEn": "A long text",
                   "script": "traditional", "kind": "news", "provenance": {"en": "Written for a test.", "zh": "為測試而寫。"}}],
                 "people": [],
                 "events": [{"id": "late-decision", "title": {"en": "A late decision", "zh": "晚來的決定"},
                   "summary": {"en": "Paragraph 650 tells of it.", "zh": "第650段講到。"}, "kind": "statement",
                   "date": {"start": "2023-11-17"}, "importance": 3,
                   "excerpts": [{"source": "long", "quote": "%s"}]}]}
                """.formatted(LATE);
        LoadResult result = new ModelLoader().load("long.json", json, file -> Optional.of(seed()));
        assertThat(result.problems()).isEmpty();
        return result.model().orElseThrow();
    }

    private final TimelineModel model = model();
    private final AppState state = new AppState(model);

    @Start
    void start(Stage stage) {
        SourceReaderPane reader = new SourceReaderPane(state);
        stage.setScene(new Scene(reader, 900, 600));
        stage.show();
        state.select(new Selection.OfSource("long"));
    }

    private static long paragraphsBuilt(FxRobot robot) {
        return robot.lookup("#source-reader .reader-paragraph").queryAll().size();
    }

    @Test
    void aLongSourceOpensOnItsFirstPartAndSaysHowManyThereAre(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(paragraphsBuilt(robot)).isEqualTo(SourceReaderPaneSkin.PART);
        Node bar = robot.lookup("#reader-parts").query();
        assertThat(bar.isVisible()).isTrue();
        assertThat(robot.lookup("#reader-parts .label").queryAs(Label.class).getText())
                .isEqualTo("Part 1 of 3: paragraphs 1–300 of 700");
        assertThat(robot.lookup("#reader-earlier").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#reader-later");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#reader-parts .label").queryAs(Label.class).getText())
                .isEqualTo("Part 2 of 3: paragraphs 301–600 of 700");
        assertThat(paragraphsBuilt(robot)).isEqualTo(SourceReaderPaneSkin.PART);
        assertThat(robot.lookup("#reader-earlier").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void openingAPassageInALaterPartShowsThatPartWithThePassageHighlighted(FxRobot robot) {
        Excerpt late = model.event("late-decision").orElseThrow().excerpts().get(0);

        robot.interact(() -> state.select(new Selection.OfPassage("long", late.range(), "late-decision")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#reader-parts .label").queryAs(Label.class).getText())
                .startsWith("Part 3 of 3: paragraphs 601–700");
        assertThat(paragraphsBuilt(robot)).isEqualTo(100);
        assertThat(robot.lookup("#source-reader .selected-passage").queryAs(Text.class).getText()).isEqualTo(LATE);
    }
}
