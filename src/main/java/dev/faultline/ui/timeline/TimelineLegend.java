package dev.faultline.ui.timeline;

import dev.faultline.ui.UiText;
import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Popup;

/**
 * What the timeline's marks mean, each beside a small drawing of it: a card and its colour edge, importance, exact,
 * month- or year-precise and inferred dates, ranges, eras, badges and the selection. Opened from the "?" in the
 * timeline's header or View → Legend; closes on a click elsewhere or Escape.
 */
final class TimelineLegend {

    private static final double SWATCH_W = 46;
    private static final double SWATCH_H = 22;
    private static final String[] ROWS = {"card", "importance", "exact", "vague", "approximate", "range", "era",
        "badge", "selected"};

    private final Popup popup = new Popup();
    private final VBox box = new VBox(8);
    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    private Locale locale = Locale.ENGLISH;
    private TimelineColors colours;

    TimelineLegend() {
        box.setId("timeline-legend");
        box.getStyleClass().add("timeline-legend");
        box.getStylesheets().add(
                Objects.requireNonNull(TimelineView.class.getResource("timeline-view.css")).toExternalForm());
        title.getStyleClass().add("legend-title");
        grid.getStyleClass().add("legend-grid");
        grid.setHgap(10);
        grid.setVgap(6);
        box.getChildren().addAll(title, grid);
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    void setLocale(Locale value) {
        locale = value == null ? Locale.ENGLISH : value;
        if (popup.isShowing()) {
            fill();
        }
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    /** Shows the legend under a node (the "?" button), in the timeline's colours. */
    void showBeside(Node anchor, TimelineColors colours) {
        this.colours = colours;
        fill();
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        if (b == null) {
            return;
        }
        popup.show(anchor, b.getMaxX(), b.getMaxY() + 4);
        // Right-aligned under the button, so it never hangs off the window's right edge.
        popup.setX(Math.max(0, b.getMaxX() - box.getWidth()));
    }

    void hide() {
        popup.hide();
    }

    private void fill() {
        UiText text = UiText.of("timeline", locale);
        title.setText(text.get("legend.title"));
        grid.getChildren().clear();
        for (int r = 0; r < ROWS.length; r++) {
            Canvas swatch = new Canvas(SWATCH_W, SWATCH_H);
            draw(swatch.getGraphicsContext2D(), ROWS[r]);
            Label label = new Label(text.get("legend." + ROWS[r]));
            label.setWrapText(true);
            label.setMaxWidth(330);
            label.setId("legend-" + ROWS[r]);
            grid.addRow(r, swatch, label);
        }
    }

    /** A small drawing of one mark, in the painter's shapes. */
    private void draw(GraphicsContext gc, String row) {
        TimelineColors c = colours;
        Color faction = Color.web("#0072B2");
        gc.setFill(c.background());
        gc.fillRect(0, 0, SWATCH_W, SWATCH_H);
        switch (row) {
            case "card", "importance", "selected" -> {
                if (row.equals("selected")) {
                    gc.setFill(c.accent());
                    gc.fillRect(3, 3, 40, 17);
                } else {
                    gc.setFill(c.majorGrid());
                    gc.fillRect(4, 4, 38, 15);
                }
                gc.setFill(c.card());
                gc.fillRect(5, 5, 36, 13);
                gc.setFill(row.equals("importance") ? Color.web("#D55E00") : faction);
                gc.fillRect(4, 5, 3, 13);
                gc.setFill(c.text());
                gc.fillRect(10, 8, 22, 2);
                gc.setFill(c.mutedText());
                gc.fillRect(10, 13, 14, 2);
            }
            case "exact" -> {
                gc.setFill(faction);
                gc.fillRect(8, 6, 3, 10);
            }
            case "vague", "approximate" -> {
                // As the painter draws them: a month or year fades across its span; an inferred date is pale.
                gc.setFill(row.equals("vague")
                        ? new javafx.scene.paint.LinearGradient(4, 0, 42, 0, false,
                                javafx.scene.paint.CycleMethod.NO_CYCLE,
                                new javafx.scene.paint.Stop(0, faction.deriveColor(0, 1, 1, 0.55)),
                                new javafx.scene.paint.Stop(1, faction.deriveColor(0, 1, 1, 0.06)))
                        : faction.deriveColor(0, 1, 1, 0.35));
                gc.fillRect(4, 8, 38, 6);
                gc.setStroke(faction);
                gc.setLineWidth(1);
                gc.setLineDashes(3, 3);
                gc.strokeRect(4.5, 8.5, 37, 5);
                gc.setLineDashes((double[]) null);
            }
            case "range" -> {
                gc.setFill(faction);
                gc.fillRect(4, 8, 38, 6);
            }
            case "era" -> {
                gc.setFill(c.era());
                gc.fillRect(0, 4, SWATCH_W, 14);
                gc.setFill(c.mutedText());
                gc.fillRect(6, 10, 24, 2);
            }
            case "badge" -> {
                gc.setFill(c.badge());
                gc.fillRoundRect(9, 3, 28, 16, 16, 16);
                gc.setFill(c.badgeText());
                gc.fillRect(20, 10, 7, 2);
            }
            default -> throw new IllegalArgumentException(row);
        }
    }
}
