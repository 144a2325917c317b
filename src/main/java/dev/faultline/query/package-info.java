/**
 * Filters and search over a model: which events match a faction, person, kind, source, time range and text query.
 * Shared by the UI and the headless {@code --list} command; and {@link dev.faultline.query.Coverage}, which sentences
 * of each source the model cites, shared by the source reader and {@code --coverage}.
 */
package dev.faultline.query;
