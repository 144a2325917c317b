package dev.faultline.bench;

import dev.faultline.model.DatePrecision;
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
import dev.faultline.query.EventFilter;
import dev.faultline.query.SearchIndex;
import dev.faultline.query.SearchResults;
import dev.faultline.text.FoldTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The query engine over a synthetic 100,000-event model: each filter alone, text queries in either script, a
 * combination, a ranked search, and the id set the UI publishes. The budget is 10 ms per call.
 *
 * <p>Run: {@code mvn -B -ntp -Pbench -Dfaultline.build.dir=/tmp/build-filter verify
 * -Djmh.args="-f 1 -wi 2 -i 3 QueryBench"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class QueryBench {

    static final int EVENTS = 100_000;

    private SyntheticModel synthetic;
    private SearchIndex index;
    private EventFilter oneFaction;
    private EventFilter threePeople;
    private EventFilter twoKinds;
    private EventFilter oneSource;
    private EventFilter oneYear;
    private EventFilter commonWord;
    private EventFilter rareWord;
    private EventFilter prefix;
    private EventFilter personName;
    private EventFilter cjkTraditional;
    private EventFilter cjkSimplified;
    private EventFilter cjkCommonPair;
    private EventFilter twoWords;
    private EventFilter combined;

    @Setup
    public void setUp() {
        synthetic = new SyntheticModel(EVENTS, 42);
        long t0 = System.nanoTime();
        index = SearchIndex.build(synthetic.model);
        System.out.printf("%n[QueryBench] indexed %,d events in %d ms%n", EVENTS,
                (System.nanoTime() - t0) / 1_000_000);
        oneFaction = EventFilter.NONE.withFactions(Set.of("faction-3"));
        threePeople = EventFilter.NONE.withPeople(Set.of("person-1", "person-20", "person-300"));
        twoKinds = EventFilter.NONE.withKinds(Set.of(EventKind.FIRING, EventKind.BOARD));
        oneSource = EventFilter.NONE.withSources(Set.of("source-7"));
        oneYear = EventFilter.NONE.withRange(PartialDate.ofYear(2020), PartialDate.ofYear(2020));
        commonWord = EventFilter.NONE.withText(synthetic.words[1]);
        rareWord = EventFilter.NONE.withText(synthetic.words[1500]);
        prefix = EventFilter.NONE.withText(synthetic.words[40].substring(0, 3));
        personName = EventFilter.NONE.withText(synthetic.lastNames[7]);
        cjkTraditional = EventFilter.NONE.withText(synthetic.cjkWordTraditional);
        cjkSimplified = EventFilter.NONE.withText(FoldTable.instance().fold(synthetic.cjkWordTraditional));
        cjkCommonPair = EventFilter.NONE.withText(synthetic.commonPair);
        twoWords = EventFilter.NONE.withText(synthetic.words[3] + " " + synthetic.words[60]);
        combined = EventFilter.NONE.withFactions(Set.of("faction-1", "faction-2"))
                .withKinds(Set.of(EventKind.STATEMENT, EventKind.BOARD, EventKind.LETTER))
                .withRange(PartialDate.ofMonth(2018, 3), PartialDate.ofMonth(2023, 11))
                .withText(synthetic.words[5] + " " + synthetic.cjkWordTraditional.substring(0, 1));
    }

    @Benchmark
    public int factionFilter() {
        return index.apply(oneFaction).count();
    }

    @Benchmark
    public int peopleFilter() {
        return index.apply(threePeople).count();
    }

    @Benchmark
    public int kindFilter() {
        return index.apply(twoKinds).count();
    }

    @Benchmark
    public int sourceFilter() {
        return index.apply(oneSource).count();
    }

    @Benchmark
    public int timeRangeFilter() {
        return index.apply(oneYear).count();
    }

    @Benchmark
    public int textCommonWord() {
        return index.apply(commonWord).count();
    }

    @Benchmark
    public int textRareWord() {
        return index.apply(rareWord).count();
    }

    @Benchmark
    public int textPrefix() {
        return index.apply(prefix).count();
    }

    @Benchmark
    public int textPersonName() {
        return index.apply(personName).count();
    }

    @Benchmark
    public int textCjkTraditional() {
        return index.apply(cjkTraditional).count();
    }

    @Benchmark
    public int textCjkSimplified() {
        return index.apply(cjkSimplified).count();
    }

    /** The worst case: two of the commonest characters, found together in most events, checked event by event. */
    @Benchmark
    public int textCjkCommonPair() {
        return index.apply(cjkCommonPair).count();
    }

    @Benchmark
    public int textTwoWords() {
        return index.apply(twoWords).count();
    }

    @Benchmark
    public int allCombined() {
        return index.apply(combined).count();
    }

    /** What the filter bar publishes to the app state: the ids as an immutable set. */
    @Benchmark
    public int factionFilterIdSet() {
        return index.apply(oneFaction).idSet().size();
    }

    /** The search pane's ranked top 200 with snippets. */
    @Benchmark
    public int rankedSearchCjk() {
        SearchResults r = index.search(cjkSimplified, 200);
        return r.hits().size();
    }

    @Benchmark
    public int rankedSearchCommonWord() {
        SearchResults r = index.search(commonWord, 200);
        return r.hits().size();
    }

    /**
     * A synthetic model: generated English-like words and Chinese text drawn Zipf-like from a few thousand
     * characters (Traditional and Simplified mixed), people with names in both scripts, factions, organisations, and
     * sources whose text the excerpts are cut from.
     */
    static final class SyntheticModel {
        final TimelineModel model;
        final String[] words = new String[3000];
        final String[] lastNames = new String[500];
        final String cjkWordTraditional;
        final String commonPair;
        private final char[] hanzi;
        /** Words that recur in the Chinese text, as names and terms do; Traditional, so folding is exercised. */
        private final String[] phrases = {"董事會", "奧特曼", "執行長", "聯名信", "蘇茨克維", "權力鬥爭"};
        private final Random random;

        SyntheticModel(int eventCount, long seed) {
            random = new Random(seed);
            for (int i = 0; i < words.length; i++) {
                words[i] = word(2 + random.nextInt(3));
            }
            for (int i = 0; i < lastNames.length; i++) {
                lastNames[i] = capitalise(word(3));
            }
            // Common characters of both scripts, Traditional forms among them, so folding matters.
            String common = "的一是不了人我在有他這个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之"
                    + "年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本"
                    + "前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并"
                    + "物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通"
                    + "教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目"
                    + "太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界"
                    + "達說會國們來時對過發後學經動現當問條總風險董事會執長議員聯簽署離職權鬥爭變奧特曼蘇茨克維穆拉蒂";
            hanzi = common.toCharArray();
            cjkWordTraditional = "董事會";
            commonPair = common.substring(0, 2);
            List<Source> sources = new ArrayList<>();
            for (int s = 0; s < 20; s++) {
                sources.add(new Source("source-" + s, null, "source-" + s + ".txt", "來源 " + s, "Source " + s, null,
                        null, null, s % 2 == 0 ? Script.TRADITIONAL : Script.SIMPLIFIED, SourceKind.NEWS,
                        LocalizedText.of("synthetic", null),
                        List.of(), chinese(200_000)));
            }
            List<Faction> factions = new ArrayList<>();
            String[] colors = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"};
            for (int f = 0; f < colors.length; f++) {
                factions.add(new Faction("faction-" + f, LocalizedText.of("Faction " + f, "派系" + f), colors[f],
                        LocalizedText.of("A camp", "一派")));
            }
            List<Organization> orgs = new ArrayList<>();
            for (int o = 0; o < 50; o++) {
                orgs.add(new Organization("org-" + o, LocalizedText.of(capitalise(word(3)) + " Labs", chinese(3)),
                        List.of(), OrganizationKind.COMPANY, LocalizedText.of("An org", "一個組織")));
            }
            List<Person> people = new ArrayList<>();
            for (int p = 0; p < lastNames.length; p++) {
                String first = capitalise(word(2));
                String zh = chinese(2) + "・" + chinese(3);
                people.add(new Person("person-" + p, LocalizedText.of(first + " " + lastNames[p], zh),
                        List.of(lastNames[p], first, FoldTable.instance().fold(zh)),
                        LocalizedText.of("Bio", "簡介"), List.of(),
                        List.of(new FactionMembership("faction-" + p % colors.length, null, null, null))));
            }
            List<Event> events = new ArrayList<>(eventCount);
            EventKind[] kinds = EventKind.values();
            LocalDate epoch = LocalDate.of(2015, 1, 1);
            for (int e = 0; e < eventCount; e++) {
                LocalDate day = epoch.plusDays(random.nextInt(3650));
                PartialDate start = switch (random.nextInt(10)) {
                    case 0 -> PartialDate.ofYear(day.getYear());
                    case 1, 2 -> PartialDate.ofMonth(day.getYear(), day.getMonthValue());
                    default -> PartialDate.ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
                };
                PartialDate end = null;
                if (start.precision() == DatePrecision.DAY && random.nextInt(5) == 0) {
                    LocalDate last = day.plusDays(1 + random.nextInt(20));
                    end = PartialDate.ofDay(last.getYear(), last.getMonthValue(), last.getDayOfMonth());
                }
                List<String> who = new ArrayList<>();
                for (int k = random.nextInt(4); k >= 0; k--) {
                    who.add("person-" + zipf(lastNames.length));
                }
                List<String> camps = new ArrayList<>();
                for (int k = random.nextInt(3); k > 0; k--) {
                    camps.add("faction-" + random.nextInt(colors.length));
                }
                List<String> bodies = new ArrayList<>();
                for (int k = random.nextInt(3); k > 0; k--) {
                    bodies.add("org-" + random.nextInt(orgs.size()));
                }
                List<Excerpt> excerpts = new ArrayList<>();
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    Source src = sources.get(random.nextInt(sources.size()));
                    int length = 40 + random.nextInt(80);
                    int at = random.nextInt(src.text().length() - length);
                    excerpts.add(new Excerpt(src.id(), src.text().substring(at, at + length), 1,
                            new TextRange(at, at + length)));
                }
                events.add(new Event("event-" + e,
                        LocalizedText.of(sentence(4 + random.nextInt(5)), chinese(6 + random.nextInt(7))),
                        LocalizedText.of(sentence(20 + random.nextInt(20)), chinese(30 + random.nextInt(30))),
                        kinds[random.nextInt(kinds.length)], new DateSpan(start, end, random.nextInt(8) == 0, null),
                        dedupe(who), bodies.stream().distinct().toList(), camps.stream().distinct().toList(),
                        1 + random.nextInt(5), excerpts, null));
            }
            model = new TimelineModel(LocalizedText.of("Synthetic", "合成"), LocalizedText.of("Bench", "基準"),
                    sources, factions, orgs, people, List.of(), events, List.of());
        }

        private static List<String> dedupe(List<String> ids) {
            return ids.stream().distinct().toList();
        }

        /** An index in [0, n) skewed toward small values, as word and name frequencies are. */
        private int zipf(int n) {
            double u = random.nextDouble();
            return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, u)) - 1);
        }

        private String word(int syllables) {
            String[] onsets = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br",
                "st", "tr", "sh"};
            String[] vowels = {"a", "e", "i", "o", "u", "ai", "ou", "ea"};
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < syllables; i++) {
                sb.append(onsets[random.nextInt(onsets.length)]).append(vowels[random.nextInt(vowels.length)]);
            }
            if (random.nextBoolean()) {
                sb.append(onsets[random.nextInt(onsets.length)]);
            }
            return sb.toString();
        }

        private static String capitalise(String w) {
            return Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }

        private String sentence(int length) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < length; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                if (random.nextInt(12) == 0) {
                    sb.append(lastNames[zipf(lastNames.length)]);
                } else {
                    String w = words[zipf(words.length)];
                    sb.append(i == 0 ? capitalise(w) : w);
                }
            }
            return sb.append('.').toString();
        }

        private String chinese(int length) {
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                if (i > 0 && random.nextInt(25) == 0) {
                    sb.append(random.nextBoolean() ? '，' : '。');
                } else if (random.nextInt(40) == 0) {
                    String phrase = phrases[zipf(phrases.length)];
                    sb.append(phrase, 0, Math.min(phrase.length(), length - i));
                    i += Math.min(phrase.length(), length - i) - 1;
                } else {
                    sb.append(hanzi[zipf(hanzi.length)]);
                }
            }
            return sb.toString();
        }
    }
}
