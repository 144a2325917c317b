package dev.faultline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.TimelineModel;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelItemsTest {

    private final TimelineModel model = NovemberModel.build();

    @Test
    void byFactionPutsEachEventInTheLaneOfItsFirstFactionAndTheRestInOther() {
        TimelineItems items = ModelItems.of(model, LaneGrouping.BY_FACTION, null, true);

        assertThat(items.size()).isEqualTo(model.events().size());
        assertThat(items.swimlanes()).extracting(Swimlane::id)
                .containsExactly("board", "altman-camp", "microsoft", "~no-faction");
        int fired = items.indexOf("altman-fired");
        assertThat(items.swimlanes().get(items.group(fired)).id()).isEqualTo("board");
        assertThat(items.swimlanes().get(items.group(items.indexOf("five-days"))).kind())
                .isEqualTo(Swimlane.Kind.NO_FACTION);
    }

    @Test
    void byPersonShowsAnEventInEachOfItsPeoplesLanes() {
        TimelineItems items = ModelItems.of(model, LaneGrouping.BY_PERSON, null, true);

        int copies = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.id(i).equals("altman-fired")) {
                copies++;
            }
        }
        assertThat(copies).isEqualTo(3);
        assertThat(items.swimlanes().get(0).id()).isEqualTo("sam-altman");
    }

    @Test
    void compactPutsEverythingInOneBand() {
        TimelineItems items = ModelItems.of(model, LaneGrouping.COMPACT, null, true);

        assertThat(items.groupCount()).isEqualTo(1);
        assertThat(items.size()).isEqualTo(model.events().size());
    }

    @Test
    void hidingLeavesNonMatchingEventsOutAndDimmingMarksThem() {
        Set<String> matching = Set.of("altman-fired", "altman-returns");

        TimelineItems hidden = ModelItems.of(model, LaneGrouping.BY_FACTION, matching, true);
        TimelineItems dimmed = ModelItems.of(model, LaneGrouping.BY_FACTION, matching, false);

        assertThat(hidden.size()).isEqualTo(2);
        assertThat(hidden.swimlanes()).extracting(Swimlane::id).containsExactly("board", "altman-camp");
        assertThat(dimmed.size()).isEqualTo(model.events().size());
        assertThat(dimmed.isDimmed(dimmed.indexOf("brockman-quits"))).isTrue();
        assertThat(dimmed.isDimmed(dimmed.indexOf("altman-fired"))).isFalse();
    }

    @Test
    void monthPrecisionEventsCoverTheirWholeMonth() {
        TimelineItems items = ModelItems.of(model, LaneGrouping.COMPACT, null, true);
        int founded = items.indexOf("openai-founded");

        assertThat(items.precision(founded)).isEqualTo(TimelineItems.MONTH);
        assertThat(items.end(founded) - items.start(founded)).isEqualTo(31 * TimeScale.DAY);
        assertThat(EventDates.format(items, founded, Locale.ENGLISH)).isEqualTo("Dec 2015");
        assertThat(EventDates.format(items, items.indexOf("return-talks"), Locale.ENGLISH)).isEqualTo("about 18 Nov 2023");
        assertThat(EventDates.format(items, items.indexOf("five-days"), Locale.ENGLISH)).isEqualTo("17–22 Nov 2023");
        assertThat(EventDates.format(items, items.indexOf("five-days"), Locale.TRADITIONAL_CHINESE))
                .isEqualTo("2023年11月17日–22日");
        assertThat(items.title(items.indexOf("altman-fired"), Locale.TRADITIONAL_CHINESE)).isEqualTo("董事會解僱奧特曼");
    }
}
