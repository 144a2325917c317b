package dev.faultline.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.PartialDate;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The model's optional home window: read when it is there, a located error when it is wrong, nothing when absent. */
class HomeWindowTest {

    private static String smallCrisisWith(String homeMember) throws IOException {
        String json = Files.readString(TestModels.resource("valid/small-crisis.json"));
        return json.replaceFirst("\\{", "{\n  " + homeMember + ",");
    }

    private static LoadResult load(String json) {
        return new ModelLoader().load("home.json", json, name -> {
            try {
                return java.util.Optional.of(Files.readString(
                        TestModels.resource("valid/small-crisis.json").resolveSibling(name).normalize()));
            } catch (IOException e) {
                return java.util.Optional.empty();
            }
        });
    }

    @Test
    void aModelNamesTheWindowItsTimelineOpensOn() throws IOException {
        LoadResult result = load(smallCrisisWith("\"home\": {\"start\": \"2023-11-10\", \"end\": \"2023-12\"}"));

        var home = result.model().orElseThrow().home().orElseThrow();
        assertThat(home.start()).isEqualTo(PartialDate.parse("2023-11-10"));
        assertThat(home.end()).isEqualTo(PartialDate.parse("2023-12"));
    }

    @Test
    void withoutAHomeTheModelHasNone() {
        assertThat(TestModels.load("valid/small-crisis.json").model().orElseThrow().home()).isEmpty();
    }

    @Test
    void aHomeThatEndsBeforeItStartsIsALocatedError() throws IOException {
        LoadResult result = load(smallCrisisWith("\"home\": {\"start\": \"2023-12-01\", \"end\": \"2023-11-10\"}"));

        assertThat(result.model()).isEmpty();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.jsonPath()).isEqualTo("$.home.end");
            assertThat(p.message()).contains("before");
        });
    }

    @Test
    void aMisspelledHomeFieldIsNamed() throws IOException {
        LoadResult result = load(smallCrisisWith("\"home\": {\"start\": \"2023-11\", \"ends\": \"2023-12\"}"));

        assertThat(result.model()).isEmpty();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.message()).contains("\"ends\"")
                .contains("did you mean \"end\""));
    }
}
