package dev.faultline.load;

import dev.faultline.text.Printable;
import java.util.Objects;

/**
 * One thing wrong (or worth a look) in a model file or a seed it references, with where it is: the file as the user
 * named it, a 1-based line and column (0 when the problem concerns the file as a whole), and the JSON path of the
 * value concerned (empty when there is none).
 */
public record Problem(String file, int line, int column, String jsonPath, Severity severity, String message) {

    /** Errors make a model unusable; warnings are curation hints. */
    public enum Severity {
        ERROR, WARNING
    }

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        jsonPath = jsonPath == null ? "" : jsonPath;
    }

    public static Problem error(String file, int line, int column, String jsonPath, String message) {
        return new Problem(file, line, column, jsonPath, Severity.ERROR, message);
    }

    public static Problem warning(String file, int line, int column, String jsonPath, String message) {
        return new Problem(file, line, column, jsonPath, Severity.WARNING, message);
    }

    /** A problem with a whole file, which has no line to point at (missing, unreadable, too large). */
    public static Problem fileError(String file, String message) {
        return error(file, 0, 0, "", message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The compiler-style form editors and terminals recognise: {@code FILE:LINE:COL: message (at $.path)}, with
     * {@code warning: } before the message of a warning, and just {@code FILE: message} for a whole-file problem.
     * Control characters and direction overrides from the file are shown escaped ({@code \u001B}), so the line is
     * safe to print to a terminal.
     */
    public String format() {
        return Printable.escape(unescaped());
    }

    private String unescaped() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        sb.append(": ");
        if (severity == Severity.WARNING) {
            sb.append("warning: ");
        }
        sb.append(message);
        if (!jsonPath.isEmpty()) {
            sb.append(" (at ").append(jsonPath).append(')');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
