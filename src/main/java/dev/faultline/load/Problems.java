package dev.faultline.load;

import dev.faultline.load.LocatedJson.Position;
import java.util.ArrayList;
import java.util.List;

/** The problems found so far in one model file, with the file's display name for each. */
final class Problems {

    private final String file;
    private final List<Problem> list = new ArrayList<>();
    private int errors;

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

    void add(Problem problem) {
        list.add(problem);
        if (problem.isError()) {
            errors++;
        }
    }

    void addAll(List<Problem> problems) {
        problems.forEach(this::add);
    }

    /** How many errors so far: readers compare it before and after an item to know whether the item is sound. */
    int errorCount() {
        return errors;
    }

    /** Everything reported, the model file's first in line order, then other files' (seeds), each in line order. */
    List<Problem> sorted() {
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
