package dev.faultline.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken rule per file under {@code load/invalid/}: each file is a valid minimal model with one thing wrong, and
 * the loader must report exactly that one error, at the right line and column, in plain words.
 */
class InvalidModelTest {

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                rule("json-syntax-error", 40, 7, "", "JSON syntax error: Unexpected character ('\"'): was expecting comma"
                        + " to separate Object entries"),
                rule("trailing-content", 68, 1, "", "JSON syntax error: more content after the end of the top-level"
                        + " value"),
                rule("root-not-object", 1, 1, "$", "a model must be an object, not an array"),
                rule("empty-model", 0, 0, "", "model file is empty"),
                rule("format-version", 2, 13, "$.format", "\"format\" must be 1 (the only format this version reads),"
                        + " not 2"),
                rule("wrong-type", 42, 21, "$.events[0].importance", "\"importance\" must be a whole number from 1 to"
                        + " 5, not a string"),
                rule("unknown-field", 37, 7, "$.events[0].titel", "unknown field \"titel\" in event; did you mean"
                        + " \"title\"?"),
                rule("missing-field", 45, 5, "$.events[1]", "event is missing required field \"kind\""),
                rule("duplicate-field", 47, 7, "$.events[1].id", "duplicate field \"id\" (first at line 46); the first"
                        + " is used"),
                rule("duplicate-id", 46, 13, "$.events[1].id", "duplicate event id \"altman-fired\" (first defined at"
                        + " line 36)"),
                rule("bad-id", 46, 13, "$.events[1].id", "event id \"Altman_Returns\" is not lowercase kebab-case"),
                rule("unknown-person", 51, 18, "$.events[1].people[0]", "no person has the id \"sam-altmann\"; did you"
                        + " mean \"sam-altman\"?"),
                rule("unknown-source", 53, 31, "$.events[1].excerpts[0].source", "no source has the id \"simp\""),
                rule("unknown-event", 60, 18, "$.disagreements[0].events[0]", "no event has the id"
                        + " \"altman-ousted\""),
                rule("unknown-organization", 30, 71, "$.people[0].roles[0].organization", "no organization has the id"
                        + " \"open-ai-inc\""),
                rule("unknown-faction", 31, 32, "$.people[0].factions[0].faction", "no faction has the id"
                        + " \"safety\""),
                rule("impossible-date", 50, 25, "$.events[1].date.start", "\"start\": '2023-02-30' is impossible:"
                        + " 2023-02 has 28 days"),
                rule("impossible-month", 50, 25, "$.events[1].date.start", "\"start\": '2023-13' has no month 13"),
                rule("ill-formed-date", 50, 25, "$.events[1].date.start", "\"start\": '22 Nov 2023' is not a date of"
                        + " the form YYYY, YYYY-MM or YYYY-MM-DD"),
                rule("end-before-start", 50, 46, "$.events[1].date.end", "\"end\" 2023-10 is before \"start\""
                        + " 2023-11-22"),
                rule("importance-out-of-range", 52, 21, "$.events[1].importance", "\"importance\" must be a whole"
                        + " number from 1 to 5, not 7"),
                rule("unknown-event-kind", 49, 15, "$.events[1].kind", "unknown event kind \"comeback\"; expected one"
                        + " of: founding, funding, product"),
                rule("bad-cite", 8, 15, "$.sources[0].cite", "\"cite\" must be a short key of 1 to 12 letters,"
                        + " digits, '-' or '_' (as the model's text cites the source), not \"00 3\""),
                rule("duplicate-cite", 19, 15, "$.sources[1].cite", "cite key \"001\" is already source \"trad\"'s;"
                        + " each source needs its own"),
                rule("unknown-script", 11, 17, "$.sources[0].script", "unknown script \"cantonese\"; expected one of:"
                        + " traditional, simplified"),
                rule("unknown-source-kind", 12, 15, "$.sources[0].kind", "unknown source kind \"blog\"; expected one"
                        + " of: book-summary, news, transcript, commentary"),
                rule("unknown-non-article-kind", 14, 31, "$.sources[0].nonArticle[0].kind", "unknown non-article kind"
                        + " \"footer\"; expected one of: advertisement, preamble, postscript, image-link,"
                        + " front-matter, byline"),
                rule("unknown-organization-kind", 21, 95, "$.organizations[0].kind", "unknown organization kind"
                        + " \"government\""),
                rule("bad-color", 18, 72, "$.factions[0].color", "colour \"#0072B\" is not of the form #RRGGBB"),
                rule("event-without-excerpts", 53, 19, "$.events[1].excerpts", "event has no excerpts; every event"
                        + " needs at least one verbatim quote from a source"),
                rule("disagreement-one-claim", 61, 17, "$.disagreements[0].claims", "disagreement has 1 claim; it"
                        + " needs at least two"),
                rule("quote-width", 53, 48, "$.events[1].excerpts[0].quote", "quote not found in source \"trad\""),
                rule("quote-script", 53, 48, "$.events[1].excerpts[0].quote", "quote not found in source \"trad\""),
                rule("quote-wrong-source", 62, 48, "$.events[1].excerpts[0].quote", "it does occur verbatim in source"
                        + " \"simp\""),
                rule("ambiguous-quote", 62, 49, "$.disagreements[0].claims[0].excerpt.quote", "quote occurs twice in"
                        + " source \"trad\", at lines 4 and 7 of"),
                rule("occurrence-out-of-range", 62, 80, "$.disagreements[0].claims[0].excerpt.occurrence",
                        "\"occurrence\": 3 is out of range: the quote occurs twice in source \"trad\""),
                rule("quote-in-non-article", 53, 48, "$.events[1].excerpts[0].quote", "quote overlaps the preamble at"
                        + " line 1 of source \"trad\", which is not article text"),
                rule("uncited-ambiguous-quote", 68, 33, "$.uncited[0].quote", "quote occurs twice in source"
                        + " \"trad\", at lines 4 and 7 of"),
                rule("uncited-in-non-article", 68, 33, "$.uncited[0].quote", "uncited passage overlaps the preamble"
                        + " at line 1 of source \"trad\", which is not article text"),
                rule("curated-simplified", 47, 47, "$.events[1].title.zh", "\"zh\" of \"title\" has"
                        + " Simplified-only characters 奥 (Traditional 奧), 归 (Traditional 歸); curated Chinese is"
                        + " Traditional (Taiwan forms)"),
                rule("curated-without-chinese", 68, 87, "$.uncited[0].reason", "\"reason\" has no Chinese: add"
                        + " \"zh\" (Traditional Chinese) beside \"en\""),
                rule("curated-blank-chinese", 59, 50, "$.disagreements[0].topic.zh", "\"zh\" of \"topic\" is"
                        + " empty"),
                rule("missing-seed", 8, 15, "$.sources[0].file", "seed file \"../seeds/no-such-file.txt\" not found"),
                rule("absolute-seed-path", 8, 15, "$.sources[0].file", "seed file \"/etc/hostname\" must be a path"
                        + " relative to the model file"),
                rule("empty-seed", 8, 15, "$.sources[0].file", "seed file \"../seeds/empty.txt\" is empty"));
    }

    private static Arguments rule(String file, int line, int column, String jsonPath, String message) {
        return Arguments.of(file, line, column, jsonPath, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void eachBrokenRuleIsReportedOnceWhereItIs(String file, int line, int column, String jsonPath, String message) {
        LoadResult result = TestModels.load("invalid/" + file + ".json");

        assertThat(result.model()).isEmpty();
        assertThat(result.errors()).as("errors in %s", file).hasSize(1);
        Problem problem = result.errors().get(0);
        assertThat(problem.file()).endsWith(file + ".json");
        assertThat(problem.message()).contains(message);
        assertThat(problem.line()).as("line").isEqualTo(line);
        assertThat(problem.column()).as("column").isEqualTo(column);
        assertThat(problem.jsonPath()).isEqualTo(jsonPath);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void noBrokenRuleEndsInAStackTrace(String file) {
        LoadResult result = TestModels.load("invalid/" + file + ".json");

        assertThat(result.problems()).allSatisfy(p -> assertThat(p.format())
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("tools.jackson"));
    }
}
