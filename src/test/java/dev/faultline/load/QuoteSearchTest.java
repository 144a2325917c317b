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

    @Test
    void theSuffixArraySortsEverySuffix() {
        Random random = new Random(11);
        for (String text : List.of("banana", "aaaaaaa", "董事會董事會宣布", "", "abababababbab")) {
            assertSorted(text, SuffixArray.of(text));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            sb.append("ab董".charAt(random.nextInt(3)));
        }
        assertSorted(sb.toString(), SuffixArray.of(sb.toString()));
    }

    private static void assertSorted(String text, int[] sa) {
        assertThat(sa).hasSize(text.length());
        assertThat(java.util.Arrays.stream(sa).sorted().toArray())
                .isEqualTo(java.util.stream.IntStream.range(0, text.length()).toArray());
        for (int i = 1; i < sa.length; i++) {
            assertThat(text.substring(sa[i - 1]).compareTo(text.substring(sa[i]))).as("suffixes %d and %d", i - 1, i)
                    .isLessThan(0);
        }
    }

    @Test
    void onceScansHaveCostEnoughEveryQuoteIsFoundThroughTheSuffixArrayAllTheSame() {
        Random random = new Random(5);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            sb.append("董事會ab ".charAt(random.nextInt(6)));
        }
        String text = sb.toString();
        QuoteSearch search = new QuoteSearch(text);
        // Short quotes are scanned; past the allowance the rest go through the suffix array.
        for (int q = 0; q < 3 * QuoteSearch.SCAN_ALLOWANCE; q++) {
            int start = random.nextInt(text.length() - 20);
            String quote = text.substring(start, start + 1 + random.nextInt(20)) + (q % 4 == 0 ? "x" : "");
            assertThat(search.occurrences(quote, Integer.MAX_VALUE)).as("quote %s", quote)
                    .isEqualTo(bruteForce(text, quote));
        }
    }

    @Test
    @Timeout(20)
    void aHundredThousandShortQuotesAgainstAHostileSeedCostABinarySearchEach() {
        // Before: every quote shorter than the index's window was a scan of the whole seed: with a seed of one
        // repeated letter, 50-130 ms a quote, hours for a 16 MiB model full of them.
        String text = "a".repeat(4 * 1024 * 1024);
        QuoteSearch search = new QuoteSearch(text);
        for (int i = 0; i < 100_000; i++) {
            String quote = "a".repeat(1 + i % 10) + (char) ('b' + i % 20);
            assertThat(search.occurrences(quote, 1000)).isEmpty();
        }
        assertThat(search.find("aaaa", 1000).tooCommon()).isTrue();
        assertThat(search.contains("aaaa")).isTrue();
        assertThat(search.occurrences("a".repeat(4 * 1024 * 1024 - 2), 10)).containsExactly(0, 1, 2);
    }
}
