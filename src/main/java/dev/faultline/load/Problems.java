package dev.faultline.load;

import dev.faultline.load.LocatedJson.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found so far in one model file, with the file's display name for each. Keeps the first
 * {@link LoadResult#MAX_LISTED} and only counts the rest, so a file made of nothing but mistakes costs no more memory
 * than a thousand of them. Thread-safe: the events' parser reports from its own thread ({@link EventPipeline}).
 */
final class Problems {

    private final String file;
    private final List<Problem> list = new ArrayList<>();
    private int errors;
    private long unlistedErrors;
    private long unlistedWarnings;

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(Position at, String jsonPath, String message) {
        add(Problem.error(file, at.line(), at.column(), jsonPath, message));
    }

    void warning(Position at, String jsonPath, String message) {
        add(Problem.warning(file, at.line(), at.column(), jsonPath, message));
    }

    synchronized void add(Problem problem) {
        if (problem.isError()) {
            errors++;
        }
        if (list.size() < LoadResult.MAX_LISTED) {
            list.add(problem);
        } else if (problem.isError()) {
            unlistedErrors++;
        } else {
            unlistedWarnings++;
        }
    }

    /** True once the list is full: callers may skip costly extras (hints, suggestions) that nobody will read. */
    synchronized boolean full() {
        return list.size() >= LoadResult.MAX_LISTED;
    }

    /** The problems found beyond the listed ones. */
    synchronized LoadResult.Unlisted unlisted() {
        return new LoadResult.Unlisted(unlistedErrors, unlistedWarnings);
    }

    synchronized void addAll(List<Problem> problems) {
        problems.forEach(this::add);
    }

    /** How many errors so far: readers compare it before and after an item to know whether the item is sound. */
    synchronized int errorCount() {
        return errors;
    }

    /** Everything reported, the model file's first in line order, then other files' (seeds), each in line order. */
    synchronized List<Problem> sorted() {
        List<Problem> sorted = new ArrayList<>(list);
        sorted.sort((a, b) -> {
            int c = Boolean.compare(!a.file().equals(file), !b.file().equals(file));
            if (c == 0) {
                c = a.file().compareTo(b.file());
            }
            if (c == 0) {
                c = Integer.compare(a.line(), b.line());
            }
            return c != 0 ? c : Integer.compare(a.column(), b.column());
        });
        return sorted;
    }
}
