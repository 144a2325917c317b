package dev.faultline.ui.timeline;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The small card shown while the pointer rests on an event: title, date, people. A plain node over the canvas that
 * never takes the mouse, kept inside the timeline's area.
 */
final class HoverCard extends VBox {

    private final Label title = new Label();
    private final Label date = new Label();
    private final Label people = new Label();
    private final Label note = new Label();

    HoverCard() {
        setId("timeline-hover-card");
        getStyleClass().add("timeline-hover-card");
        title.getStyleClass().add("title");
        date.getStyleClass().add("date");
        people.getStyleClass().add("people");
        note.getStyleClass().add("note");
        for (Label l : new Label[] {title, date, people, note}) {
            l.setWrapText(true);
            l.setMaxWidth(300);
        }
        getChildren().addAll(title, date, people, note);
        setManaged(false);
        setMouseTransparent(true);
        setVisible(false);
    }

    /** Shows the card near a point, flipped left or up where it would leave the area. */
    void show(String titleText, String dateText, String peopleText, String noteText, double x, double y,
            double areaWidth, double areaHeight) {
        title.setText(titleText);
        date.setText(dateText);
        set(people, peopleText);
        set(note, noteText);
        applyCss();
        autosize();
        double w = getWidth();
        double h = getHeight();
        double px = x + 14 + w > areaWidth ? Math.max(0, x - 14 - w) : x + 14;
        double py = y + 16 + h > areaHeight ? Math.max(0, y - 8 - h) : y + 16;
        relocate(px, py);
        setVisible(true);
    }

    private static void set(Label label, String text) {
        boolean any = text != null && !text.isBlank();
        label.setText(any ? text : "");
        label.setVisible(any);
        label.setManaged(any);
    }

    void hide() {
        setVisible(false);
    }

    String titleText() {
        return title.getText();
    }
}
