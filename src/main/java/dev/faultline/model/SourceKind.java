package dev.faultline.model;

/** What sort of text a source is. */
public enum SourceKind {
    BOOK_SUMMARY, NEWS, TRANSCRIPT, COMMENTARY
}
