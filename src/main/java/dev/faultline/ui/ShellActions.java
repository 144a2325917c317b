package dev.faultline.ui;

/** What the menus ask of the app around them; the app decides how (file choosers, tasks, preferences). */
public interface ShellActions {

    /** Lets the person choose a model file and opens it. */
    void openModel();

    /** Opens the curated model that ships with the app. */
    void openBuiltInModel();

    /** Lets the person choose a file and a format, and exports the timeline or the filtered events to it. */
    void export();

    /** Forgets the saved view (filter, selection, window, timeline window) and shows the defaults. */
    void resetView();

    /** Fits the whole timeline into view. */
    void fitTimeline();

    /** Puts the keyboard in the search field. */
    void focusSearch();

    /** Closes the app. */
    void quit();
}
