package dev.faultline.export;

import dev.faultline.model.Event;
import dev.faultline.model.TimelineModel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes one export to a file: the events (for data formats) or the picture (for PNG and SVG). The file is written
 * beside its destination and moved into place at the end, so a failed export never leaves half a file where the
 * person asked for one.
 */
public final class ExportWriter {

    /**
     * What to export.
     *
     * @param model   the model
     * @param events  the filtered events, in the order to write them
     * @param locale  the language of TimelineJS text
     * @param picture the picture to draw, for PNG and SVG (may be null for data formats)
     */
    public record Input(TimelineModel model, List<Event> events, Locale locale, TimelinePicture.Request picture) {

        public Input {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(locale, "locale");
            events = List.copyOf(events);
        }
    }

    private ExportWriter() {
    }

    /** Writes the export; an I/O failure is thrown as it is, with the file named. */
    public static void write(ExportFormat format, Input input, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("no such folder: " + dir);
        }
        // A sibling rather than Files.createTempFile, which would leave the result readable by its owner only.
        Path temp = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(format, input, out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes the export to a stream (left open). */
    public static void write(ExportFormat format, Input input, OutputStream out) throws IOException {
        if (format.isPicture() && input.picture() == null) {
            throw new IllegalArgumentException(format.id() + " needs a picture request");
        }
        try {
            switch (format) {
                case PNG -> PngPicture.write(TimelinePicture.of(input.picture()), 1, out);
                case PNG_2X -> PngPicture.write(TimelinePicture.of(input.picture()), 2, out);
                case SVG -> {
                    Writer w = writer(out);
                    SvgPicture.write(TimelinePicture.of(input.picture()), w);
                    w.flush();
                }
                case CSV -> {
                    Writer w = writer(out);
                    EventCsv.write(input.model(), input.events(), nonClosing(w));
                    w.flush();
                }
                case JSON -> {
                    Writer w = writer(out);
                    EventJson.write(input.model(), input.events(), nonClosing(w));
                    w.flush();
                }
                case TIMELINEJS -> {
                    Writer w = writer(out);
                    TimelineJs.write(input.model(), input.events(), input.locale(), nonClosing(w));
                    w.flush();
                }
                default -> throw new IllegalStateException(format.name());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (tools.jackson.core.JacksonException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** Jackson closes what it writes to; the caller owns the stream. */
    private static Writer nonClosing(Writer w) {
        return new java.io.FilterWriter(w) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
