package dev.faultline.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's model example is what a newcomer copies first, so it must stay a valid model. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleIsAValidModel() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("A small, complete example.*?```json\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("the README has its model example").isTrue();
        String seed = Files.readString(Path.of("src/test/resources/load/seeds/trad.txt"));
        LoadResult result = new ModelLoader().load("README.md", m.group(1),
                file -> file.equals("../../seeds/trad.txt") ? Optional.of(seed) : Optional.empty());
        assertThat(result.problems()).isEmpty();
        assertThat(result.model()).get().satisfies(model -> {
            assertThat(model.events()).hasSize(2);
            assertThat(model.disagreements()).hasSize(1);
        });
    }
}
