/**
 * The reading panes: the event in detail with its verbatim excerpts and disagreements, the source reader, a person's
 * panel, and the sources view. Each is a Control that follows {@link dev.faultline.ui.AppState} and changes it only by
 * selecting.
 */
package dev.faultline.ui.detail;
