package dev.faultline.load;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Test models and seeds under {@code src/test/resources/load/}. */
final class TestModels {

    private TestModels() {
    }

    /** A file under {@code /load/}, e.g. {@code invalid/bad-color.json}. */
    static Path resource(String name) {
        URL url = TestModels.class.getResource("/load/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource /load/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LoadResult load(String name) {
        return new ModelLoader().load(resource(name));
    }
}
