package dev.faultline.export;

import java.util.Locale;
import java.util.Optional;

/** What an export writes: a picture of the timeline, or the filtered events as data. */
public enum ExportFormat {
    /** The timeline as on screen, one image pixel per screen pixel. */
    PNG("png", "png", true),
    /** The timeline at twice the pixels, for high-density screens and print. */
    PNG_2X("png2x", "png", true),
    /** The timeline as scalable vector graphics, its words kept as text. */
    SVG("svg", "svg", true),
    /** One row per event (RFC 4180). */
    CSV("csv", "csv", false),
    /** The events with their dates, titles, people, factions and quoted excerpts. */
    JSON("json", "json", false),
    /** A TimelineJS 3 timeline, to publish as a web page. */
    TIMELINEJS("timelinejs", "json", false);

    private final String id;
    private final String extension;
    private final boolean picture;

    ExportFormat(String id, String extension, boolean picture) {
        this.id = id;
        this.extension = extension;
        this.picture = picture;
    }

    /** The name used on the command line, e.g. {@code png2x}. */
    public String id() {
        return id;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether this is a picture of the timeline rather than data. */
    public boolean isPicture() {
        return picture;
    }

    /** The format with this command-line name, in any case. */
    public static Optional<ExportFormat> fromId(String id) {
        String key = id == null ? "" : id.toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.id.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
