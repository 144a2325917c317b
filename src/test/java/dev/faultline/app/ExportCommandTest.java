package dev.faultline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.export.PictureColors;
import dev.faultline.load.ModelLoader;
import dev.faultline.model.DatePrecision;
import dev.faultline.model.Era;
import dev.faultline.model.Event;
import dev.faultline.model.Excerpt;
import dev.faultline.model.PartialDate;
import dev.faultline.model.TimelineModel;
import dev.faultline.timeline.ColourContrast;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/** {@code --export}: each format written from the shipped model, read back and checked against the model. */
class ExportCommandTest {

    private static TimelineModel model;
    private static Map<String, Event> byId;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadShippedModel() {
        model = new ModelLoader().load(BuiltInModel.path()).model().orElseThrow();
        byId = model.events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
    }

    private record Run(int status, String out, String err) {
    }

    private static Run export(String... args) {
        List<String> all = new ArrayList<>();
        all.add("--export");
        all.addAll(Arrays.asList(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CommandLine.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<Event> safetyEvents() {
        return model.events().stream().filter(e -> e.factions().contains("safety")).toList();
    }

    @Test
    void csvHasOneParsableRowPerFilteredEventWithItsDatesAtTheirPrecision() throws Exception {
        Path file = dir.resolve("safety.csv");
        Run r = export("csv", "--out", file.toString(), "--faction", "safety");

        assertThat(r.status()).as(r.err()).isZero();
        CsvMapper csv = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = csv.readerForListOf(String.class).readValues(file.toFile())) {
            it.forEachRemaining(rows::add);
        }
        List<Event> expected = safetyEvents();
        assertThat(expected).isNotEmpty();
        assertThat(rows.get(0)).startsWith("id", "start", "end", "precision");
        assertThat(rows).hasSize(expected.size() + 1);
        assertThat(Files.readString(file)).contains("\r\n");
        for (int k = 0; k < expected.size(); k++) {
            Event e = expected.get(k);
            List<String> row = rows.get(k + 1);
            assertThat(row.get(0)).isEqualTo(e.id());
            assertThat(row.get(1)).isEqualTo(e.date().start().toIsoString());
            assertThat(row.get(2)).isEqualTo(e.date().endDate().map(PartialDate::toIsoString).orElse(""));
            assertThat(row.get(3)).isEqualTo(e.date().precision().name().toLowerCase(Locale.ROOT));
            assertThat(row.get(7)).isEqualTo(e.title().en());
            assertThat(row.get(12)).isEqualTo(String.join(";", e.factions()));
            for (Excerpt x : e.excerpts()) {
                assertThat(row.get(14)).contains(x.quote());
            }
        }
    }

    @Test
    void jsonCarriesEveryFieldOfEachEventAsTheModelHasIt() throws Exception {
        Path file = dir.resolve("all.json");
        Run r = export("json", "--out", file.toString());

        assertThat(r.status()).as(r.err()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
        assertThat(root.get("title").get("en").asString()).isEqualTo(model.title().en());
        JsonNode events = root.get("events");
        assertThat(events.size()).isEqualTo(model.events().size());
        for (JsonNode o : events) {
            Event e = byId.get(o.get("id").asString());
            assertThat(e).as(o.get("id").asString()).isNotNull();
            assertThat(o.get("start").asString()).isEqualTo(e.date().start().toIsoString());
            assertThat(o.get("end").isNull()).isEqualTo(e.date().end() == null);
            assertThat(o.get("approximate").asBoolean()).isEqualTo(e.date().approximate());
            assertThat(o.get("importance").asInt()).isEqualTo(e.importance());
            assertThat(o.get("title").get("en").asString()).isEqualTo(e.title().en());
            assertThat(strings(o.get("people"))).isEqualTo(e.people());
            assertThat(strings(o.get("factions"))).isEqualTo(e.factions());
            JsonNode excerpts = o.get("excerpts");
            assertThat(excerpts.size()).isEqualTo(e.excerpts().size());
            for (int k = 0; k < excerpts.size(); k++) {
                assertThat(excerpts.get(k).get("quote").asString()).isEqualTo(e.excerpts().get(k).quote());
                assertThat(excerpts.get(k).get("source").asString()).isEqualTo(e.excerpts().get(k).sourceId());
            }
        }
    }

    @Test
    void timelineJsHasDatesAtTheirPrecisionHeadlinesExcerptsCreditsAndEras() throws Exception {
        Path file = dir.resolve("timeline.json");
        Run r = export("timelinejs", "--out", file.toString());

        assertThat(r.status()).as(r.err()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
        assertThat(root.get("title").get("text").get("headline").asString()).isEqualTo(model.title().en());
        JsonNode slides = root.get("events");
        assertThat(slides.size()).isEqualTo(model.events().size());
        Set<DatePrecision> seen = new HashSet<>();
        for (JsonNode slide : slides) {
            Event e = byId.get(slide.get("unique_id").asString());
            PartialDate start = e.date().start();
            JsonNode date = slide.get("start_date");
            seen.add(start.precision());
            assertThat(date.get("year").asInt()).isEqualTo(start.year());
            assertThat(date.has("month")).as(e.id()).isEqualTo(start.precision() != DatePrecision.YEAR);
            assertThat(date.has("day")).as(e.id()).isEqualTo(start.precision() == DatePrecision.DAY);
            if (date.has("month")) {
                assertThat(date.get("month").asInt()).isEqualTo(start.month());
            }
            assertThat(slide.has("end_date")).isEqualTo(e.date().end() != null);
            assertThat(unescape(slide.get("text").get("headline").asString())).isEqualTo(e.title().en());
            String text = unescape(slide.get("text").get("text").asString());
            for (Excerpt x : e.excerpts()) {
                assertThat(text).contains(x.quote());
            }
            if (!e.excerpts().isEmpty()) {
                String credit = unescape(slide.get("media").get("credit").asString());
                dev.faultline.model.Source source = model.source(e.excerpts().get(0).sourceId()).orElseThrow();
                assertThat(credit).contains(source.title());
                // Led by the key the model's text cites it by, so "003 says …" in the text can be followed.
                assertThat(credit).startsWith(source.citeKey().orElseThrow() + " · ");
                assertThat(unescape(slide.get("media").get("url").asString()))
                        .isEqualTo("<blockquote>" + e.excerpts().get(0).quote() + "</blockquote>");
            }
        }
        assertThat(seen).as("the shipped model has dates of every precision").hasSize(3);
        JsonNode eras = root.get("eras");
        assertThat(eras.size()).isEqualTo(model.eras().size());
        for (int k = 0; k < eras.size(); k++) {
            Era era = model.eras().get(k);
            assertThat(eras.get(k).get("text").get("headline").asString()).isEqualTo(era.name().en());
            assertThat(eras.get(k).get("start_date").get("year").asInt()).isEqualTo(era.start().year());
            assertThat(eras.get(k).get("end_date").get("year").asInt()).isEqualTo(era.end().year());
        }
    }

    @Test
    void pngIsTheAskedSizeAtOneAndTwiceThePixelsAndShowsTheTimeline() throws Exception {
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");
        assertThat(export("png", "--out", one.toString(), "--width", "900", "--height", "600").status()).isZero();
        assertThat(export("png2x", "--out", two.toString(), "--width", "900", "--height", "600").status()).isZero();

        BufferedImage a = ImageIO.read(one.toFile());
        BufferedImage b = ImageIO.read(two.toFile());
        assertThat(a.getWidth()).isEqualTo(900);
        assertThat(a.getHeight()).isGreaterThanOrEqualTo(600);
        assertThat(b.getWidth()).isEqualTo(2 * a.getWidth());
        assertThat(b.getHeight()).isEqualTo(2 * a.getHeight());
        assertThat(share(a, PictureColors.LIGHT.background())).isBetween(0.3, 0.97);
        assertThat(colours(a)).as("faction colours, text and badges, not a blank image").isGreaterThan(20);
        // Every faction's colour, as drawn (nudged to 3:1 on the canvas), is in the picture: its lane's swatch at least.
        for (var f : model.factions()) {
            int rgb = ColourContrast.readableOn(Integer.parseInt(f.color().substring(1), 16),
                    PictureColors.LIGHT.background(), ColourContrast.GRAPHICS);
            assertThat(share(a, rgb)).as(f.id()).isPositive();
        }
    }

    @Test
    void aDarkChinesePngIsDarkAndDrawsChineseWithTheBundledFont() throws Exception {
        Path file = dir.resolve("dark.png");
        assertThat(export("png", "--out", file.toString(), "--theme", "dark", "--lang", "zh").status()).isZero();

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(share(image, PictureColors.DARK.background())).isGreaterThan(0.3);
        assertThat(share(image, PictureColors.LIGHT.background())).isZero();
    }

    @Test
    void svgKeepsItsWordsAsTextAtTheAskedSize() throws Exception {
        Path file = dir.resolve("crisis.svg");
        Run r = export("svg", "--out", file.toString(), "--from", "2023-11-16", "--to", "2023-11-22",
                "--width", "1200", "--height", "640");

        assertThat(r.status()).as(r.err()).isZero();
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("width")).isEqualTo("1200");
        assertThat(Integer.parseInt(root.getAttribute("height"))).isGreaterThanOrEqualTo(640);
        NodeList texts = root.getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int k = 0; k < texts.getLength(); k++) {
            words.add(texts.item(k).getTextContent());
        }
        assertThat(words).contains("The board fires Sam Altman", "The November 2023 crisis");
        assertThat(root.getElementsByTagName("rect").getLength()).isGreaterThan(20);
    }

    @Test
    void badUsageSaysWhatIsWrongAndWritesNothing() {
        Path file = dir.resolve("x.png");
        Run unknown = export("gif", "--out", file.toString());
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown export format 'gif'", "png, png2x, svg, csv, json, timelinejs");

        Run noOut = export("csv");
        assertThat(noOut.status()).isEqualTo(2);
        assertThat(noOut.err()).contains("--export needs --out FILE");

        Run badFilter = export("png", "--out", file.toString(), "--faction", "saftey");
        assertThat(badFilter.status()).isEqualTo(2);
        assertThat(badFilter.err()).contains("unknown faction 'saftey'", "did you mean 'safety'");
        assertThat(file).doesNotExist();

        Run noFolder = export("csv", "--out", dir.resolve("missing/x.csv").toString());
        assertThat(noFolder.status()).isEqualTo(1);
        assertThat(noFolder.err()).contains("could not write", "no such folder");
    }

    /** Reads back the HTML that TimelineJS gets: entities and line breaks. */
    private static String unescape(String html) {
        return html.replace("<br>", "\n").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static double share(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return (double) n / ((long) image.getWidth() * image.getHeight());
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return seen.size();
    }
}
