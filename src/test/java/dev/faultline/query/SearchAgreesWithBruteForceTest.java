package dev.faultline.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.Event;
import dev.faultline.model.Excerpt;
import dev.faultline.model.Organization;
import dev.faultline.model.Person;
import dev.faultline.model.TimelineModel;
import dev.faultline.text.ScriptFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The index answers exactly what reading every field of every event would: for hundreds of terms cut from the model's
 * own text (so they occur, in every script and field, across field boundaries, and made of the commonest characters)
 * and some that do not occur, the index's matches equal a brute-force scan's.
 */
class SearchAgreesWithBruteForceTest {

    private static final TimelineModel MODEL = SeedModel.scaled(3);
    private final SearchIndex index = SearchIndex.build(MODEL);
    private final ScriptFolding folding = ScriptFolding.instance();

    private List<String> texts(Event e) {
        List<String> texts = new ArrayList<>(List.of(e.title().en(), e.summary().en()));
        e.title().chinese().ifPresent(texts::add);
        e.summary().chinese().ifPresent(texts::add);
        e.excerpts().stream().map(Excerpt::quote).forEach(texts::add);
        for (String id : e.people()) {
            Person p = MODEL.person(id).orElseThrow();
            texts.add(p.name().en());
            p.name().chinese().ifPresent(texts::add);
            texts.addAll(p.aliases());
        }
        for (String id : e.organizations()) {
            Organization o = MODEL.organization(id).orElseThrow();
            texts.add(o.name().en());
            o.name().chinese().ifPresent(texts::add);
            texts.addAll(o.aliases());
        }
        return texts;
    }

    private List<String> bruteForce(List<String> terms) {
        return MODEL.events().stream()
                .filter(e -> terms.stream().allMatch(t -> texts(e).stream().anyMatch(x -> folding.fold(x).contains(t))))
                .map(Event::id).toList();
    }

    private Stream<String> sampleTerms() {
        Random random = new Random(20231117);
        List<String> pool = new ArrayList<>();
        for (Event e : MODEL.events()) {
            pool.addAll(texts(e));
        }
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String text = pool.get(random.nextInt(pool.size()));
            if (text.isEmpty()) {
                continue;
            }
            int start = random.nextInt(text.length());
            int length = 1 + random.nextInt(Math.min(6, text.length() - start));
            terms.add(text.substring(start, start + length));
        }
        // Joined across a field boundary, and mixed-script or absent terms.
        terms.addAll(List.of("生效OpenAI", "即日生效", "的", "董事會", "董事会", "會中", "解職", "altman开除", "zzz",
                "奧特曼言行", "奥特曼言行", "CEO 薩", "萨姆·奥特曼", "·", "GPT-4o", "4o 全"));
        return terms.stream();
    }

    @Test
    void everyTermFindsExactlyWhatABruteForceScanFinds() {
        sampleTerms().forEach(raw -> {
            String quoted = "\"" + raw.replace("\"", "") + "\"";
            List<String> terms = TextQuery.parse(quoted).terms();
            if (terms.isEmpty()) {
                return;
            }
            assertThat(index.apply(EventFilter.NONE.withText(quoted)).ids()).as("term %s", quoted)
                    .isEqualTo(bruteForce(terms));
        });
    }

    @Test
    void severalTermsTogetherAgreeToo() {
        List<String> samples = sampleTerms().toList();
        Random random = new Random(7);
        for (int i = 0; i < 150; i++) {
            String a = samples.get(random.nextInt(samples.size())).replace("\"", "");
            String b = samples.get(random.nextInt(samples.size())).replace("\"", "");
            String query = "\"" + a + "\" \"" + b + "\"";
            List<String> terms = TextQuery.parse(query).terms();
            if (terms.isEmpty()) {
                continue;
            }
            assertThat(index.apply(EventFilter.NONE.withText(query)).ids()).as("query %s", query)
                    .isEqualTo(bruteForce(terms));
        }
    }

    @Test
    void aTermNeverSpansTwoQuotes() {
        // altman-fired's first quote ends 即日生效, its second begins OpenAI的CEO.
        assertThat(index.apply(EventFilter.NONE.withText("生效OpenAI")).ids()).isEmpty();
    }

    @Test
    void rankedSearchFindsTheSameEvents() {
        sampleTerms().limit(200).forEach(raw -> {
            String quoted = "\"" + raw.replace("\"", "") + "\"";
            if (TextQuery.parse(quoted).isEmpty()) {
                return;
            }
            SearchResults r = index.search(EventFilter.NONE.withText(quoted), 1000);
            List<String> found = index.apply(EventFilter.NONE.withText(quoted)).ids();
            assertThat(r.hits()).extracting(SearchHit::eventId).as("term %s", quoted)
                    .containsExactlyInAnyOrderElementsOf(found);
            assertThat(r.hits()).allSatisfy(h -> assertThat(h.snippet().highlights()).as("highlight of %s in %s",
                    quoted, h.eventId()).isNotEmpty());
        });
    }
}
