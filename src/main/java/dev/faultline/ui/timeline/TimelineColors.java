package dev.faultline.ui.timeline;

import javafx.scene.paint.Color;

/** The colours a frame is drawn in, read from the control's {@code -tl-*} CSS properties. */
record TimelineColors(Color background, Color text, Color mutedText, Color grid, Color majorGrid, Color accent,
        Color card, Color badge, Color badgeText, Color era) {
}
