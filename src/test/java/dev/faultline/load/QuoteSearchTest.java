package dev.faultline.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class QuoteSearchTest {

    private static List<Integer> bruteForce(String text, String quote) {
        List<Integer> starts = new ArrayList<>();
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            starts.add(i);
        }
        return starts;
    }

    @Test
    void everyOccurrenceIsFoundWhetherOrNotTheSeedIsIndexed() {
        Random random = new Random(7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("董事會宣布ab ".charAt(random.nextInt(8)));
        }
        String text = sb.toString();
        QuoteSearch search = new QuoteSearch(text);
        for (int q = 0; q < 300; q++) {
            int start = random.nextInt(text.length() - 40);
            int length = 1 + random.nextInt(30);
            String quote = q % 5 == 0 ? text.substring(start, start + length) + "x" : text.substring(start,
                    start + length);
            assertThat(search.occurrences(quote, Integer.MAX_VALUE)).as("quote %s", quote)
                    .isEqualTo(bruteForce(text, quote));
        }
    }

    @Test
    @Timeout(10)
    void aLongQuoteAgainstALargeSeedOfNearRepeatsTakesLinearTime() {
        // Before: String.indexOf took 3 min 15 s on this (a 100 KB quote, a 4 MiB seed of one repeated letter).
        String text = "a".repeat(4 * 1024 * 1024);
        String quote = "a".repeat(100_000 - 1) + "b";
        QuoteSearch search = new QuoteSearch(text);

        for (int i = 0; i < 6; i++) { // past the index threshold too
            assertThat(search.occurrences(quote, 1000)).isEmpty();
        }
        assertThat(search.occurrences("a".repeat(100_000), 3)).containsExactly(0, 1, 2);
    }
}
