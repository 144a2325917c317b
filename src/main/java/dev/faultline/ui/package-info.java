/** JavaFX controls, skins and panes, the one observable application state they share, and UI strings. */
package dev.faultline.ui;
