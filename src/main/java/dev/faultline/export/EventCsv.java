package dev.faultline.export;

import dev.faultline.model.Event;
import dev.faultline.model.Excerpt;
import dev.faultline.model.PartialDate;
import dev.faultline.model.TimelineModel;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The events as CSV (RFC 4180: quoted where needed, CRLF line ends), one row each with a header row. Dates are written
 * at their precision ("2023", "2023-11", "2023-11-17"); lists are joined with ";", excerpts with a blank line between.
 */
public final class EventCsv {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "start", "end", "precision", "approximate", "kind",
            "importance", "title_en", "title_zh", "summary_en", "summary_zh", "people", "factions", "sources",
            "excerpts");

    private EventCsv() {
    }

    /** Writes the events of the model, in the order given. */
    public static void write(TimelineModel model, List<Event> events, Writer out) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        CsvMapper mapper = CsvMapper.builder().build();
        try (SequenceWriter rows = mapper.writer(schema.build()).writeValues(out)) {
            for (Event e : events) {
                rows.write(row(e));
            }
        }
    }

    private static String[] row(Event e) {
        return new String[] {
            e.id(),
            e.date().start().toIsoString(),
            e.date().endDate().map(PartialDate::toIsoString).orElse(""),
            e.date().precision().name().toLowerCase(Locale.ROOT),
            String.valueOf(e.date().approximate()),
            e.kind() == null ? "" : e.kind().id(),
            String.valueOf(e.importance()),
            e.title().en(),
            e.title().chinese().orElse(""),
            e.summary() == null ? "" : e.summary().en(),
            e.summary() == null ? "" : e.summary().chinese().orElse(""),
            String.join(";", e.people()),
            String.join(";", e.factions()),
            e.excerpts().stream().map(Excerpt::sourceId).distinct().collect(Collectors.joining(";")),
            e.excerpts().stream().map(x -> x.sourceId() + ": " + x.quote()).collect(Collectors.joining("\n\n"))
        };
    }
}
