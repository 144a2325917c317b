package dev.faultline.ui.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.TextRange;
import dev.faultline.query.EventFilter;
import dev.faultline.query.SearchHit;
import dev.faultline.query.SeedModel;
import dev.faultline.ui.AppState;
import dev.faultline.ui.Selection;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The search field and the results list, mounted together as the main window puts them. */
@ExtendWith(ApplicationExtension.class)
class SearchPaneTest {

    private final AppState state = new AppState(SeedModel.build());
    private SearchField field;

    @Start
    void start(Stage stage) {
        field = new SearchField(state);
        stage.setScene(new Scene(new BorderPane(new SearchPane(state), field, null, null, null), 700, 600));
        stage.show();
        stage.requestFocus();
    }

    private ListView<SearchHit> results(FxRobot robot) {
        return robot.lookup("#search-results").queryListView();
    }

    @Test
    void aSimplifiedQueryFindsAnEventWhoseExcerptIsTraditional(FxRobot robot) {
        robot.clickOn("#search-field").write("奥特曼");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getFilter().text()).isEqualTo("奥特曼");
        assertThat(results(robot).getItems()).extracting(SearchHit::eventId).contains("board-doubts");
        SearchHit excerptHit = results(robot).getItems().stream().filter(h -> h.eventId().equals("board-doubts"))
                .findFirst().orElseThrow();
        assertThat(excerptHit.field()).isEqualTo(SearchHit.Field.EXCERPT);
        assertThat(robot.lookup("#search-hit-board-doubts").lookup(".search-highlight").queryAs(Text.class)
                .getText()).isEqualTo("奧特曼");
        // 奥特曼 is one of Sam Altman's names: the results are his, under any form of the name, and say so.
        assertThat(robot.lookup("#search-status").queryLabeled().getText())
                .isEqualTo(results(robot).getItems().size() + " results · matched Sam Altman");
    }

    @Test
    void theSearchTextNarrowsTheFilterSoTheTimelineFollows(FxRobot robot) {
        robot.clickOn("#search-field").write("Brockman");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getFilter().text()).isEqualTo("Brockman");
        assertThat(results(robot).getItems()).extracting(SearchHit::eventId).containsExactly("brockman-leave");
    }

    @Test
    void choosingAnExcerptHitOpensItsPassage(FxRobot robot) {
        robot.clickOn("#search-field").write("奥特曼");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#search-hit-board-doubts");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getSelection()).isInstanceOf(Selection.OfPassage.class);
        Selection.OfPassage passage = (Selection.OfPassage) state.getSelection();
        assertThat(passage.sourceId()).isEqualTo(SeedModel.AI_EMPIRE);
        assertThat(passage.eventId()).isEqualTo("board-doubts");
        TextRange r = passage.range();
        assertThat(state.getModel().source(SeedModel.AI_EMPIRE).orElseThrow().slice(r)).contains("奧特曼言行不一");
        assertThat(state.getSelectedEvent().id()).isEqualTo("board-doubts");
    }

    @Test
    void choosingATitleHitWithTheKeyboardSelectsItsEvent(FxRobot robot) {
        robot.clickOn("#search-field").write("altman");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            results(robot).requestFocus();
            results(robot).getSelectionModel().select(1);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getSelection()).isEqualTo(new Selection.OfEvent("altman-fired"));
    }

    @Test
    void escapeClearsTheSearchAndTheResults(FxRobot robot) {
        robot.clickOn("#search-field").write("altman");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getFilter().text()).isEmpty();
        assertThat(results(robot).getItems()).isEmpty();
    }

    @Test
    void theFieldFollowsAFilterSetElsewhere(FxRobot robot) {
        robot.interact(() -> state.setFilter(EventFilter.NONE.withText("Murati")));
        assertThat(robot.lookup("#search-field").queryAs(TextField.class).getText()).isEqualTo("Murati");
        assertThat(results(robot).getItems()).extracting(SearchHit::eventId).containsExactly("murati-leaves");

        robot.interact(() -> state.setFilter(EventFilter.NONE));
        assertThat(robot.lookup("#search-field").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void nothingFoundSaysSoAndMentionsTheOtherFilters(FxRobot robot) {
        robot.interact(() -> state.setFilter(EventFilter.NONE.withText("Murati").withFactions(Set.of("microsoft"))));

        assertThat(results(robot).getItems()).isEmpty();
        assertThat(((javafx.scene.control.Label) results(robot).getPlaceholder()).getText())
                .isEqualTo("Nothing matches “Murati” with the other filters on.");
    }

    @Test
    void focusSearchPutsTheCaretInTheFieldWithTheTextSelected(FxRobot robot) {
        robot.interact(() -> state.setFilter(EventFilter.NONE.withText("board")));
        robot.interact(() -> results(robot).requestFocus());
        robot.interact(() -> field.focusSearch());

        assertThat(field.isFocused()).isTrue();
        assertThat(field.getSelectedText()).isEqualTo("board");
    }

    @Test
    void selectingAnEventElsewhereMarksItsResult(FxRobot robot) {
        robot.clickOn("#search-field").write("altman");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<SearchHit> list = results(robot);
        assertThat(list.getItems()).hasSizeGreaterThan(2);
        String listed = list.getItems().get(list.getItems().size() - 1).eventId();

        robot.interact(() -> state.selectEvent(listed));
        assertThat(list.getSelectionModel().getSelectedItem().eventId()).isEqualTo(listed);

        java.util.Set<String> ids = new java.util.HashSet<>();
        list.getItems().forEach(h -> ids.add(h.eventId()));
        String unlisted = state.getModel().events().stream().map(e -> e.id()).filter(id -> !ids.contains(id))
                .findFirst().orElseThrow();
        robot.interact(() -> state.selectEvent(unlisted));
        assertThat(list.getSelectionModel().getSelectedItem()).isNull();
    }
}
