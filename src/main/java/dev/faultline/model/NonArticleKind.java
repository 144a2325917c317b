package dev.faultline.model;

/** Kinds of text in a seed file that are not the article itself. */
public enum NonArticleKind {
    ADVERTISEMENT, PREAMBLE, POSTSCRIPT, IMAGE_LINK, FRONT_MATTER, BYLINE
}
