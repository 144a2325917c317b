package dev.faultline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One seed article: its metadata, its provenance, the parts of it that are not article text, and its full text
 * exactly as the file holds it (the excerpts' offsets point into {@link #text()}). {@code cite}, when set, is the
 * short key by which the model's own words name the source ("003 says …"); the app shows it wherever it shows the
 * source, so that such a sentence can be followed to its article.
 */
public record Source(String id, String cite, String file, String title, String titleEn, String author, String outlet,
        PartialDate published, Script script, SourceKind kind, LocalizedText provenance, List<NonArticlePart> nonArticle,
        String text) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        nonArticle = List.copyOf(nonArticle);
    }

    /** The key the model's text cites this source by, if it has one. */
    public Optional<String> citeKey() {
        return Optional.ofNullable(cite);
    }

    /** A name of this source led by its key ("003 · name") where it is named in plain text; without a key, the name. */
    public String keyed(String name) {
        return cite == null ? name : cite + " · " + name;
    }

    public Optional<String> authorName() {
        return Optional.ofNullable(author);
    }

    public Optional<String> outletName() {
        return Optional.ofNullable(outlet);
    }

    public Optional<PartialDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** The text of a range of this source. */
    public String slice(TextRange range) {
        return text.substring(range.start(), range.end());
    }

    /** The non-article part covering an offset, if any. */
    public Optional<NonArticlePart> nonArticleAt(int offset) {
        return nonArticle.stream().filter(p -> p.range().contains(offset)).findFirst();
    }

    @Override
    public String toString() {
        return "Source[" + id + ", " + file + ", " + text.length() + " chars]";
    }
}
