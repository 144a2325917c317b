package dev.faultline.ui;

/** What happens to events that do not match the filter: hidden, or drawn faint. */
public enum FilterMode {
    HIDE, DIM
}
