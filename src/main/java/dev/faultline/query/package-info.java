/**
 * Filters and search over a model: which events match a faction, person, kind, source, time range and text query.
 * Shared by the UI and the headless {@code --list} command.
 */
package dev.faultline.query;
