package dev.faultline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the curated model that ships with the app lives: {@code /assets/model/openai-crisis.json} on the class path,
 * beside {@code /seeds/}. Inside a jar it is reached through a zip file system, so the loader resolves the model's
 * relative seed paths the same way as on disk.
 */
public final class BuiltInModel {

    /** The class-path location of the curated model. */
    public static final String RESOURCE = "/assets/model/openai-crisis.json";

    private BuiltInModel() {
    }

    /** A path to the built-in model file. */
    public static Path path() {
        URL url = BuiltInModel.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("the built-in model " + RESOURCE + " is missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    FileSystems.newFileSystem(uri, Map.of());
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
