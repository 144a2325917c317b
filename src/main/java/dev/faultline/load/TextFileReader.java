package dev.faultline.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a whole UTF-8 text file (a model or a seed) safely: refuses a file over its size limit before reading it
 * whole, refuses an empty file, and refuses bytes that are not UTF-8, saying at which byte. Uses only {@link Files},
 * so it reads from a jar's zip file system as well as from disk.
 *
 * <p>A leading byte-order mark (U+FEFF) is dropped: it is an encoding signature, not text. So a seed's text, and every
 * excerpt offset into it, starts at the first character after the mark, and columns in a model file count from there
 * too, as editors show them.
 */
final class TextFileReader {

    static final long MIB = 1024 * 1024;

    /** The outcome: the text, or why there is none. */
    sealed interface Result permits Text, Failure {
    }

    /** The decoded text, without a leading byte-order mark. */
    record Text(String text) implements Result {
    }

    /**
     * Why the file could not be read, in words that follow the file's name ("is empty", "not found"). {@code line} and {@code column} (1-based) point at the offending byte for a
     * file that is not UTF-8, and are 0 when the problem is with the file as a whole.
     */
    record Failure(String message, int line, int column) implements Result {
        boolean hasPosition() {
            return line > 0;
        }
    }

    private TextFileReader() {
    }

    /** Reads {@code path}, which is not allowed to hold more than {@code maxBytes}. */
    static Result read(Path path, long maxBytes) {
        try {
            if (!Files.exists(path)) {
                return new Failure("not found", 0, 0);
            }
            if (!Files.isRegularFile(path)) {
                return new Failure("is not a regular file", 0, 0);
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                return tooLarge(size, maxBytes);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                // Bounded even though the size was checked: the file may grow, or its file system may not know.
                bytes = in.readNBytes((int) maxBytes + 1);
            }
            if (bytes.length > maxBytes) {
                return tooLarge(bytes.length, maxBytes);
            }
            return decode(bytes);
        } catch (NoSuchFileException e) {
            return new Failure("not found", 0, 0);
        } catch (AccessDeniedException e) {
            return new Failure("cannot be read: permission denied", 0, 0);
        } catch (IOException | RuntimeException e) {
            return new Failure("cannot be read: " + describe(e), 0, 0);
        }
    }

    /** Decodes bytes as strict UTF-8 (checked by {@link ModelText.Check}, which says where a bad byte is). */
    static Result decode(byte[] bytes) {
        if (bytes.length == 0) {
            return new Failure("is empty", 0, 0);
        }
        try {
            Failure failure = new ModelText.Check(Long.MAX_VALUE)
                    .run(java.nio.channels.Channels.newChannel(new java.io.ByteArrayInputStream(bytes)));
            if (failure != null) {
                return failure;
            }
        } catch (IOException e) { // not from an array
            return new Failure("cannot be read: " + describe(e), 0, 0);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return new Text(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    static Failure tooLarge(long size, long maxBytes) {
        String limit = maxBytes % MIB == 0 ? maxBytes / MIB + " MiB" : maxBytes + " bytes";
        return new Failure(String.format(Locale.ROOT, "is too large (%,d bytes); the limit is %s", size, limit), 0, 0);
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
