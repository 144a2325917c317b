package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.TimelineModel;
import dev.faultline.query.SeedModel;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A saved session cannot hurt: every restored value is checked and clamped (issue 14). */
class SavedSessionBoundsTest {

    private static final List<Rectangle2D> SCREEN = List.of(new Rectangle2D(0, 0, 1400, 900));

    private Preferences node;
    private SessionStore store;

    @BeforeEach
    void freshNode() throws BackingStoreException {
        node = Preferences.userRoot().node(System.getProperty(SessionStore.NODE_PROPERTY, "dev/faultline/test"));
        node.clear();
        store = new SessionStore();
    }

    @AfterEach
    void clearNode() throws BackingStoreException {
        node.clear();
    }

    @Test
    void aWindowSavedHugeAndFarAwayComesBackOnTheScreenAndNoLargerThanIt() {
        store.saveWindow(new SessionStore.WindowState(90_000, -70_000, 100_000, 100_000, false));

        SessionStore.WindowState w = store.restoreWindow(SCREEN).orElseThrow();

        assertThat(w.width()).isEqualTo(1400);
        assertThat(w.height()).isEqualTo(900);
        assertThat(w.x()).isEqualTo(0);
        assertThat(w.y()).isEqualTo(0);
    }

    @Test
    void aWindowPartlyOffTheScreenIsMovedOntoIt() {
        store.saveWindow(new SessionStore.WindowState(1300, 100, 800, 600, false));

        SessionStore.WindowState w = store.restoreWindow(SCREEN).orElseThrow();

        assertThat(w.x() + w.width()).isLessThanOrEqualTo(1400);
        assertThat(w.width()).isEqualTo(800);
    }

    @Test
    void aTimelineWindowAtTheEndOfTimeIsNotRestored() {
        TimelineModel model = SeedModel.build();
        node.putLong("timeline.start", Long.MAX_VALUE - 10_000_000L);
        node.putLong("timeline.end", Long.MAX_VALUE - 1);

        assertThat(store.restoreTimeline(model)).isEmpty();
    }

    @Test
    void aTimelineWindowFarFromTheModelOrOfAnAbsurdZoomIsNotRestored() {
        TimelineModel model = SeedModel.build();
        long start = model.events().get(0).date().startMillis();
        store.saveTimeline(new SessionStore.TimelineView(start, start + 10, "BY_FACTION"));
        assertThat(store.restoreTimeline(model)).as("ten milliseconds wide").isEmpty();

        store.saveTimeline(new SessionStore.TimelineView(start - 400L * 365 * 86_400_000, start - 399L * 365
                * 86_400_000, "BY_FACTION"));
        assertThat(store.restoreTimeline(model)).as("four centuries before the model").isEmpty();

        store.saveTimeline(new SessionStore.TimelineView(start, start + 30L * 86_400_000, "BY_FACTION"));
        assertThat(store.restoreTimeline(model)).as("a month of the model").isPresent();
    }
}
