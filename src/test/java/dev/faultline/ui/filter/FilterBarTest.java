package dev.faultline.ui.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.EventKind;
import dev.faultline.model.PartialDate;
import dev.faultline.model.Source;
import dev.faultline.query.EventFilter;
import dev.faultline.query.SeedModel;
import dev.faultline.ui.AppState;
import dev.faultline.ui.FilterMode;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FilterBarTest {

    private final AppState state = new AppState(SeedModel.build());

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new FilterBar(state), 1300, 160));
        stage.show();
        stage.requestFocus();
    }

    @SuppressWarnings("unchecked")
    private static CheckComboBox<EventKind> kinds(FxRobot robot) {
        return robot.lookup("#kind-picker").queryAs(CheckComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static CheckComboBox<Source> sources(FxRobot robot) {
        return robot.lookup("#source-picker").queryAs(CheckComboBox.class);
    }

    /** A faction's chip, opening the Factions popup first when it is closed. */
    private static ToggleButton chip(FxRobot robot, String factionId) {
        if (robot.lookup("#faction-chips").tryQuery().isEmpty()) {
            robot.clickOn("#faction-picker");
            WaitForAsyncUtils.waitForFxEvents();
        }
        return robot.lookup("#faction-chip-" + factionId).queryAs(ToggleButton.class);
    }

    /** Replaces a field's text with what a person types, then presses Enter. */
    private static void typeInto(FxRobot robot, String query, String typed) {
        robot.clickOn(query);
        robot.interact(() -> robot.lookup(query).queryTextInputControl().selectAll());
        robot.write(typed).type(KeyCode.ENTER);
    }

    private static String countText(FxRobot robot) {
        return robot.lookup("#match-count").queryLabeled().getText();
    }

    @Test
    void withNoFilterEveryEventMatchesAndTheCountSaysSo(FxRobot robot) {
        assertThat(countText(robot)).isEqualTo("12 events");
        assertThat(state.getMatchingEventIds()).isNull();
    }

    @Test
    void togglingAFactionNarrowsTheMatchesAndTheCount(FxRobot robot) {
        robot.clickOn(chip(robot, "safety"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getFilter().factions()).containsExactly("safety");
        assertThat(state.getMatchingEventIds()).containsExactlyInAnyOrder("board-doubts", "altman-fired",
                "ssi-founded", "murati-leaves");
        assertThat(countText(robot)).isEqualTo("4 of 12 events");

        robot.clickOn(chip(robot, "microsoft"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getMatchingEventIds()).hasSize(7);
        assertThat(countText(robot)).isEqualTo("7 of 12 events");

        robot.clickOn(chip(robot, "safety"));
        robot.clickOn(chip(robot, "microsoft"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getMatchingEventIds()).isNull();
        assertThat(countText(robot)).isEqualTo("12 events");
    }

    @Test
    void aFilterSetElsewhereMovesTheControls(FxRobot robot) {
        robot.interact(() -> state.setFilter(EventFilter.NONE.withFactions(Set.of("commercial"))
                .withKinds(Set.of(EventKind.FIRING)).withSources(Set.of(SeedModel.AI_EMPIRE))
                .withRange(PartialDate.parse("2023-11"), PartialDate.parse("2024-08"))));

        assertThat(chip(robot, "commercial").isSelected()).isTrue();
        assertThat(chip(robot, "safety").isSelected()).isFalse();
        assertThat(kinds(robot).getCheckModel().getCheckedItems()).containsExactly(EventKind.FIRING);
        assertThat(robot.lookup("#time-from").queryTextInputControl().getText()).isEqualTo("Nov 2023");
        assertThat(robot.lookup("#time-to").queryTextInputControl().getText()).isEqualTo("Aug 2024");
        assertThat(countText(robot)).isEqualTo("1 of 12 events");
    }

    @Test
    void checkingKindsAndSourcesFiltersByThem(FxRobot robot) {
        robot.interact(() -> kinds(robot).getCheckModel().check(EventKind.BOARD));
        assertThat(state.getFilter().kinds()).containsExactly(EventKind.BOARD);
        assertThat(state.getMatchingEventIds()).containsExactlyInAnyOrder("board-doubts", "investors-press-board");

        CheckComboBox<Source> sources = sources(robot);
        robot.interact(() -> sources.getCheckModel().check(
                sources.getItems().stream().filter(s -> s.id().equals(SeedModel.GAME_OF_RIGHTS)).findFirst().get()));
        assertThat(state.getFilter().sources()).containsExactly(SeedModel.GAME_OF_RIGHTS);
        assertThat(state.getMatchingEventIds()).containsExactly("investors-press-board");
    }

    @Test
    void thePeoplePickerFindsAPersonByAnyFormOfTheirName(FxRobot robot) {
        robot.clickOn("#people-picker");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#people-find").write("苏茨克维");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#people-list").queryListView();
        assertThat(list.getItems()).hasSize(1);

        robot.clickOn("#people-find").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getFilter().people()).containsExactly("ilya-sutskever");
        assertThat(state.getMatchingEventIds()).containsExactlyInAnyOrder("board-doubts", "altman-fired",
                "employee-letter", "ssi-founded");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#people-picker").queryAs(PeoplePicker.class).isShowing()).isFalse();
    }

    @Test
    void movingTheTimeRangeNarrowsToThoseMonths(FxRobot robot) {
        RangeSlider range = robot.lookup("#time-range").queryAs(RangeSlider.class);
        // The model spans January 2019 (month 0) to the end of 2024, the year of ssi-founded (month 71).
        assertThat(range.getMax()).isEqualTo(71);
        robot.interact(() -> {
            range.setHighValue(58);
            range.setLowValue(58);
        });

        assertThat(state.getFilter().from()).isEqualTo(PartialDate.parse("2023-11"));
        assertThat(state.getFilter().to()).isEqualTo(PartialDate.parse("2023-11"));
        assertThat(state.getMatchingEventIds()).hasSize(7);
        assertThat(robot.lookup("#time-from").queryTextInputControl().getText()).isEqualTo("Nov 2023");

        robot.interact(() -> {
            range.setLowValue(0);
            range.setHighValue(71);
        });
        assertThat(state.getFilter().from()).isNull();
        assertThat(state.getFilter().to()).isNull();
    }

    @Test
    void whenNothingMatchesTheBarSaysSoAndClearAllRestoresEverything(FxRobot robot) {
        robot.interact(() -> state.setFilter(EventFilter.NONE.withFactions(Set.of("microsoft"))
                .withKinds(Set.of(EventKind.DEPARTURE)).withText("altman")));
        Label empty = robot.lookup("#no-matches").queryAs(Label.class);

        assertThat(state.getMatchingEventIds()).isEmpty();
        assertThat(countText(robot)).isEqualTo("0 of 12 events");
        assertThat(empty.isVisible()).isTrue();
        assertThat(robot.lookup("#filter-bar").query().getPseudoClassStates())
                .extracting(Object::toString).contains("no-matches");

        robot.clickOn("#clear-filters");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getFilter()).isEqualTo(EventFilter.NONE);
        assertThat(state.getMatchingEventIds()).isNull();
        assertThat(empty.isVisible()).isFalse();
        assertThat(countText(robot)).isEqualTo("12 events");
        assertThat(chip(robot, "microsoft").isSelected()).isFalse();
    }

    @Test
    void theModeSwitchChoosesBetweenHidingAndDimming(FxRobot robot) {
        robot.clickOn("#filter-mode-dim");
        assertThat(state.getFilterMode()).isEqualTo(FilterMode.DIM);
        robot.clickOn("#filter-mode-dim");
        assertThat(state.getFilterMode()).isEqualTo(FilterMode.DIM);
        robot.clickOn("#filter-mode-hide");
        assertThat(state.getFilterMode()).isEqualTo(FilterMode.HIDE);
    }

    @Test
    void inChineseTheCountAndTheChipsAreChinese(FxRobot robot) {
        robot.interact(() -> {
            state.setLocale(Locale.TRADITIONAL_CHINESE);
            state.setFilter(EventFilter.NONE.withFactions(Set.of("safety")));
        });

        assertThat(countText(robot)).isEqualTo("12 個事件中的 4 個");
        assertThat(chip(robot, "safety").getText()).isEqualTo("安全派");
        assertThat(robot.lookup("#time-from").queryTextInputControl().getText()).isEqualTo("2019年1月");
    }

    @Test
    void aNewModelIsFilteredByTheFilterInForce(FxRobot robot) {
        robot.interact(() -> state.setFilter(EventFilter.NONE.withFactions(Set.of("safety"))));
        robot.interact(() -> state.setModel(SeedModel.build()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getMatchingEventIds()).hasSize(4);
    }

    @Test
    void typingAMonthInEitherFieldSetsTheRangeAndMovesTheSlider(FxRobot robot) {
        RangeSlider range = robot.lookup("#time-range").queryAs(RangeSlider.class);
        double sliderX = range.localToScene(0, 0).getX();

        typeInto(robot, "#time-from", "2023-11");
        typeInto(robot, "#time-to", "aug 2024");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getFilter().from()).isEqualTo(PartialDate.parse("2023-11"));
        assertThat(state.getFilter().to()).isEqualTo(PartialDate.parse("2024-08"));
        assertThat(range.getLowValue()).isEqualTo(58);
        assertThat(range.getHighValue()).isEqualTo(67);
        assertThat(robot.lookup("#time-from").queryTextInputControl().getText()).isEqualTo("Nov 2023");
        assertThat(range.localToScene(0, 0).getX()).isEqualTo(sliderX);
    }

    @Test
    void aMonthThatCannotBeReadIsMarkedAndChangesNothing(FxRobot robot) {
        typeInto(robot, "#time-from", "Novembruary");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getFilter().from()).isNull();
        assertThat(robot.lookup("#time-from").query().getPseudoClassStates()).extracting(Object::toString)
                .contains("invalid");
    }

    @Test
    void theBarIsOneRowAndKeepsItsHeightWhenNothingMatches(FxRobot robot) {
        FilterBar bar = robot.lookup("#filter-bar").queryAs(FilterBar.class);
        double before = bar.prefHeight(1300);
        assertThat(before).isLessThan(44);

        robot.interact(() -> state.setFilter(EventFilter.NONE.withFactions(Set.of("microsoft"))
                .withKinds(Set.of(EventKind.DEPARTURE)).withText("altman")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#no-matches").query().isVisible()).isTrue();
        assertThat(bar.prefHeight(1300)).isEqualTo(before);
    }
}
