package dev.faultline.ui;

import dev.faultline.model.DateSpan;
import dev.faultline.model.Event;
import dev.faultline.model.EventKind;
import dev.faultline.model.Excerpt;
import dev.faultline.model.Faction;
import dev.faultline.model.FactionMembership;
import dev.faultline.model.LocalizedText;
import dev.faultline.model.PartialDate;
import dev.faultline.model.Person;
import dev.faultline.model.Script;
import dev.faultline.model.Source;
import dev.faultline.model.SourceKind;
import dev.faultline.model.TextRange;
import dev.faultline.model.TimelineModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small model built in code from real seed text, for shell tests that must not depend on the curated file. */
final class SampleModel {

    private SampleModel() {
    }

    static TimelineModel threeEvents() {
        String text = read("seeds/000_367d240735b54457.txt");
        Source book = new Source("book", "000", "seeds/000_367d240735b54457.txt", "AI帝國", "Empire of AI", "艾螽斯", null,
                null, Script.TRADITIONAL, SourceKind.BOOK_SUMMARY, LocalizedText.of("A book summary.", null), List.of(), text);
        Faction board = new Faction("board", LocalizedText.of("The board", "董事會"), "#0072B2",
                LocalizedText.of("OpenAI's board", "OpenAI董事會"));
        Person altman = new Person("sam-altman", LocalizedText.of("Sam Altman", "薩姆・奧特曼"),
                List.of("奧特曼"), LocalizedText.of("CEO of OpenAI.", "OpenAI執行長。"), List.of(),
                List.of(new FactionMembership("board", null, null, null)));
        Event fired = event("altman-fired", "Altman fired by the board", "奧特曼遭董事會解職",
                PartialDate.ofMonth(2023, 11), book, text, "被董事會解職", 5);
        Event back = event("altman-returns", "Altman returns as CEO", "奧特曼重返CEO位置",
                PartialDate.ofMonth(2023, 11), book, text, "重返CEO位置", 5);
        Event founded = event("openai-founded", "OpenAI founded as a non-profit", "OpenAI以非營利組織成立",
                PartialDate.ofYear(2015), book, text, "OpenAI原本是一家非營利組織", 3);
        return new TimelineModel(LocalizedText.of("Sample", "樣本"), LocalizedText.of("A sample", "樣本"),
                List.of(book), List.of(board), List.of(), List.of(altman), List.of(),
                List.of(back, fired, founded), List.of());
    }

    private static Event event(String id, String en, String zh, PartialDate date, Source source, String text,
            String quote, int importance) {
        int at = text.indexOf(quote);
        if (at < 0) {
            throw new IllegalStateException("quote not in seed: " + quote);
        }
        Excerpt excerpt = new Excerpt(source.id(), quote, 1, new TextRange(at, at + quote.length()));
        return new Event(id, LocalizedText.of(en, zh), LocalizedText.of(en + ".", zh + "。"), EventKind.OTHER,
                DateSpan.of(date), List.of("sam-altman"), List.of(), List.of("board"), importance, List.of(excerpt),
                null);
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
