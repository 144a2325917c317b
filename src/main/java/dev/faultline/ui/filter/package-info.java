/**
 * The filter bar (factions, people, kinds, sources, time range, hide or dim), the search field and the search
 * results, and the runner that applies the filter off the JavaFX thread and publishes what matches.
 */
package dev.faultline.ui.filter;
