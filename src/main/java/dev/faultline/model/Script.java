package dev.faultline.model;

/** The Chinese script a source is written in. */
public enum Script {
    TRADITIONAL, SIMPLIFIED
}
