/** Entry points: the desktop app, and the headless commands (validate, list, frame benchmark). */
package dev.faultline.app;
