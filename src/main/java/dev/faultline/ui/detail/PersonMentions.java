package dev.faultline.ui.detail;

import dev.faultline.model.Person;
import dev.faultline.model.Source;
import dev.faultline.model.TextRange;
import dev.faultline.model.TimelineModel;
import dev.faultline.text.MentionFinder;
import dev.faultline.text.PassageContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the sources name someone: for each source that does, every mention (through all their aliases and both
 * canonical names, in either script), gathered into snippets of the sentence around them, so that two mentions in
 * one sentence make one snippet. Pure Java; the person panel runs it off the JavaFX thread.
 */
final class PersonMentions {

    /** Characters of a long sentence kept either side of a mention. */
    private static final int SNIPPET_CHARS = 70;

    private PersonMentions() {
    }

    /** A sentence (or part of one) with the mentions in it. */
    record Snippet(TextRange context, List<TextRange> mentions, boolean cutAtStart, boolean cutAtEnd) {
        Snippet {
            mentions = List.copyOf(mentions);
        }
    }

    /** The mentions in one source: how many, and in which snippets. */
    record InSource(Source source, int count, List<Snippet> snippets) {
        InSource {
            snippets = List.copyOf(snippets);
        }
    }

    /** The sources that mention the person, in the model's order, with their mentions. */
    static List<InSource> find(TimelineModel model, Person person) {
        MentionFinder finder = MentionFinder.forPerson(person);
        List<InSource> result = new ArrayList<>();
        for (Source source : model.sources()) {
            List<TextRange> mentions = finder.findIn(source.text());
            if (!mentions.isEmpty()) {
                result.add(new InSource(source, mentions.size(), snippets(source.text(), mentions)));
            }
        }
        return result;
    }

    /** Groups mentions (in text order) into sentence snippets. */
    static List<Snippet> snippets(String text, List<TextRange> mentions) {
        List<Snippet> snippets = new ArrayList<>();
        PassageContext current = null;
        List<TextRange> inCurrent = new ArrayList<>();
        for (TextRange m : mentions) {
            if (current != null && m.end() <= current.context().end()) {
                inCurrent.add(m);
                continue;
            }
            if (current != null) {
                snippets.add(snippetOf(current, inCurrent));
            }
            current = PassageContext.around(text, m, 0, SNIPPET_CHARS);
            inCurrent = new ArrayList<>(List.of(m));
        }
        if (current != null) {
            snippets.add(snippetOf(current, inCurrent));
        }
        return snippets;
    }

    private static Snippet snippetOf(PassageContext ctx, List<TextRange> mentions) {
        return new Snippet(ctx.context(), mentions, ctx.cutAtStart(), ctx.cutAtEnd());
    }
}
