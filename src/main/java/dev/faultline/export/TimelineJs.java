package dev.faultline.export;

import dev.faultline.text.LocalFormat;
import dev.faultline.model.DatePrecision;
import dev.faultline.model.Era;
import dev.faultline.model.Event;
import dev.faultline.model.Excerpt;
import dev.faultline.model.LocalizedText;
import dev.faultline.model.PartialDate;
import dev.faultline.model.Source;
import dev.faultline.model.TimelineModel;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events as a TimelineJS 3 timeline (its JSON format: {@code title}, {@code events}, {@code eras}), so a curated
 * model can be published as a web timeline. A date carries only the parts it is known to (a year-only event has only
 * {@code year}); the text quotes every excerpt verbatim, in its source's script, with the source named; the first
 * excerpt is the slide's blockquote and its source the credit; the model's eras become TimelineJS eras. Text is in one
 * language (English, or Chinese where the model has it), HTML-escaped.
 */
public final class TimelineJs {

    private TimelineJs() {
    }

    /** Writes the events of the model, in the order given, in the language of the locale. */
    public static void write(TimelineModel model, List<Event> events, Locale locale, Writer out) {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode title = root.putObject("title").putObject("text");
        title.put("headline", html(LocalFormat.of(locale).text(model.title())));
        title.put("text", model.description() == null ? "" : "<p>" + html(LocalFormat.of(locale).text(model.description())) + "</p>");

        ArrayNode slides = root.putArray("events");
        for (Event e : events) {
            ObjectNode slide = slides.addObject();
            slide.put("unique_id", e.id());
            date(slide.putObject("start_date"), e.date().start(), e.date().approximate());
            e.date().endDate().ifPresent(end -> date(slide.putObject("end_date"), end, e.date().approximate()));
            ObjectNode text = slide.putObject("text");
            text.put("headline", html(LocalFormat.of(locale).text(e.title())));
            text.put("text", body(model, e, locale));
            firstFaction(model, e, locale).ifPresent(g -> slide.put("group", html(g)));
            if (!e.excerpts().isEmpty()) {
                Excerpt first = e.excerpts().get(0);
                ObjectNode media = slide.putObject("media");
                media.put("url", "<blockquote>" + html(first.quote()) + "</blockquote>");
                model.source(first.sourceId()).ifPresent(s -> media.put("credit", html(SourceCredit.of(s))));
            }
        }

        ArrayNode eras = root.putArray("eras");
        for (Era era : model.eras()) {
            ObjectNode o = eras.addObject();
            date(o.putObject("start_date"), era.start(), false);
            date(o.putObject("end_date"), era.end(), false);
            o.putObject("text").put("headline", html(LocalFormat.of(locale).text(era.name())));
        }
        mapper.writeValue(out, root);
    }

    /** A TimelineJS date: only the parts the date is known to; "c." shown for an inferred one. */
    private static void date(ObjectNode o, PartialDate d, boolean approximate) {
        o.put("year", d.year());
        if (d.precision().compareTo(DatePrecision.MONTH) >= 0) {
            o.put("month", d.month());
        }
        if (d.precision() == DatePrecision.DAY) {
            o.put("day", d.day());
        }
        if (approximate) {
            o.put("display_date", "c. " + d.toIsoString());
        }
    }

    private static String body(TimelineModel model, Event e, Locale locale) {
        StringBuilder sb = new StringBuilder();
        LocalizedText summary = e.summary();
        if (summary != null && !LocalFormat.of(locale).text(summary).isBlank()) {
            sb.append("<p>").append(html(LocalFormat.of(locale).text(summary))).append("</p>");
        }
        for (Excerpt x : e.excerpts()) {
            Optional<Source> source = model.source(x.sourceId());
            sb.append("<blockquote>").append(html(x.quote())).append("</blockquote>");
            sb.append("<p class=\"credit\">— ")
                    .append(html(source.map(SourceCredit::of).orElse(x.sourceId()))).append("</p>");
        }
        return sb.toString();
    }

    private static Optional<String> firstFaction(TimelineModel model, Event e, Locale locale) {
        Set<String> ids = new LinkedHashSet<>(e.factions());
        return ids.stream().map(model::faction).flatMap(Optional::stream).findFirst()
                .map(f -> LocalFormat.of(locale).text(f.name()));
    }

    /** Escapes text for HTML: TimelineJS puts headline and text into the page as markup. */
    static String html(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("<br>");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
