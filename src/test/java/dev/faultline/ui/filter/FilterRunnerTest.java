package dev.faultline.ui.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.TimelineModel;
import dev.faultline.query.EventFilter;
import dev.faultline.query.SeedModel;
import dev.faultline.ui.AppState;
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

/** A large model is filtered off the JavaFX thread, and only the latest filter's result is published. */
@ExtendWith(ApplicationExtension.class)
class FilterRunnerTest {

    /** 12 events × 250 = 3,000, above the in-place limit. */
    private static final TimelineModel LARGE = SeedModel.scaled(250);

    private AppState state;
    private FilterRunner runner;

    @Start
    void start(Stage stage) {
        state = new AppState(LARGE);
        runner = new FilterRunner(state);
    }

    private void awaitIdle() throws TimeoutException {
        // A wait for the background task, not a timing assertion: the limit only stops a hung test.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !runner.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLargeModelIsFilteredInTheBackgroundAndPublished(FxRobot robot) throws TimeoutException {
        assertThat(LARGE.events().size()).isGreaterThan(OffThreadQuery.IN_PLACE_LIMIT);
        robot.interact(() -> {
            state.setFilter(EventFilter.NONE.withFactions(Set.of("safety")));
            assertThat(runner.busyProperty().get()).isTrue();
        });
        awaitIdle();

        assertThat(state.getMatchingEventIds()).hasSize(4 * 250);
        assertThat(runner.getMatches().count()).isEqualTo(1000);
    }

    @Test
    void onlyTheLatestFilterIsPublished(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            state.setFilter(EventFilter.NONE.withFactions(Set.of("safety")));
            state.setFilter(EventFilter.NONE.withText("Brockman"));
        });
        awaitIdle();

        assertThat(state.getMatchingEventIds()).hasSize(250).allSatisfy(id -> assertThat(id)
                .startsWith("brockman-leave-"));
    }

    @Test
    void clearingTheFilterPublishesThatEverythingMatches(FxRobot robot) throws TimeoutException {
        robot.interact(() -> state.setFilter(EventFilter.NONE.withText("Murati")));
        awaitIdle();
        robot.interact(() -> state.setFilter(EventFilter.NONE));
        awaitIdle();

        assertThat(state.getMatchingEventIds()).isNull();
    }
}
