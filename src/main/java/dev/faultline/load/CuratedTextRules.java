package dev.faultline.load;

import dev.faultline.load.LocatedJson.JsonArray;
import dev.faultline.load.LocatedJson.JsonObject;
import dev.faultline.load.LocatedJson.JsonString;
import dev.faultline.load.LocatedJson.Member;
import dev.faultline.text.ChinesePunctuation;
import dev.faultline.text.ScriptConverter;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Rules for the text the model writes in its own voice (titles, summaries, names, bios, roles, eras, factions,
 * organisations, disagreement topics and claims, notes, provenance, reasons): each has Chinese beside its English, and
 * that Chinese is Traditional, with no Simplified-only character ({@link ScriptConverter#simplifiedOnly}, the same
 * converter the app uses). Quotes and aliases are copied from the seeds and source titles are the source's own, so
 * they keep their script and are not checked here.
 *
 * <p>It walks the located tree (an event's subtree, for events) rather than the records so that each problem names its line and column; it reports
 * nothing about shapes and types, which {@link ModelReader} already does.
 */
final class CuratedTextRules {

    private final Problems problems;
    private static final ScriptConverter CONVERTER = ScriptConverter.instance();

    private CuratedTextRules(Problems problems) {
        this.problems = problems;
    }

    /** Checks every curated text object under {@code root}. */
    static void check(LocatedJson root, Problems problems) {
        if (root instanceof JsonObject top) {
            new CuratedTextRules(problems).model(top);
        }
    }

    /**
     * Checks the curated text of one event: {@link ModelReader} calls it for each event as it reads it, since the
     * events are streamed and never stand in the tree {@link #check} walks.
     */
    static void checkEvent(LocatedJson node, String path, Problems problems) {
        if (node instanceof JsonObject event) {
            CuratedTextRules rules = new CuratedTextRules(problems);
            rules.texts(event, path, "title", "summary", "curatorNote");
            if (member(event, "date") instanceof JsonObject date) {
                rules.texts(date, LocatedJsonReader.memberPath(path, "date"), "note");
            }
        }
    }

    private void model(JsonObject top) {
        texts(top, "$", "title", "description");
        each(top, "$", "sources", (source, path) -> {
            texts(source, path, "provenance");
            each(source, path, "nonArticle", (part, partPath) -> texts(part, partPath, "note"));
        });
        each(top, "$", "factions", (faction, path) -> texts(faction, path, "name", "description"));
        each(top, "$", "organizations", (organization, path) -> texts(organization, path, "name", "description"));
        each(top, "$", "people", (person, path) -> {
            texts(person, path, "name", "bio");
            each(person, path, "roles", (role, rolePath) -> texts(role, rolePath, "title", "note"));
            each(person, path, "factions", (membership, mPath) -> texts(membership, mPath, "note"));
        });
        each(top, "$", "eras", (era, path) -> texts(era, path, "name", "description"));
        each(top, "$", "disagreements", (disagreement, path) -> {
            texts(disagreement, path, "topic", "curatorNote");
            each(disagreement, path, "claims", (claim, claimPath) -> texts(claim, claimPath, "claim"));
        });
        each(top, "$", "uncited", (passage, path) -> texts(passage, path, "reason"));
    }

    /** Visits each object of the array member {@code name}, with its path. */
    private static void each(JsonObject parent, String parentPath, String name, BiConsumer<JsonObject, String> visit) {
        if (member(parent, name) instanceof JsonArray array) {
            String path = LocatedJsonReader.memberPath(parentPath, name);
            for (int i = 0; i < array.items().size(); i++) {
                if (array.items().get(i) instanceof JsonObject item) {
                    visit.accept(item, path + "[" + i + "]");
                }
            }
        }
    }

    private static LocatedJson member(JsonObject object, String name) {
        return object.members().value(name);
    }

    private void texts(JsonObject parent, String parentPath, String... names) {
        for (String name : names) {
            if (member(parent, name) instanceof JsonObject text && member(text, "en") instanceof JsonString) {
                text(text, parentPath, name);
            }
        }
    }

    /** Checks the text object {@code name} of the object at {@code parentPath}; paths are spelled out only for a problem. */
    private void text(JsonObject text, String parentPath, String name) {
        LocatedJson zh = member(text, "zh");
        if (zh == null) {
            problems.error(text.position(), LocatedJsonReader.memberPath(parentPath, name), "\"" + name + "\" has no Chinese: add \"zh\" (Traditional Chinese)"
                    + " beside \"en\"; everything the model says is said in both languages");
        } else if (zh instanceof JsonString s && s.value().isBlank()) {
            problems.error(s.position(), zhPath(parentPath, name), "\"zh\" of \"" + name + "\" is empty; write the Chinese"
                    + " (Traditional) beside \"en\"");
        } else if (zh instanceof JsonString s) {
            Set<String> simplified = CONVERTER.simplifiedOnly(s.value());
            if (!simplified.isEmpty()) {
                problems.error(s.position(), zhPath(parentPath, name), "\"zh\" of \"" + name + "\" has Simplified-only "
                        + (simplified.size() == 1 ? "character " : "characters ") + simplified.stream()
                        .map(c -> c + " (Traditional " + CONVERTER.toTraditional(c) + ")")
                        .collect(Collectors.joining(", "))
                        + "; curated Chinese is Traditional (Taiwan forms); only quotes keep their source's script");
            }
            int at = ChinesePunctuation.firstHalfWidth(s.value());
            if (at >= 0) {
                problems.warning(s.position(), zhPath(parentPath, name), "\"zh\" of \"" + name + "\" has a half-width '"
                        + s.value().charAt(at) + "' in Chinese text (character " + (at + 1) + "); Chinese text takes"
                        + " full-width marks (，：；？！（）), as written in Taiwan; a source's words quoted in 「」 keep"
                        + " theirs");
            }
        }
    }

    private static String zhPath(String parentPath, String name) {
        return LocatedJsonReader.memberPath(LocatedJsonReader.memberPath(parentPath, name), "zh");
    }
}
