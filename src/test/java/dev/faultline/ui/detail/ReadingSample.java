package dev.faultline.ui.detail;

import dev.faultline.model.Claim;
import dev.faultline.model.DateSpan;
import dev.faultline.model.Disagreement;
import dev.faultline.model.Event;
import dev.faultline.model.EventKind;
import dev.faultline.model.Excerpt;
import dev.faultline.model.Faction;
import dev.faultline.model.FactionMembership;
import dev.faultline.model.LocalizedText;
import dev.faultline.model.NonArticleKind;
import dev.faultline.model.NonArticlePart;
import dev.faultline.model.Organization;
import dev.faultline.model.OrganizationKind;
import dev.faultline.model.PartialDate;
import dev.faultline.model.Person;
import dev.faultline.model.Role;
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
import java.util.Map;

/**
 * A small model built in code from the real seed text, for the reading panes' tests: five sources in both scripts
 * (with their advertisement, AI preamble, front matter and image link set apart), four people, two factions, six
 * events whose excerpts are found in the seeds with {@code indexOf}, and one disagreement: how long the ouster lasted.
 */
final class ReadingSample {

    static final String BOOK = "ai-empire-summary";
    static final String STRUGGLE = "power-struggle";
    static final String TRANSCRIPT = "atlantic-transcript";
    static final String THRONES = "game-of-thrones";
    static final String AVALANCHE = "avalanche";

    static final String FIRED_QUOTE = "OpenAI的CEO薩姆・奧特曼在毫無預警的情況下被董事會解職";
    static final String FIRED_QUOTE_SIMPLIFIED = "三天后,AI企业、ChatGPT母公司OpenAI对外宣布,将原CEO Sam Altman开除出公司,即日生效。";
    static final String WEEKEND_QUOTE = "而這場政變只持續了一個週末";
    static final String FIVE_DAYS_QUOTE = "僅僅五天後又被重新任命";
    static final String RETURN_QUOTE = "到了週一,奧特曼便在微軟與員工的力挺下重返CEO位置。";
    static final String LETTER_QUOTE = "近500名OpenAI员工签署联名信称,要求董事会解散并让Sam回归,否则他们也将辞职。";
    static final String STAFF_QUOTE = "高達 95% 員工的聯合行動";
    static final String ILYA_QUOTE = "2024 年5 月14 日,Sutskever 突然宣佈辭職";
    static final String LEAVE_QUOTE = "Greg Brockman也在X爆料，自己正在长期休假，并将持续到年底";
    static final String COUP_QUOTE = "据悉,发动政变的主角为OpenAI联合创始人兼首席科学家Ilya Sutskever。";

    private final Map<String, String> texts;

    private ReadingSample() {
        texts = Map.of(
                BOOK, read("seeds/000_367d240735b54457.txt"),
                STRUGGLE, read("seeds/001_0f80bf43a8dfe35c.txt"),
                TRANSCRIPT, read("seeds/002_728683d58167cef5.txt"),
                THRONES, read("seeds/003_3fc5ce4f1f89eb97.txt"),
                AVALANCHE, read("seeds/004_b393f1c8d4a0daca.txt"));
    }

    /** The whole sample model. */
    static TimelineModel model() {
        return new ReadingSample().build();
    }

    /** Where a quote stands in a seed. */
    static TextRange rangeOf(TimelineModel model, String sourceId, String quote) {
        String text = model.source(sourceId).orElseThrow().text();
        int at = text.indexOf(quote);
        if (at < 0) {
            throw new IllegalStateException("quote not in " + sourceId + ": " + quote);
        }
        return new TextRange(at, at + quote.length());
    }

    private TimelineModel build() {
        List<Source> sources = List.of(
                source(BOOK, "從一場權力鬥爭、一場技術賭局,到一群人的分裂與重生", "From a power struggle to a split",
                        "艾螽斯", "方格子 vocus", null, Script.TRADITIONAL, SourceKind.BOOK_SUMMARY,
                        List.of(part(BOOK, NonArticleKind.ADVERTISEMENT,
                                "歡迎訂閱艾螽斯的30(月)、59(季)、99元(半年)方案:【幸福的100個祕訣】\n"
                                        + "https://vocus.cc/salon/ai_jones/plans/content\n✨每天為自己的幸福打卡。\n"
                                        + "每天開啟一則小故事 + 一個實用的小秘訣 + 一篇書摘,\n讓你在忙碌中找到心的定錨點。\n"
                                        + "每天一起練習幸福✨"))),
                source(STRUGGLE, "OpenAI 內部權力鬥爭的真相", "The truth about OpenAI's internal power struggle", null,
                        null, null, Script.TRADITIONAL, SourceKind.COMMENTARY, List.of()),
                source(TRANSCRIPT, "OpenAI 的動盪與內幕揭秘", "OpenAI's turmoil, inside story", "大飛", "最佳拍檔",
                        null, Script.TRADITIONAL, SourceKind.TRANSCRIPT,
                        List.of(part(TRANSCRIPT, NonArticleKind.PREAMBLE,
                                "好的，我來整理這篇文稿，目標是使其更易讀、結構更清晰，並突出重點。\n\n**整理後的文稿:**"))),
                source(THRONES, "OpenAI深陷“权利的游戏”", "OpenAI mired in a 'game of thrones'", null, null, null,
                        Script.SIMPLIFIED, SourceKind.NEWS, List.of()),
                source(AVALANCHE, "OpenAI，雪崩开始了吗？", "OpenAI: has the avalanche begun?", "山茶", "产业象限",
                        PartialDate.ofDay(2024, 8, 9), Script.SIMPLIFIED, SourceKind.NEWS,
                        List.of(part(AVALANCHE, NonArticleKind.IMAGE_LINK,
                                "![图片](http://www.jesonc.com/FvrP7Lc5PS8DY2m7lwFUxr7rG1Gx)"))));

        List<Faction> factions = List.of(
                new Faction("commercial", LocalizedText.of("Commercial camp", "商業派"), "#E69F00",
                        LocalizedText.of("Ship fast, raise money.", "快速商業化。")),
                new Faction("safety", LocalizedText.of("Safety camp", "安全派"), "#009E73",
                        LocalizedText.of("Slow down, make it safe.", "謹慎前行。")));
        List<Organization> orgs = List.of(
                new Organization("openai", LocalizedText.of("OpenAI", "OpenAI"), List.of("OpenAI"),
                        OrganizationKind.COMPANY, LocalizedText.of("The AI lab.", "人工智慧實驗室。")),
                new Organization("microsoft", LocalizedText.of("Microsoft", "微軟"), List.of("微軟"),
                        OrganizationKind.INVESTOR, LocalizedText.of("The investor.", "投資者。")));
        List<Person> people = List.of(
                new Person("sam-altman", LocalizedText.of("Sam Altman", "薩姆・奧特曼"),
                        List.of("Sam Altman", "Altman", "Sam", "奧特曼", "薩姆・奧特曼", "萨姆·奥特曼", "奥特曼"),
                        LocalizedText.of("CEO of OpenAI, fired and rehired in November 2023.",
                                "OpenAI執行長,2023年11月遭解職後復職。"),
                        List.of(new Role(LocalizedText.of("CEO", "執行長"), "openai", PartialDate.ofYear(2019), null,
                                null)),
                        List.of(new FactionMembership("commercial", null, null, null))),
                new Person("ilya-sutskever", LocalizedText.of("Ilya Sutskever", "伊爾亞・蘇茨克維"),
                        List.of("Ilya Sutskever", "Ilya", "Sutskever", "伊爾亞・蘇茨克維", "蘇茨克維"),
                        LocalizedText.of("Co-founder and chief scientist; voted to fire Altman.",
                                "聯合創始人兼首席科學家。"),
                        List.of(new Role(LocalizedText.of("Chief scientist", "首席科學家"), "openai",
                                PartialDate.ofYear(2015), PartialDate.ofMonth(2024, 5), null)),
                        List.of(new FactionMembership("safety", null, null, null))),
                new Person("greg-brockman", LocalizedText.of("Greg Brockman", "格雷格・布羅克曼"),
                        List.of("Greg Brockman", "Greg Brockma", "Greg", "Brockman"),
                        LocalizedText.of("Co-founder and president.", "聯合創始人兼總裁。"), List.of(),
                        List.of(new FactionMembership("commercial", null, null, null))),
                new Person("emmett-shear", LocalizedText.of("Emmett Shear", null), List.of("Emmett Shear"),
                        LocalizedText.of("Interim CEO for a few days.", null), List.of(), List.of()));

        Excerpt fired = excerpt(BOOK, FIRED_QUOTE);
        Excerpt weekend = excerpt(BOOK, WEEKEND_QUOTE);
        Excerpt fiveDays = excerpt(STRUGGLE, FIVE_DAYS_QUOTE);
        List<Event> events = List.of(
                event("altman-fired", "Altman fired by the board", "奧特曼遭董事會解職", EventKind.FIRING,
                        new DateSpan(PartialDate.ofDay(2023, 11, 17), null, false, null), 5,
                        List.of("sam-altman", "ilya-sutskever", "greg-brockman"), List.of("openai"),
                        List.of("safety", "commercial"),
                        List.of(fired, excerpt(THRONES, FIRED_QUOTE_SIMPLIFIED)),
                        "The book summary says it lasted a weekend; the Chinese press counts five days."),
                event("coup-led-by-ilya", "Sutskever named as the leader of the coup", "蘇茨克維被指為政變主角",
                        EventKind.BOARD, new DateSpan(PartialDate.ofDay(2023, 11, 17), null, false, null), 3,
                        List.of("ilya-sutskever", "sam-altman"), List.of("openai"), List.of("safety"),
                        List.of(excerpt(THRONES, COUP_QUOTE)), null),
                event("employees-letter", "Employees threaten to quit", "員工聯名信要求董事會辭職", EventKind.LETTER,
                        new DateSpan(PartialDate.ofDay(2023, 11, 20), null, true,
                                LocalizedText.of("The letter came out on the Monday after the firing.", null)), 4,
                        List.of("sam-altman", "emmett-shear"), List.of("openai"), List.of("commercial"),
                        List.of(excerpt(THRONES, LETTER_QUOTE), excerpt(TRANSCRIPT, STAFF_QUOTE)), null),
                event("altman-returns", "Altman returns as CEO", "奧特曼重返執行長職位", EventKind.RETURN,
                        new DateSpan(PartialDate.ofDay(2023, 11, 17), PartialDate.ofDay(2023, 11, 21), false,
                                null), 5,
                        List.of("sam-altman", "greg-brockman"), List.of("openai", "microsoft"),
                        List.of("commercial"), List.of(excerpt(BOOK, RETURN_QUOTE), fiveDays, weekend), null),
                event("sutskever-resigns", "Sutskever resigns", "蘇茨克維辭職", EventKind.RESIGNATION,
                        DateSpan.of(PartialDate.ofDay(2024, 5, 14)), 4, List.of("ilya-sutskever"),
                        List.of("openai"), List.of("safety"), List.of(excerpt(STRUGGLE, ILYA_QUOTE)), null),
                event("brockman-leave", "Brockman takes extended leave", "布羅克曼長期休假", EventKind.LEAVE,
                        DateSpan.of(PartialDate.ofMonth(2024, 8)), 3, List.of("greg-brockman"), List.of("openai"),
                        List.of("commercial"), List.of(excerpt(AVALANCHE, LEAVE_QUOTE)), null));
        List<Disagreement> disagreements = List.of(new Disagreement("ouster-length",
                LocalizedText.of("How long Altman's ouster lasted", "奧特曼被逐持續多久"),
                List.of("altman-fired", "altman-returns"),
                List.of(new Claim(weekend, LocalizedText.of("Only a weekend", "只有一個週末")),
                        new Claim(fiveDays, LocalizedText.of("Five days", "五天"))),
                LocalizedText.of("He was fired on Friday 17 November and reinstated on the 21st: five days, including a weekend.", null)));
        return new TimelineModel(LocalizedText.of("OpenAI crisis (sample)", "OpenAI 危機(樣本)"),
                LocalizedText.of("A sample for the reading panes", "閱讀窗格的樣本"), sources, factions, orgs, people,
                List.of(), events, disagreements);
    }

    private Source source(String id, String title, String titleEn, String author, String outlet,
            PartialDate published, Script script, SourceKind kind, List<NonArticlePart> nonArticle) {
        // Cited by their seeds' numbers, as the shipped model's text cites them ("003 says …").
        String cite = String.format("%03d", List.of(BOOK, STRUGGLE, TRANSCRIPT, THRONES, AVALANCHE).indexOf(id));
        return new Source(id, cite, "seeds/" + id + ".txt", title, titleEn, author, outlet, published, script, kind,
                LocalizedText.of("Sample provenance of " + id + ": a seed article, kept verbatim.", null), nonArticle, texts.get(id));
    }

    private NonArticlePart part(String sourceId, NonArticleKind kind, String quote) {
        String text = texts.get(sourceId);
        int at = text.indexOf(quote);
        if (at < 0) {
            throw new IllegalStateException("non-article part not in " + sourceId + ": " + quote);
        }
        return new NonArticlePart(kind, new TextRange(at, at + quote.length()), null);
    }

    private Excerpt excerpt(String sourceId, String quote) {
        String text = texts.get(sourceId);
        int at = text.indexOf(quote);
        if (at < 0) {
            throw new IllegalStateException("quote not in " + sourceId + ": " + quote);
        }
        return new Excerpt(sourceId, quote, 1, new TextRange(at, at + quote.length()));
    }

    private static Event event(String id, String en, String zh, EventKind kind, DateSpan date, int importance,
            List<String> people, List<String> orgs, List<String> factions, List<Excerpt> excerpts, String note) {
        return new Event(id, LocalizedText.of(en, zh), LocalizedText.of(en + ", as the sources tell it.", zh + "。"),
                kind, date, people, orgs, factions, importance, excerpts, note == null ? null : LocalizedText.of(note, null));
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
