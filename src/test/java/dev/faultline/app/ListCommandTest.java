package dev.faultline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code --list}, run in process on a small model over the real seeds. */
class ListCommandTest {

    /** Loaded from the source tree, so its seed paths reach the repository's seeds. */
    private static final String MODEL = "src/test/resources/list/three-camps.json";
    private static final String BROKEN = "src/test/resources/list/broken.json";

    private record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run list(String... args) {
        List<String> all = new ArrayList<>();
        all.add("--list");
        all.addAll(Arrays.asList(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ListCommand.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTableListsEveryEventInDateOrderWithAlignedColumns() {
        Run r = list(MODEL);

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.lines();
        assertThat(lines.get(0)).startsWith("DATE").contains("PRECISION", "TITLE", "PEOPLE");
        assertThat(lines.get(1)).startsWith("~2023-11 ").contains("month", "Board members doubt");
        assertThat(lines.get(2)).startsWith("2023-11-17 ").contains("day", "Board fires Sam Altman",
                "Sam Altman, Ilya Sutskever");
        assertThat(lines.get(3)).startsWith("2023-11-21/2023-11-22");
        assertThat(lines.get(4)).startsWith("2024 ").contains("year");
        int titleColumn = lines.get(0).indexOf("TITLE");
        assertThat(lines.subList(1, 5)).allSatisfy(l -> assertThat(l.charAt(titleColumn - 1)).isEqualTo(' '));
        assertThat(lines.get(2).indexOf("Board fires")).isEqualTo(titleColumn);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("4 of 4 events");
    }

    @Test
    void optionsOfOneKindAreAnyOfAndDifferentKindsCombine() {
        assertThat(list("--faction", "safety", MODEL).lines()).hasSize(1 + 3 + 2);
        assertThat(list("--faction", "safety", "--kind", "firing", "--kind", "founding", MODEL).lines())
                .anySatisfy(l -> assertThat(l).contains("Board fires"))
                .anySatisfy(l -> assertThat(l).contains("Safe Superintelligence"))
                .last().isEqualTo("2 of 4 events");
        assertThat(list("--person=sam-altman", "--source", "ai-empire-summary", MODEL).lines())
                .last().isEqualTo("1 of 4 events");
    }

    @Test
    void theTimeRangeCountsMonthsAndYearsWhole() {
        Run r = list("--from", "2023-11-20", "--to", "2024-02", MODEL, "--format", "csv");

        assertThat(r.lines()).extracting(l -> l.split(",")[0]).containsExactly("id", "board-doubts",
                "altman-returns", "ssi-founded");
    }

    @Test
    void theTextQueryFindsEitherScript() {
        Run r = list("--text", "奥特曼", "--format", "csv", MODEL);

        // board-doubts only quotes 奧特曼 in Traditional script; the others have him as a person or in a title.
        assertThat(r.lines()).extracting(l -> l.split(",")[0]).containsExactly("id", "board-doubts",
                "altman-fired", "altman-returns");
    }

    @Test
    void csvFollowsRfc4180() {
        Run r = list("--format", "csv", "--kind", "board", MODEL);

        assertThat(r.out()).isEqualTo("id,start,end,precision,approximate,title_en,title_zh,people,factions,"
                + "sources\r\n"
                + "board-doubts,2023-11,,month,true,\"Board members doubt the CEO's candour, \"\"saying one thing\"\"\","
                + "董事會質疑執行長的坦誠,ilya-sutskever,safety,ai-empire-summary\r\n");
    }

    @Test
    void jsonHoldsEveryField() {
        Run r = list("--format", "json", "--kind", "return", MODEL);
        JsonNode list = JsonMapper.builder().build().readTree(r.out());

        assertThat(list.size()).isEqualTo(1);
        JsonNode e = list.get(0);
        assertThat(e.get("id").asString()).isEqualTo("altman-returns");
        assertThat(e.get("start").asString()).isEqualTo("2023-11-21");
        assertThat(e.get("end").asString()).isEqualTo("2023-11-22");
        assertThat(e.get("precision").asString()).isEqualTo("day");
        assertThat(e.get("approximate").asBoolean()).isFalse();
        assertThat(e.get("title").get("en").asString()).isEqualTo("Altman returns as CEO");
        assertThat(e.get("title").get("zh").asString()).isEqualTo("奧特曼重返執行長");
        assertThat(e.get("people").get(0).asString()).isEqualTo("sam-altman");
        assertThat(e.get("factions").get(0).asString()).isEqualTo("acceleration");
        assertThat(e.get("sources").get(0).asString()).isEqualTo("ai-empire-summary");
        assertThat(list("--format", "json", "--kind", "founding", MODEL).out()).contains("\"end\" : null");
    }

    @Test
    void nothingMatchingIsNotAnError() {
        Run r = list("--text", "zzzz", "--format", "json", MODEL);

        assertThat(r.status()).isZero();
        assertThat(r.out().strip()).isEqualTo("[ ]");
    }

    @Test
    void anUnknownIdIsNamedWithTheClosestValidOne() {
        Run faction = list("--faction", "safty", MODEL);
        Run person = list("--person", "altman", MODEL);
        Run byName = list("--person", "蘇茨克维", MODEL);
        Run source = list("--source", "game-of-thrones", MODEL);

        assertThat(faction.status()).isEqualTo(2);
        assertThat(faction.err()).startsWith("faultline: unknown faction 'safty' (did you mean 'safety'?)");
        assertThat(faction.out()).isEmpty();
        assertThat(person.err()).startsWith("faultline: unknown person 'altman' (did you mean 'sam-altman'?)");
        assertThat(byName.err()).startsWith("faultline: unknown person '蘇茨克维' (did you mean 'ilya-sutskever'?)");
        assertThat(source.status()).isEqualTo(2);
        assertThat(source.err()).contains("unknown source 'game-of-thrones' (did you mean 'game-of-rights'?)");
    }

    @Test
    void anUnknownKindBadDateOrFormatIsABadUsage() {
        Run kind = list("--kind", "fire", MODEL);
        Run date = list("--from", "2023-02-30", MODEL);
        Run format = list("--format", "xml", MODEL);
        Run reversed = list("--from", "2024", "--to", "2023", MODEL);

        assertThat(kind.status()).isEqualTo(2);
        assertThat(kind.err().lines().findFirst().orElseThrow())
                .startsWith("faultline: unknown event kind 'fire' (did you mean 'firing'?)");
        assertThat(date.status()).isEqualTo(2);
        assertThat(date.err()).startsWith("faultline: --from: '2023-02-30' is impossible: 2023-02 has 28 days");
        assertThat(format.err()).startsWith("faultline: unknown format 'xml'");
        assertThat(reversed.err()).startsWith("faultline: --to 2023 is before --from 2024");
    }

    @Test
    void anUnknownOptionOrAMissingValueIsABadUsage() {
        Run unknown = list("--factoin", "safety", MODEL);
        Run missing = list(MODEL, "--person");
        Run twoModels = list(MODEL, BROKEN);

        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("faultline: unknown option --factoin (did you mean '--faction'?)");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).startsWith("faultline: --person needs a value: a person id");
        assertThat(twoModels.status()).isEqualTo(2);
        assertThat(twoModels.err()).startsWith("faultline: --list takes one model file");
    }

    @Test
    void aModelWithErrorsPrintsItsProblemsAndExitsOne() {
        Run r = list(BROKEN);

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("broken.json:53:30: no faction has the id \"no-such-camp\"");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void helpPrintsTheUsage() {
        Run r = list("--help");

        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("usage: java -jar faultline.jar --list [options] [MODEL]")
                .contains("--faction ID", "--format FORMAT", "Exit status");
    }

    @Test
    void withoutAModelTheBuiltInOneIsListed() {
        Run r = list("--format", "csv");

        assertThat(r.status()).isZero();
        assertThat(r.lines()).hasSizeGreaterThan(10);
    }

    @Test
    void langPrintsTheTablesDatesAndTitlesInThatLanguage() {
        Run en = list("--lang", "en", MODEL);
        Run hant = list("--lang", "zh-Hant", MODEL);
        Run hans = list("--lang=zh-Hans", MODEL);

        assertThat(en.status()).isZero();
        assertThat(en.lines().get(1)).startsWith("about Nov 2023 ");
        assertThat(en.lines().get(2)).startsWith("17 Nov 2023 ").contains("Board fires Sam Altman");
        assertThat(hant.lines().get(2)).startsWith("2023年11月17日 ").contains("薩姆・奧特曼");
        assertThat(hans.lines().get(2)).startsWith("2023年11月17日 ").contains("萨姆·奥特曼");
        assertThat(hant.lines().get(hant.lines().size() - 1)).isEqualTo("4 個事件中的 4 個");
        assertThat(hans.lines().get(hans.lines().size() - 1)).isEqualTo("4 个事件中的 4 个");
    }

    @Test
    void anUnknownLanguageIsBadUsageThatNamesTheChoices() {
        Run r = list("--lang", "fr", MODEL);

        assertThat(r.status()).isEqualTo(ListCommand.USAGE);
        assertThat(r.err()).contains("unknown language 'fr'", "en, zh-Hant, zh-Hans");
    }

    @Test
    void anyNameFormOfAPersonListsTheSameEvents() {
        String latin = list("--text", "altman", MODEL).out();
        assertThat(list("--text", "奥特曼", MODEL).out()).isEqualTo(latin);
        assertThat(list("--text", "Sam Altman", MODEL).out()).isEqualTo(latin);
        assertThat(list("--text", "ILYA", MODEL).out()).isEqualTo(list("--text", "蘇茨克維", MODEL).out());
    }
}
