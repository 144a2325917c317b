package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.EventKind;
import dev.faultline.model.PartialDate;
import dev.faultline.model.TextRange;
import dev.faultline.query.EventFilter;
import dev.faultline.query.SeedModel;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The session survives a restart; a stale or damaged store never stops the app. Surefire points
 * {@code faultline.prefs.node} at a test node and the user root into the build directory; each test clears it.
 */
class SessionStoreTest {

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

    private static AppState newApp() {
        return new AppState(SeedModel.build());
    }

    @Test
    void theFilterModeAndSelectionSurviveARestart() {
        AppState before = newApp();
        EventFilter filter = new EventFilter(Set.of("safety", "microsoft"), Set.of("sam-altman"),
                Set.of(EventKind.FIRING, EventKind.BOARD), Set.of(SeedModel.AI_EMPIRE),
                PartialDate.parse("2023-11"), PartialDate.parse("2024-08-06"), "奥特曼 board");
        before.setFilter(filter);
        before.setFilterMode(FilterMode.DIM);
        before.select(new Selection.OfPassage(SeedModel.AI_EMPIRE, new TextRange(10, 40), "altman-fired"));
        store.save(before, new SessionStore.WindowState(40, 60, 1280, 820, true),
                new SessionStore.TimelineView(1_000L, 9_000L, "faction"));

        AppState after = newApp();
        SessionStore restarted = new SessionStore();
        restarted.restore(after);

        assertThat(after.getFilter()).isEqualTo(filter);
        assertThat(after.getFilterMode()).isEqualTo(FilterMode.DIM);
        assertThat(after.getSelection()).isEqualTo(before.getSelection());
        assertThat(after.getSelectedEvent().id()).isEqualTo("altman-fired");
        assertThat(restarted.restoreWindow()).contains(new SessionStore.WindowState(40, 60, 1280, 820, true));
        assertThat(restarted.restoreTimeline()).contains(new SessionStore.TimelineView(1_000L, 9_000L, "faction"));
    }

    static Stream<Selection> everyKindOfSelection() {
        return Stream.of(new Selection.OfEvent("altman-fired"), new Selection.OfPerson("sam-altman"),
                new Selection.OfSource(SeedModel.GAME_OF_RIGHTS),
                new Selection.OfPassage(SeedModel.GAME_OF_RIGHTS, new TextRange(5, 25), null));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfSelection")
    void everyKindOfSelectionIsRestored(Selection selection) {
        AppState before = newApp();
        before.select(selection);
        store.saveState(before);

        AppState after = newApp();
        new SessionStore().restore(after);

        assertThat(after.getSelection()).isEqualTo(selection);
    }

    @Test
    void anEmptyFilterAndNoSelectionRestoreAsSuch() {
        store.saveState(newApp());
        AppState after = newApp();
        store.restore(after);

        assertThat(after.getFilter()).isEqualTo(EventFilter.NONE);
        assertThat(after.getSelection()).isNull();
    }

    @Test
    void idsTheModelNoLongerHasAreDroppedSilently() {
        node.put("filter.factions", "safety,gone-faction");
        node.put("filter.people", "nobody,mira-murati");
        node.put("filter.sources", "deleted-source");
        node.put("selection", "event:an-event-since-removed");

        AppState after = newApp();
        store.restore(after);

        assertThat(after.getFilter().factions()).containsExactly("safety");
        assertThat(after.getFilter().people()).containsExactly("mira-murati");
        assertThat(after.getFilter().sources()).isEmpty();
        assertThat(after.getSelection()).isNull();
    }

    @Test
    void aPassageBeyondItsSourceIsNotRestored() {
        node.put("selection", "passage:" + SeedModel.AVALANCHE + ":10-9999999:altman-fired");
        AppState after = newApp();
        store.restore(after);

        assertThat(after.getSelection()).isNull();
    }

    @Test
    void garbageValuesAreIgnored() {
        node.put("filter.kinds", "firing,explosion,,");
        node.put("filter.from", "2023-13");
        node.put("filter.to", "banana");
        node.put("filter.mode", "SIDEWAYS");
        node.put("window.x", "left");
        node.put("window.width", "wide");
        node.put("timeline.start", "yesterday");

        AppState after = newApp();
        store.restore(after);

        assertThat(after.getFilter().kinds()).containsExactly(EventKind.FIRING);
        assertThat(after.getFilter().from()).isNull();
        assertThat(after.getFilter().to()).isNull();
        assertThat(after.getFilterMode()).isEqualTo(FilterMode.HIDE);
        assertThat(store.restoreWindow()).isEmpty();
        assertThat(store.restoreTimeline()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "event", "event:", "person", "passage:src", "passage:src:1-", "passage:src:x-2",
        "passage:src:5-2", "passage:src:1-2:e:extra", "cosmos:x", ":::"})
    void aDamagedSelectionDecodesToNothing(String line) {
        assertThat(SessionStore.decode(line)).isEmpty();
    }

    @Test
    void aReversedRangeOrTooSmallAWindowIsNotRestored() {
        node.put("filter.from", "2024");
        node.put("filter.to", "2023");
        store.saveWindow(new SessionStore.WindowState(0, 0, 10, 10, false));
        store.saveTimeline(new SessionStore.TimelineView(5, 5, null));
        AppState after = newApp();
        store.restore(after);

        assertThat(after.getFilter().from()).isNull();
        assertThat(after.getFilter().to()).isNull();
        assertThat(store.restoreWindow()).isEmpty();
        assertThat(store.restoreTimeline()).isEmpty();
    }

    @Test
    void resetForgetsEverything() {
        AppState before = newApp();
        before.setFilter(EventFilter.NONE.withText("altman"));
        before.selectEvent("altman-fired");
        store.save(before, new SessionStore.WindowState(1, 2, 800, 600, false), null);

        store.reset();
        AppState after = newApp();
        store.restore(after);

        assertThat(after.getFilter()).isEqualTo(EventFilter.NONE);
        assertThat(after.getSelection()).isNull();
        assertThat(store.restoreWindow()).isEqualTo(Optional.empty());
    }

    @Test
    void theChosenLanguageIsRestoredAtTheNextStart() {
        assertThat(store.restoreLanguage()).isEmpty();
        store.saveLanguage(dev.faultline.text.Language.SIMPLIFIED);

        assertThat(new SessionStore().restoreLanguage()).contains(dev.faultline.text.Language.SIMPLIFIED);
        node.put("ui.language", "klingon");
        assertThat(new SessionStore().restoreLanguage()).isEmpty();
    }
}
