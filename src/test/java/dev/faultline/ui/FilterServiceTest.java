package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.TimelineModel;
import dev.faultline.query.EventFilter;
import dev.faultline.query.SeedModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The state's one filter service: it indexes each model once, answers a large model off the JavaFX thread, publishes
 * only the latest change's result, and never a result of a model that is no longer shown.
 */
@ExtendWith(ApplicationExtension.class)
class FilterServiceTest {

    /** 12 events × 250 = 3,000, above the in-place limit. */
    private static final TimelineModel LARGE = SeedModel.scaled(250);

    private AppState state;

    @Start
    void start(Stage stage) {
        state = new AppState(LARGE);
    }

    private void awaitIdle() throws TimeoutException {
        // A wait for the background task, not a timing assertion: the limit only stops a hung test.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !state.filterService().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLargeModelIsFilteredAndSearchedInTheBackgroundAndPublishedIntoTheState(FxRobot robot)
            throws TimeoutException {
        assertThat(LARGE.events().size()).isGreaterThan(FilterService.IN_PLACE_LIMIT);
        robot.interact(() -> {
            state.setFilter(EventFilter.NONE.withText("Brockman"));
            assertThat(state.filterService().isBusy()).isTrue();
        });
        awaitIdle();

        assertThat(state.getMatchingEventIds()).hasSize(250)
                .allSatisfy(id -> assertThat(id).startsWith("brockman-leave-"));
        assertThat(state.getMatches().count()).isEqualTo(250);
        assertThat(state.getSearchResults().hits()).isNotEmpty()
                .allSatisfy(h -> assertThat(h.eventId()).startsWith("brockman-leave-"));
    }

    @Test
    void theWholeAppStateIndexesEachModelOnce(FxRobot robot) throws TimeoutException {
        awaitIdle();
        int before = state.filterService().indexBuilds();
        robot.interact(() -> state.setFilter(EventFilter.NONE.withFactions(Set.of("safety"))));
        awaitIdle();
        robot.interact(() -> state.setFilter(EventFilter.NONE.withText("Murati")));
        awaitIdle();
        robot.interact(() -> state.setFilter(EventFilter.NONE));
        awaitIdle();
        // The first model's index was built with the state; the filter changes reuse it.
        assertThat(state.filterService().indexBuilds()).isEqualTo(before).isEqualTo(1);
        assertThat(state.filterService().currentIndex().model()).isSameAs(LARGE);

        TimelineModel other = SeedModel.scaled(200);
        robot.interact(() -> state.setModel(other));
        awaitIdle();
        assertThat(state.filterService().indexBuilds()).isEqualTo(2);
        assertThat(state.filterService().currentIndex().model()).isSameAs(other);
    }

    @Test
    void aBurstOfFilterChangesYieldsOneFinalResult(FxRobot robot) throws TimeoutException {
        awaitIdle();
        List<Set<String>> published = new ArrayList<>();
        robot.interact(() -> {
            state.matchingEventIdsProperty().addListener((o, was, now) -> published.add(now));
            state.setFilter(EventFilter.NONE.withFactions(Set.of("safety")));
            state.setFilter(EventFilter.NONE.withText("Murati"));
            state.setFilter(EventFilter.NONE.withFactions(Set.of("microsoft")));
            state.setFilter(EventFilter.NONE.withText("Brockman"));
        });
        awaitIdle();

        assertThat(published).hasSize(1);
        assertThat(published.get(0)).hasSize(250).allSatisfy(id -> assertThat(id).startsWith("brockman-leave-"));
    }

    @Test
    void resultsNeverComeFromAModelNoLongerShown(FxRobot robot) throws TimeoutException {
        awaitIdle();
        TimelineModel small = SeedModel.build();
        List<Set<String>> published = new ArrayList<>();
        robot.interact(() -> {
            state.setFilter(EventFilter.NONE.withText("Brockman"));
            // The large model's run is still under way when the model changes.
            state.matchingEventIdsProperty().addListener((o, was, now) -> published.add(now));
            state.setModel(small);
        });
        awaitIdle();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getMatchingEventIds()).isNotEmpty()
                .allSatisfy(id -> assertThat(small.event(id)).isPresent());
        assertThat(published).allSatisfy(ids -> {
            if (ids != null) {
                assertThat(ids).allSatisfy(id -> assertThat(small.event(id)).isPresent());
            }
        });
        assertThat(state.getMatches().count()).isEqualTo(state.getMatchingEventIds().size());
    }

    @Test
    void clearingTheFilterPublishesThatEverythingMatches(FxRobot robot) throws TimeoutException {
        robot.interact(() -> state.setFilter(EventFilter.NONE.withText("Murati")));
        awaitIdle();
        robot.interact(() -> state.setFilter(EventFilter.NONE));
        awaitIdle();

        assertThat(state.getMatchingEventIds()).isNull();
        assertThat(state.getSearchResults().hits()).isEmpty();
    }
}
