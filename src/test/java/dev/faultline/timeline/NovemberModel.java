package dev.faultline.timeline;

import dev.faultline.model.DateSpan;
import dev.faultline.model.Era;
import dev.faultline.model.Event;
import dev.faultline.model.EventKind;
import dev.faultline.model.Faction;
import dev.faultline.model.FactionMembership;
import dev.faultline.model.LocalizedText;
import dev.faultline.model.PartialDate;
import dev.faultline.model.Person;
import dev.faultline.model.TimelineModel;
import java.util.List;

/**
 * A small model built in Java for tests: the week of 17-22 November 2023 with three factions, a few people, a handful
 * of earlier events at month or year precision, and four eras.
 */
public final class NovemberModel {

    private NovemberModel() {
    }

    public static TimelineModel build() {
        List<Faction> factions = List.of(
                new Faction("board", text("The board", "董事會"), "#D55E00", text("Directors who fired Altman", null)),
                new Faction("altman-camp", text("Altman camp", "奧特曼陣營"), "#0072B2", text("Loyal to Altman", null)),
                new Faction("microsoft", text("Microsoft", "微軟"), "#009E73", text("The investor", null)));
        List<Person> people = List.of(
                person("sam-altman", "Sam Altman", "薩姆・奧特曼", "altman-camp"),
                person("greg-brockman", "Greg Brockman", "格雷格・布羅克曼", "altman-camp"),
                person("ilya-sutskever", "Ilya Sutskever", "伊爾亞・蘇茨克維", "board"),
                person("helen-toner", "Helen Toner", "海倫・托納", "board"),
                person("satya-nadella", "Satya Nadella", "薩提亞・納德拉", "microsoft"),
                person("emmett-shear", "Emmett Shear", "艾密特・謝爾", null));
        List<Event> events = List.of(
                event("openai-founded", "OpenAI is founded", "OpenAI 成立", EventKind.FOUNDING,
                        span("2015-12", null, false), List.of("sam-altman", "ilya-sutskever"), List.of("altman-camp"), 4),
                event("capped-profit", "Capped-profit arm created", "設立有限營利公司", EventKind.RESTRUCTURING,
                        span("2019-03", null, false), List.of("sam-altman"), List.of("altman-camp"), 3),
                event("microsoft-invests", "Microsoft invests $1bn", "微軟投資十億美元", EventKind.FUNDING,
                        span("2019-07-22", null, false), List.of("satya-nadella"), List.of("microsoft"), 3),
                event("chatgpt-launch", "ChatGPT launches", "ChatGPT 推出", EventKind.PRODUCT,
                        span("2022-11-30", null, false), List.of("sam-altman"), List.of(), 4),
                event("altman-fired", "Board fires Sam Altman", "董事會解僱奧特曼", EventKind.FIRING,
                        span("2023-11-17", null, false), List.of("sam-altman", "ilya-sutskever", "helen-toner"),
                        List.of("board"), 5),
                event("brockman-quits", "Greg Brockman quits", "布羅克曼辭職", EventKind.RESIGNATION,
                        span("2023-11-17", null, false), List.of("greg-brockman"), List.of("altman-camp"), 4),
                event("return-talks", "Talks on Altman's return", "談判奧特曼回歸", EventKind.BOARD,
                        span("2023-11-18", null, true), List.of("sam-altman"), List.of("altman-camp"), 3),
                event("shear-interim", "Emmett Shear named interim CEO", "謝爾出任臨時執行長", EventKind.APPOINTMENT,
                        span("2023-11-19", null, false), List.of("emmett-shear"), List.of("board"), 4),
                event("microsoft-hires", "Microsoft hires Altman and Brockman", "微軟聘請奧特曼與布羅克曼",
                        EventKind.HIRE, span("2023-11-20", null, false), List.of("satya-nadella", "sam-altman"),
                        List.of("microsoft"), 4),
                event("staff-letter", "Staff letter threatens to quit", "員工聯名信", EventKind.LETTER,
                        span("2023-11-20", null, false), List.of("ilya-sutskever"), List.of("altman-camp"), 4),
                event("altman-returns", "Altman returns as CEO", "奧特曼回歸", EventKind.RETURN,
                        span("2023-11-22", null, false), List.of("sam-altman"), List.of("altman-camp"), 5),
                event("five-days", "Five days of crisis", "五天危機", EventKind.OTHER,
                        span("2023-11-17", "2023-11-22", false), List.of(), List.of(), 3),
                event("new-board", "New board seated", "新董事會", EventKind.BOARD,
                        span("2024-03", null, false), List.of("sam-altman"), List.of("board"), 2),
                event("restructuring-2024", "Restructuring debated", "重組之爭", EventKind.RESTRUCTURING,
                        span("2024", null, true), List.of(), List.of("microsoft"), 2));
        List<Era> eras = List.of(
                new Era("nonprofit-years", text("Nonprofit years", "非營利時期"), PartialDate.parse("2015-12"),
                        PartialDate.parse("2019-02"), text("", null)),
                new Era("capped-profit", text("Capped profit", "有限營利"), PartialDate.parse("2019-03"),
                        PartialDate.parse("2023-11-16"), text("", null)),
                new Era("crisis", text("The crisis", "危機"), PartialDate.parse("2023-11-17"),
                        PartialDate.parse("2023-11-22"), text("", null)),
                new Era("after", text("Aftermath", "餘波"), PartialDate.parse("2023-11-23"),
                        PartialDate.parse("2024-12"), text("", null)));
        return new TimelineModel(text("The OpenAI crisis", "OpenAI 危機"), text("Test model", null), List.of(),
                factions, List.of(), people, eras, events, List.of());
    }

    private static LocalizedText text(String en, String zh) {
        return LocalizedText.of(en, zh);
    }

    private static Person person(String id, String en, String zh, String faction) {
        return new Person(id, text(en, zh), List.of(en), text("A person.", null), List.of(),
                faction == null ? List.of() : List.of(new FactionMembership(faction, null, null, null)));
    }

    private static DateSpan span(String start, String end, boolean approximate) {
        return new DateSpan(PartialDate.parse(start), end == null ? null : PartialDate.parse(end), approximate,
                approximate ? dev.faultline.model.LocalizedText.of("inferred", null) : null);
    }

    private static Event event(String id, String en, String zh, EventKind kind, DateSpan date, List<String> people,
            List<String> factions, int importance) {
        return new Event(id, text(en, zh), text(en + ".", zh), kind, date, people, List.of(), factions, importance,
                List.of(), null);
    }
}
