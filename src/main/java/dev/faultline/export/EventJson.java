package dev.faultline.export;

import dev.faultline.model.DateSpan;
import dev.faultline.model.Event;
import dev.faultline.model.Excerpt;
import dev.faultline.model.LocalizedText;
import dev.faultline.model.TimelineModel;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events as JSON: the model's title, then one object per event with its date at its precision, titles and
 * summaries in both languages, people, factions, and each excerpt with its verbatim quote and source.
 */
public final class EventJson {

    private EventJson() {
    }

    /** Writes the events of the model, in the order given. */
    public static void write(TimelineModel model, List<Event> events, Writer out) {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectNode root = mapper.createObjectNode();
        text(root, "title", model.title());
        root.put("count", events.size());
        root.put("total", model.events().size());
        ArrayNode list = root.putArray("events");
        for (Event e : events) {
            ObjectNode o = list.addObject();
            o.put("id", e.id());
            putDate(o, e.date());
            o.put("kind", e.kind() == null ? null : e.kind().id());
            o.put("importance", e.importance());
            text(o, "title", e.title());
            text(o, "summary", e.summary());
            e.people().forEach(o.putArray("people")::add);
            e.organizations().forEach(o.putArray("organizations")::add);
            e.factions().forEach(o.putArray("factions")::add);
            ArrayNode excerpts = o.putArray("excerpts");
            for (Excerpt x : e.excerpts()) {
                ObjectNode xo = excerpts.addObject();
                xo.put("source", x.sourceId());
                xo.put("quote", x.quote());
                model.source(x.sourceId()).ifPresent(s -> xo.put("credit", SourceCredit.of(s)));
            }
        }
        mapper.writeValue(out, root);
    }

    /**
     * An event's date as both JSON outputs write it ({@code --list} and the export): {@code start}, {@code end} (or
     * null), {@code precision} and {@code approximate}, so the two never disagree on what a date is.
     */
    public static void putDate(ObjectNode o, DateSpan date) {
        o.put("start", date.start().toIsoString());
        if (date.end() == null) {
            o.putNull("end");
        } else {
            o.put("end", date.end().toIsoString());
        }
        o.put("precision", date.precision().name().toLowerCase(Locale.ROOT));
        o.put("approximate", date.approximate());
    }

    private static void text(ObjectNode parent, String name, LocalizedText text) {
        if (text == null) {
            parent.putNull(name);
            return;
        }
        ObjectNode o = parent.putObject(name);
        o.put("en", text.en());
        if (text.zh() == null) {
            o.putNull("zh");
        } else {
            o.put("zh", text.zh());
        }
    }
}
