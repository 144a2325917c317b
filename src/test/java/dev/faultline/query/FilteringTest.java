package dev.faultline.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.EventKind;
import dev.faultline.model.TimelineModel;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Filtering by faction, person, kind and source: any of the chosen values, and AND across kinds of constraint. */
class FilteringTest {

    private static final TimelineModel MODEL = SeedModel.build();
    private final SearchIndex index = SearchIndex.build(MODEL);

    @Test
    void anEmptyFilterLetsEveryEventThroughInChronologicalOrder() {
        Matches m = index.apply(EventFilter.NONE);

        assertThat(m.isUnconstrained()).isTrue();
        assertThat(m.count()).isEqualTo(12).isEqualTo(m.total());
        assertThat(m.ids()).startsWith("microsoft-investment", "board-doubts", "apec-remarks", "altman-fired")
                .endsWith("murati-leaves");
    }

    @Test
    void choosingOneFactionShowsOnlyItsEvents() {
        Matches m = index.apply(EventFilter.NONE.withFactions(Set.of("safety")));

        assertThat(m.ids()).containsExactly("board-doubts", "altman-fired", "ssi-founded", "murati-leaves");
        assertThat(m.isUnconstrained()).isFalse();
    }

    @Test
    void choosingTwoFactionsShowsEventsOfEither() {
        Matches m = index.apply(EventFilter.NONE.withFactions(Set.of("safety", "microsoft")));

        assertThat(m.ids()).containsExactly("microsoft-investment", "board-doubts", "altman-fired", "nadella-offer",
                "investors-press-board", "ssi-founded", "murati-leaves");
    }

    @Test
    void choosingPeopleShowsEventsWithAnyOfThem() {
        Matches m = index.apply(EventFilter.NONE.withPeople(Set.of("greg-brockman", "mira-murati")));

        assertThat(m.ids()).containsExactly("brockman-leave", "murati-leaves");
    }

    @Test
    void choosingKindsShowsEventsOfAnyOfThem() {
        Matches m = index.apply(EventFilter.NONE.withKinds(Set.of(EventKind.FIRING, EventKind.RETURN)));

        assertThat(m.ids()).containsExactly("altman-fired", "altman-returns");
    }

    @Test
    void choosingASourceShowsTheEventsThatCiteIt() {
        Matches m = index.apply(EventFilter.NONE.withSources(Set.of(SeedModel.POWER_STRUGGLE)));

        assertThat(m.ids()).containsExactly("nadella-offer", "brockman-leave", "murati-leaves");
    }

    @Test
    void anEventCitingSeveralSourcesMatchesEachOfThem() {
        assertThat(index.apply(EventFilter.NONE.withSources(Set.of(SeedModel.GAME_OF_RIGHTS))).ids())
                .contains("altman-fired");
        assertThat(index.apply(EventFilter.NONE.withSources(Set.of(SeedModel.AI_EMPIRE))).ids())
                .contains("altman-fired");
    }

    @Test
    void differentKindsOfConstraintCombineWithAnd() {
        EventFilter safetyFirings = EventFilter.NONE.withFactions(Set.of("safety"))
                .withKinds(Set.of(EventKind.FIRING, EventKind.FOUNDING));
        EventFilter safetyWithAltman = EventFilter.NONE.withFactions(Set.of("safety"))
                .withPeople(Set.of("sam-altman"));

        assertThat(index.apply(safetyFirings).ids()).containsExactly("altman-fired", "ssi-founded");
        assertThat(index.apply(safetyWithAltman).ids()).containsExactly("altman-fired");
        assertThat(index.apply(safetyWithAltman.withSources(Set.of(SeedModel.AVALANCHE))).count()).isZero();
    }

    @Test
    void idsTheModelDoesNotHoldMatchNothing() {
        assertThat(index.apply(EventFilter.NONE.withFactions(Set.of("no-such-faction"))).count()).isZero();
        assertThat(index.apply(EventFilter.NONE.withPeople(Set.of("nobody", "mira-murati"))).ids())
                .containsExactly("murati-leaves");
    }

    @Test
    void matchesAnswerMembershipAndGiveAnImmutableIdSet() {
        Matches m = index.apply(EventFilter.NONE.withKinds(Set.of(EventKind.BOARD)));

        assertThat(m.contains("investors-press-board")).isTrue();
        assertThat(m.contains("altman-fired")).isFalse();
        assertThat(m.contains("no-such-event")).isFalse();
        Set<String> ids = m.idSet();
        assertThat(ids).containsExactlyInAnyOrder("board-doubts", "investors-press-board");
        // AppState.publishMatches copies the set on the JavaFX thread; a copy of an immutable set is the set itself.
        assertThat(Set.copyOf(ids)).isSameAs(ids);
        assertThat(m.events()).extracting(e -> e.id()).containsExactly("board-doubts", "investors-press-board");
    }
}
