package dev.faultline.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.load.LoadResult;
import dev.faultline.load.ModelLoader;
import dev.faultline.model.TimelineModel;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Coverage of {@code load/valid/coverage.json}: two short seeds with known uncited and set-aside sentences. */
class CoverageTest {

    private static final TimelineModel MODEL = load("valid/coverage.json");

    static TimelineModel load(String name) {
        try {
            LoadResult result = new ModelLoader().load(Path.of(CoverageTest.class.getResource("/load/" + name).toURI()));
            return result.model().orElseThrow(() -> new AssertionError(result.problems()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Coverage.OfSource source(String id) {
        return Coverage.of(MODEL, MODEL.source(id).orElseThrow());
    }

    private static List<String> texts(Coverage.OfSource source, List<Coverage.Sentence> sentences) {
        return sentences.stream().map(s -> s.line() + " " + source.source().slice(s.range())).toList();
    }

    @Test
    void sentencesNoEventCitesAreListedWithTheirLines() {
        Coverage.OfSource trad = source("trad-news");

        assertThat(texts(trad, trad.uncited())).containsExactly(
                "4 董事會表示，奧特曼在與董事會的溝通中不夠坦誠。",
                "6 員工聯名信要求董事會辭職，奧特曼於11月22日回歸。");
    }

    @Test
    void theNonArticlePreambleIsNotCountedAsArticleText() {
        Coverage.OfSource trad = source("trad-news");

        assertThat(trad.sentences()).extracting(Coverage.Sentence::line).containsExactly(3, 4, 5, 6, 7);
        assertThat(trad.total()).isEqualTo(5);
    }

    @Test
    void aPassageLeftUncitedOnPurposeIsAccountedForWithItsReason() {
        Coverage.OfSource trad = source("trad-news");

        Coverage.Sentence line7 = trad.sentences().get(4);
        assertThat(line7.status()).isEqualTo(Coverage.Status.SET_ASIDE);
        assertThat(line7.setAside().orElseThrow().reason().en()).isEqualTo("Repeats line 4 word for word.");
        assertThat(trad.cited()).isEqualTo(2);
        assertThat(trad.accountedFor()).isEqualTo(3);
    }

    @Test
    void aSentenceIsCitedWhenAnExcerptCoversOnlyPartOfIt() {
        Coverage.OfSource simp = source("simp-news");

        assertThat(simp.sentences().get(0).status()).isEqualTo(Coverage.Status.CITED);
        assertThat(texts(simp, simp.uncited())).containsExactly("2 首席科学家伊利亚·苏茨克维参与了这次“政变”。",
                "3 11月21日,OpenAI宣布奥特曼将回归,董事会重组。");
    }

    @Test
    void disagreementClaimsCountAsCitations() {
        TimelineModel small = load("valid/small-crisis.json");

        Coverage.OfSource simp = Coverage.of(small, small.source("simp-news").orElseThrow());

        assertThat(simp.sentences().get(2).status()).isEqualTo(Coverage.Status.CITED);
        assertThat(simp.uncited()).extracting(Coverage.Sentence::line).containsExactly(2);
    }
}
