package dev.faultline.query;

import dev.faultline.model.DateSpan;
import dev.faultline.model.Event;
import dev.faultline.model.EventKind;
import dev.faultline.model.Excerpt;
import dev.faultline.model.Faction;
import dev.faultline.model.FactionMembership;
import dev.faultline.model.LocalizedText;
import dev.faultline.model.Organization;
import dev.faultline.model.OrganizationKind;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A small model for tests, built from records over the real seed texts: twelve events of the OpenAI crisis, each
 * anchored to a verbatim quote, in both scripts. Tests in other packages use it too.
 */
public final class SeedModel {

    public static final String AI_EMPIRE = "ai-empire-summary";
    public static final String POWER_STRUGGLE = "power-struggle";
    public static final String TRANSCRIPT = "best-partners-transcript";
    public static final String GAME_OF_RIGHTS = "game-of-rights";
    public static final String AVALANCHE = "avalanche";

    private static final Map<String, String> FILES = Map.of(
            AI_EMPIRE, "seeds/000_367d240735b54457.txt",
            POWER_STRUGGLE, "seeds/001_0f80bf43a8dfe35c.txt",
            TRANSCRIPT, "seeds/002_728683d58167cef5.txt",
            GAME_OF_RIGHTS, "seeds/003_3fc5ce4f1f89eb97.txt",
            AVALANCHE, "seeds/004_b393f1c8d4a0daca.txt");

    private final List<Source> sources = new ArrayList<>();

    private SeedModel() {
        source(AI_EMPIRE, "AI Empire, a summary", Script.TRADITIONAL, SourceKind.BOOK_SUMMARY);
        source(POWER_STRUGGLE, "The truth about OpenAI's power struggle", Script.TRADITIONAL, SourceKind.COMMENTARY);
        source(TRANSCRIPT, "Best Partners video transcript", Script.TRADITIONAL, SourceKind.TRANSCRIPT);
        source(GAME_OF_RIGHTS, "OpenAI deep in a game of thrones", Script.SIMPLIFIED, SourceKind.NEWS);
        source(AVALANCHE, "OpenAI: has the avalanche begun?", Script.SIMPLIFIED, SourceKind.NEWS);
    }

    /** The model. */
    public static TimelineModel build() {
        return new SeedModel().model();
    }

    /**
     * The model with its events repeated {@code copies} times (ids suffixed {@code -1}, {@code -2}, …): large enough
     * to be filtered off the JavaFX thread.
     */
    public static TimelineModel scaled(int copies) {
        TimelineModel one = build();
        List<Event> events = new ArrayList<>();
        for (int c = 1; c <= copies; c++) {
            for (Event e : one.events()) {
                events.add(new Event(e.id() + "-" + c, e.title(), e.summary(), e.kind(), e.date(), e.people(),
                        e.organizations(), e.factions(), e.importance(), e.excerpts(), e.curatorNote()));
            }
        }
        return new TimelineModel(one.title(), one.description(), one.sources(), one.factions(),
                one.organizations(), one.people(), one.eras(), events, one.disagreements());
    }

    private TimelineModel model() {
        List<Faction> factions = List.of(
                new Faction("safety", text("Safety camp", "安全派"), "#009E73", text("Slow down", "放慢")),
                new Faction("commercial", text("Commercial camp", "商業派"), "#0072B2", text("Ship", "推進")),
                new Faction("microsoft", text("Microsoft", "微軟"), "#E69F00", text("The investor", "投資方")));
        List<Organization> orgs = List.of(
                new Organization("openai", text("OpenAI", "OpenAI"), List.of("OpenAI"), OrganizationKind.LAB,
                        text("The lab", "實驗室")),
                new Organization("microsoft", text("Microsoft", "微軟"), List.of("微軟", "微软"),
                        OrganizationKind.INVESTOR, text("The investor", "投資方")));
        List<Person> people = List.of(
                person("sam-altman", "Sam Altman", "薩姆・奧特曼", "commercial",
                        "Sam Altman", "Altman", "Sam", "奧特曼", "萨姆·奥特曼", "奥特曼"),
                person("ilya-sutskever", "Ilya Sutskever", "伊爾亞・蘇茨克維", "safety",
                        "Ilya Sutskever", "Ilya", "Sutskever", "蘇茨克維"),
                person("greg-brockman", "Greg Brockman", "格雷格・布羅克曼", "commercial", "Greg Brockman", "Brockman"),
                person("mira-murati", "Mira Murati", "米拉・穆拉蒂", "safety", "Mira Murati", "Murati", "穆拉蒂"),
                person("satya-nadella", "Satya Nadella", "薩提亞・納德拉", "microsoft", "薩提亞·納德拉"),
                person("john-schulman", "John Schulman", "約翰・舒爾曼", null, "John Schulman", "Schulman"),
                person("elon-musk", "Elon Musk", "伊隆・馬斯克", null, "Elon Musk", "Musk", "馬斯克"));
        List<Event> events = List.of(
                event("microsoft-investment", "Microsoft invests $1 billion", "微軟注資10億美元",
                        "Microsoft's money pays for the scaling.", "微軟的資金支撐了規模化。",
                        EventKind.FUNDING, span("2019"), List.of(), List.of("microsoft", "openai"),
                        List.of("microsoft"), 3, excerpt(AI_EMPIRE, "從馬斯克的初期投資到微軟的10億美元注資")),
                event("apec-remarks", "Altman speaks at APEC", "奥特曼在APEC发言",
                        "Two days before his firing he says AI needs no heavy regulation yet.",
                        "被解职前两天，他说人工智能暂不需要重大监管。",
                        EventKind.STATEMENT, span("2023-11-15"), List.of("sam-altman"), List.of("openai"),
                        List.of("commercial"), 2, excerpt(GAME_OF_RIGHTS, "在美国旧金山举行的亚太经合组织峰会(APEC)上")),
                event("altman-fired", "Board fires Sam Altman", "董事會解職奧特曼",
                        "The board removes the CEO without warning.", "董事會在毫無預警下撤換執行長。",
                        EventKind.FIRING, span("2023-11-17"), List.of("sam-altman", "ilya-sutskever"),
                        List.of("openai"), List.of("safety", "commercial"), 5,
                        excerpt(GAME_OF_RIGHTS, "将原CEO Sam Altman开除出公司,即日生效"),
                        excerpt(AI_EMPIRE, "OpenAI的CEO薩姆・奧特曼在毫無預警的情況下被董事會解職")),
                event("board-doubts", "Board members doubt the CEO's candour", "董事會質疑執行長的坦誠",
                        "The chief scientist and others think the CEO says one thing and does another.",
                        "首席科學家等人認為執行長言行不一。",
                        EventKind.BOARD, span("2023-11"), List.of("ilya-sutskever"), List.of(),
                        List.of("safety"), 4,
                        excerpt(AI_EMPIRE, "董事會中的首席科學家伊爾亞・蘇茨克維與其他成員認為奧特曼言行不一")),
                event("investors-press-board", "Investors press the board to reverse course", "投资人向董事会施压",
                        "Major investors demand the firing be withdrawn.", "主要投资人要求撤回罢免决定。",
                        EventKind.BOARD, span("2023-11-19"), List.of(), List.of("openai"), List.of("microsoft"), 3,
                        excerpt(GAME_OF_RIGHTS, "19日早,OpenAI的多个重要投资人开始向全新的董事会施压")),
                event("employee-letter", "Employees sign a letter demanding the board resign", "员工联名信要求董事会辞职",
                        "Nearly 500 staff threaten to leave.", "近500名员工威胁离职。",
                        EventKind.LETTER, span("2023-11-20"), List.of("ilya-sutskever"), List.of("openai"),
                        List.of("commercial"), 4, excerpt(GAME_OF_RIGHTS, "近500名OpenAI员工签署联名信称,要求董事会解散")),
                event("nadella-offer", "Nadella backs the ousted CEO", "納德拉表態支援",
                        "Microsoft's chief offers him a new research division.", "微軟執行長提出讓他領導新部門。",
                        EventKind.STATEMENT, new DateSpan(PartialDate.parse("2023-11-18"), null, true, LocalizedText.of("inferred", null)),
                        List.of("satya-nadella", "sam-altman"), List.of("microsoft"), List.of("microsoft"), 3,
                        excerpt(POWER_STRUGGLE, "微軟CEO 薩提亞·納德拉迅速表態支援Altman")),
                event("altman-returns", "Altman returns as CEO", "奧特曼重返執行長",
                        "Backed by Microsoft and the staff he is reinstated.", "在微軟與員工力挺下復職。",
                        EventKind.RETURN, new DateSpan(PartialDate.parse("2023-11-21"),
                                PartialDate.parse("2023-11-22"), false, null),
                        List.of("sam-altman"), List.of("openai", "microsoft"), List.of("commercial"), 5,
                        excerpt(AI_EMPIRE, "到了週一,奧特曼便在微軟與員工的力挺下重返CEO位置")),
                event("ssi-founded", "Sutskever founds Safe Superintelligence", "蘇茨克維創辦SSI",
                        "After the failed coup he leaves and starts his own company.", "政變失敗後離開並創業。",
                        EventKind.FOUNDING, span("2024"), List.of("ilya-sutskever"), List.of(), List.of("safety"), 3,
                        excerpt(AI_EMPIRE, "蘇茨克維則在政變失敗後離開,創辦了Safe Superintelligence")),
                event("brockman-leave", "Brockman takes leave", "布羅克曼休假",
                        "The president announces a sabbatical to the end of the year.", "總裁宣布休假到年底。",
                        EventKind.LEAVE, span("2024-08"), List.of("greg-brockman"), List.of("openai"),
                        List.of("commercial"), 3, excerpt(POWER_STRUGGLE, "Brockman 在社交媒體上宣佈")),
                event("schulman-departs", "Schulman leaves for a rival", "舒爾曼離職",
                        "The co-founder announces his departure on X.", "聯合創始人在X上宣布離職。",
                        EventKind.DEPARTURE, span("2024-08-06"), List.of("john-schulman"), List.of("openai"),
                        List.of(), 3, excerpt(AVALANCHE, "8月6日，OpenAI联合创始人John Schulman在X上正式宣布离职")),
                event("murati-leaves", "Murati resigns after the GPT-4o launch", "穆拉蒂在GPT-4o上線後辭職",
                        "The CTO leaves the day after a rushed launch.", "技術長在倉促上線次日離職。",
                        EventKind.RESIGNATION, span("2024-09-26"), List.of("mira-murati"), List.of("openai"),
                        List.of("safety"), 4, excerpt(POWER_STRUGGLE, "2024 年9 月25 日,GPT-4o 全量上線的第二天")));
        return new TimelineModel(text("The OpenAI crisis", "OpenAI 風波"), text("Test model", "測試模型"), sources,
                factions, orgs, people, List.of(), events, List.of());
    }

    private void source(String id, String titleEn, Script script, SourceKind kind) {
        String file = FILES.get(id);
        sources.add(new Source(id, null, "../../" + file, titleEn, titleEn, null, null, null, script, kind,
                LocalizedText.of("test fixture", null), List.of(), read(file)));
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Excerpt excerpt(String sourceId, String quote) {
        String text = sources.stream().filter(s -> s.id().equals(sourceId)).findFirst().orElseThrow().text();
        int at = text.indexOf(quote);
        if (at < 0) {
            throw new IllegalArgumentException("not in " + sourceId + ": " + quote);
        }
        return new Excerpt(sourceId, quote, 1, new TextRange(at, at + quote.length()));
    }

    private static LocalizedText text(String en, String zh) {
        return LocalizedText.of(en, zh);
    }

    private static DateSpan span(String date) {
        return DateSpan.of(PartialDate.parse(date));
    }

    private static Person person(String id, String en, String zh, String faction, String... aliases) {
        List<FactionMembership> memberships = faction == null ? List.of()
                : List.of(new FactionMembership(faction, null, null, null));
        return new Person(id, text(en, zh), Arrays.asList(aliases), text(en + " bio", zh + "簡介"), List.of(),
                memberships);
    }

    private static Event event(String id, String titleEn, String titleZh, String summaryEn, String summaryZh,
            EventKind kind, DateSpan date, List<String> people, List<String> orgs, List<String> factions,
            int importance, Excerpt... excerpts) {
        return new Event(id, text(titleEn, titleZh), text(summaryEn, summaryZh), kind, date, people, orgs, factions,
                importance, List.of(excerpts), null);
    }
}
