package dev.faultline.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.TimelineModel;
import org.junit.jupiter.api.Test;

/** The script and both-languages rules bind the model's own voice only; what is copied from a source keeps its script. */
class CuratedTextRulesTest {

    @Test
    void quotesAliasesAndSourceTitlesKeepTheirSourcesSimplifiedScript() {
        LoadResult result = TestModels.load("valid/small-crisis.json");

        assertThat(result.errors()).isEmpty();
        TimelineModel model = result.model().orElseThrow();
        assertThat(model.source("simp-news").orElseThrow().title()).isEqualTo("OpenAI 政变");
        assertThat(model.person("sam-altman").orElseThrow().aliases()).contains("萨姆·奥特曼");
        assertThat(model.event("altman-fired").orElseThrow().excerpts().get(1).quote()).contains("开除");
    }

    @Test
    void everyCuratedTextOfASmallCompleteModelHasTraditionalChinese() {
        LoadResult result = TestModels.load("valid/coverage.json");

        assertThat(result.problems()).isEmpty();
        assertThat(result.model().orElseThrow().uncited().get(0).reason().zh()).isEqualTo("逐字重複第4行。");
    }
}
