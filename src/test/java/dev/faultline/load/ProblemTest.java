package dev.faultline.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void anErrorReadsLikeACompilerMessageWithItsJsonPath() {
        Problem p = Problem.error("m.json", 12, 7, "$.events[3].excerpts[0].quote", "quote not found");

        assertThat(p.format()).isEqualTo("m.json:12:7: quote not found (at $.events[3].excerpts[0].quote)");
    }

    @Test
    void aWarningIsLabelled() {
        Problem p = Problem.warning("m.json", 3, 1, "$.people[0].id", "person \"x\" takes part in no event");

        assertThat(p.format()).isEqualTo("m.json:3:1: warning: person \"x\" takes part in no event (at $.people[0].id)");
    }

    @Test
    void aProblemWithAWholeFileHasNoLine() {
        assertThat(Problem.fileError("m.json", "model file not found").format())
                .isEqualTo("m.json: model file not found");
    }
}
