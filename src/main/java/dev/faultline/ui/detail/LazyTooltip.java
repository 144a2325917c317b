package dev.faultline.ui.detail;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip that is only built when the mouse first enters its node. A Tooltip is a popup control with its own
 * styling; a reader or an event with dozens of cited passages would otherwise build dozens that are never seen, and
 * that cost showed up as tens of milliseconds per page.
 */
final class LazyTooltip {

    private LazyTooltip() {
    }

    /** Shows {@code text} as the node's tooltip from the first time the mouse enters it. */
    static void install(Node node, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        EventHandler<MouseEvent> first = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(node, new Tooltip(text));
            }
        };
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, first);
    }
}
