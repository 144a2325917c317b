package dev.faultline.load;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one folder a model's seeds must lie in, so that a model file can never make the loader read, and a hint quote,
 * a file of the user's outside it ({@code ../../../../etc/passwd}, a link to {@code /etc/shadow},
 * {@code /proc/self/environ}).
 *
 * <p>By default the root is the model file's own folder. A model may name an ancestor instead with a top-level
 * {@code "seedRoot"} made only of {@code ..} steps ({@code "../.."} for the shipped model, which lives in
 * {@code assets/model/} beside the top-level {@code seeds/}); the root may not be the file system's root, the user's
 * home folder or an ancestor of it. A seed path is resolved, links followed ({@link Path#toRealPath}), and must then
 * lie inside the root (also resolved), in no hidden folder or file (a name starting with a dot: {@code .ssh},
 * {@code .git}), and never under {@code /proc}, {@code /sys} or {@code /dev}. A refused file is not opened at all.
 */
final class SeedRoot {

    private static final List<String> DEVICE_TREES = List.of("/proc", "/sys", "/dev");

    private final Path modelFile;
    private final Path root;
    private final String refusal;

    private SeedRoot(Path modelFile, Path root, String refusal) {
        this.modelFile = modelFile;
        this.root = root;
        this.refusal = refusal;
    }

    /**
     * The seed root of {@code modelFile}, given its {@code "seedRoot"} value (null when absent); the reason it is
     * refused, if it is, stands in {@link #problem()} and every seed read through it is then refused.
     */
    static SeedRoot of(Path modelFile, String declared) {
        Path folder = modelFile.toAbsolutePath().normalize().getParent();
        if (folder == null) {
            return new SeedRoot(modelFile, null, "the model file has no folder");
        }
        if (declared == null) {
            return new SeedRoot(modelFile, folder, null);
        }
        String[] steps = declared.split("/", -1);
        for (String step : steps) {
            if (!step.equals("..")) {
                return new SeedRoot(modelFile, null, "\"seedRoot\" " + NearMatch.shown(declared, 60)
                        + " must be made only of \"..\" steps, like \"../..\" (the folder the seeds lie under,"
                        + " relative to the model file's folder)");
            }
        }
        Path root = folder;
        for (int i = 0; i < steps.length && root != null; i++) {
            root = root.getParent();
        }
        if (root == null || onDefaultFileSystem(root) && root.getParent() == null) {
            return new SeedRoot(modelFile, null, "\"seedRoot\" " + NearMatch.shown(declared, 60)
                    + " reaches the file system's root; seeds must lie in a folder of their own");
        }
        Path realRoot = real(root);
        if (onDefaultFileSystem(root) && home().filter(h -> h.startsWith(realRoot)).isPresent()) {
            return new SeedRoot(modelFile, null, "\"seedRoot\" " + NearMatch.shown(declared, 60)
                    + " reaches the home folder (" + root + "); seeds must lie in a folder of their own");
        }
        return new SeedRoot(modelFile, root, null);
    }

    /** A root that refuses every seed (the model's {@code "seedRoot"} was not even a string). */
    static SeedRoot refused(Path modelFile) {
        return new SeedRoot(modelFile, null, "\"seedRoot\" is not usable");
    }

    /** Why the declared root is refused, if it is. */
    Optional<String> problem() {
        return Optional.ofNullable(refusal);
    }

    /**
     * The seed at {@code relative} (a source's {@code file}), read if it lies inside the root; otherwise a failure
     * saying why it was refused, without opening it.
     */
    TextFileReader.Result read(String relative, long maxBytes) {
        if (root == null) {
            return new TextFileReader.Failure("is refused: the model's \"seedRoot\" is not usable", 0, 0);
        }
        Path seed;
        try {
            seed = modelFile.toAbsolutePath().resolveSibling(relative).normalize();
        } catch (InvalidPathException e) {
            return new TextFileReader.Failure("is not a usable path", 0, 0);
        }
        if (!seed.startsWith(root)) {
            return outside();
        }
        for (Path name : root.relativize(seed)) {
            if (name.toString().startsWith(".")) {
                return new TextFileReader.Failure("is refused: seeds may not lie in hidden folders or files", 0, 0);
            }
        }
        Path realSeed;
        try {
            realSeed = seed.toRealPath();
        } catch (NoSuchFileException e) {
            return new TextFileReader.Failure("not found", 0, 0);
        } catch (IOException | RuntimeException e) {
            return new TextFileReader.Failure("cannot be read: " + TextFileReader.describe(e), 0, 0);
        }
        if (!realSeed.startsWith(real(root)) || isDeviceTree(realSeed)) {
            return outside();
        }
        return TextFileReader.read(realSeed, maxBytes);
    }

    private TextFileReader.Failure outside() {
        return new TextFileReader.Failure("is refused: it lies outside the model's seed folder " + root
                + " (a model names its seeds relative to itself, inside that folder; see \"seedRoot\")", 0, 0);
    }

    private static boolean isDeviceTree(Path real) {
        return onDefaultFileSystem(real) && DEVICE_TREES.stream().anyMatch(t -> real.startsWith(Path.of(t)));
    }

    private static boolean onDefaultFileSystem(Path p) {
        return p.getFileSystem() == FileSystems.getDefault();
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | RuntimeException e) {
            return p;
        }
    }

    private static Optional<Path> home() {
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(real(Path.of(home)));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
