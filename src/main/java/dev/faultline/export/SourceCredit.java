package dev.faultline.export;

import dev.faultline.model.PartialDate;
import dev.faultline.model.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * How an exported event credits a source: "003 · Author, Outlet, 2023-11-18: Title", each part only when it is known
 * (the key is the one the model's text cites the source by).
 */
final class SourceCredit {

    private SourceCredit() {
    }

    static String of(Source source) {
        List<String> parts = new ArrayList<>();
        source.authorName().ifPresent(parts::add);
        source.outletName().ifPresent(parts::add);
        source.publishedDate().map(PartialDate::toIsoString).ifPresent(parts::add);
        String who = String.join(", ", parts);
        String title = source.title() == null || source.title().isBlank() ? source.id() : source.title();
        return source.keyed(who.isEmpty() ? title : who + ": " + title);
    }
}
