package dev.faultline.load;

import dev.faultline.model.TimelineModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

/**
 * Loads a model file and the seed texts it references into a validated, immutable {@link TimelineModel}, reporting
 * every problem with its file, line and column. Never throws: whatever goes wrong becomes a {@link Problem}.
 *
 * <p>Seeds are found relative to the model file with {@link Path#resolveSibling}, through {@code Files} only, so a
 * model inside a jar (a zip file system) loads exactly as one on disk.
 */
public final class ModelLoader {

    /**
     * The largest model file read: larger ones are refused before they are read. The file is streamed, never held, but
     * the model it describes is not: a million generated events make a 338 MB file and about 1.2 GB of live model, so
     * 512 MiB is about what a few GB of heap can take.
     */
    public static final long MAX_MODEL_BYTES = 512 * TextFileReader.MIB;
    /** The largest seed file read. */
    public static final long MAX_SEED_BYTES = 4 * TextFileReader.MIB;

    private final LoadProgress progress;

    /** A loader that reports no progress and is never cancelled. */
    public ModelLoader() {
        this(LoadProgress.NONE);
    }

    /** A loader that reports to {@code progress} and stops when it says the load is cancelled. */
    public ModelLoader(LoadProgress progress) {
        this.progress = progress;
    }

    /** Loads {@code modelFile}, naming it in problems as the path is written. */
    public LoadResult load(Path modelFile) {
        String name = modelFile.toString();
        try {
            progress.checkpoint(0);
            ModelText.Opened opened = ModelText.of(modelFile, MAX_MODEL_BYTES);
            if (opened.failure() != null) {
                return failed(name, opened.failure());
            }
            return read(name, opened.text(), (root, problems) -> {
                SeedRoot seedRoot = seedRoot(modelFile, root, problems);
                return relative -> new ModelReader.SeedFiles.Seed(
                        modelFile.resolveSibling(relative).normalize().toString(),
                        seedRoot.read(relative, MAX_SEED_BYTES));
            });
        } catch (CancellationException e) {
            return cancelled(name);
        } catch (RuntimeException e) {
            return internalError(name, e);
        }
    }

    /**
     * Loads model JSON held in memory, with seed texts given by {@code seedTexts} (from a source's {@code file}
     * value; empty when there is no such seed). For tests and for models that do not live in files.
     */
    public LoadResult load(String displayName, String json, Function<String, Optional<String>> seedTexts) {
        try {
            if (blankAfterBom(json)) {
                return new LoadResult(Optional.empty(), List.of(Problem.fileError(displayName, "model file is empty")),
                        LoadResult.Counts.NONE);
            }
            return read(displayName, ModelText.of(json), (root, problems) -> relative -> new ModelReader.SeedFiles.Seed(relative,
                    seedTexts.apply(relative).<TextFileReader.Result>map(text -> text.isEmpty()
                            ? new TextFileReader.Failure("is empty", 0, 0) : new TextFileReader.Text(text))
                            .orElse(new TextFileReader.Failure("not found", 0, 0))));
        } catch (CancellationException e) {
            return cancelled(displayName);
        } catch (RuntimeException e) {
            return internalError(displayName, e);
        }
    }

    /** Makes the seed reader of a parsed model (which may name its seed root). */
    @FunctionalInterface
    private interface SeedAccess {
        ModelReader.SeedFiles open(LocatedJson root, Problems problems);
    }

    /**
     * The seed root the model declares with {@code "seedRoot"}, or its folder by default; a declared root that is
     * refused, or not a string, is reported at the value and refuses every seed.
     */
    private static SeedRoot seedRoot(Path modelFile, LocatedJson root, Problems problems) {
        LocatedJson.Member member = root instanceof LocatedJson.JsonObject top ? top.members().get("seedRoot") : null;
        if (member == null) {
            return SeedRoot.of(modelFile, null);
        }
        if (!(member.value() instanceof LocatedJson.JsonString declared)) {
            problems.error(member.value().position(), "$.seedRoot", "\"seedRoot\" must be a string like \"../..\","
                    + " not " + member.value().description());
            return SeedRoot.refused(modelFile);
        }
        SeedRoot seedRoot = SeedRoot.of(modelFile, declared.value());
        seedRoot.problem().ifPresent(p -> problems.error(declared.position(), "$.seedRoot", p));
        return seedRoot;
    }

    /**
     * Parses and reads the model text in two passes: the first builds the located tree of everything but the events
     * (whose syntax it checks), the second streams the events into the reader one at a time, so that a model of a
     * million events never stands in memory as a tree.
     */
    private LoadResult read(String name, ModelText text, SeedAccess seedAccess) {
        Problems problems = new Problems(name);
        progress.checkpoint(0.02);
        Optional<LocatedJson> root = LocatedJsonReader.read(name, text, problems,
                fraction -> progress.checkpoint(0.02 + 0.18 * fraction), true);
        if (root.isEmpty()) {
            return new LoadResult(Optional.empty(), problems.sorted(), LoadResult.Counts.NONE, problems.unlisted());
        }
        ModelReader reader = new ModelReader(problems, seedAccess.open(root.get(), problems),
                (at, visitor) -> EventPipeline.run(items -> LocatedJsonReader.stream(name, text, problems,
                        fraction -> {
                        }, at, items), visitor));
        reader.onItem(fraction -> progress.checkpoint(0.2 + 0.8 * fraction));
        Optional<TimelineModel> model;
        try {
            model = reader.read(root.get());
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            problems.add(Problem.fileError(name, "internal error while reading the model: "
                    + TextFileReader.describe(e)));
            model = Optional.empty();
        }
        return new LoadResult(model, problems.sorted(), reader.counts(root.get()), problems.unlisted());
    }

    /** True when {@code text} is white space only, after a byte order mark if it starts with one (no copy). */
    private static boolean blankAfterBom(String text) {
        for (int i = text.startsWith("\uFEFF") ? 1 : 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static LoadResult failed(String name, TextFileReader.Failure failure) {
        Problem problem = failure.hasPosition()
                ? Problem.error(name, failure.line(), failure.column(), "", "model file " + failure.message())
                : Problem.fileError(name, "model file " + failure.message());
        return new LoadResult(Optional.empty(), List.of(problem), LoadResult.Counts.NONE);
    }

    private static LoadResult cancelled(String name) {
        return new LoadResult(Optional.empty(), List.of(Problem.fileError(name, "loading was cancelled")),
                LoadResult.Counts.NONE);
    }

    private static LoadResult internalError(String name, RuntimeException e) {
        return new LoadResult(Optional.empty(),
                List.of(Problem.fileError(name, "cannot be loaded: " + TextFileReader.describe(e))),
                LoadResult.Counts.NONE);
    }
}
