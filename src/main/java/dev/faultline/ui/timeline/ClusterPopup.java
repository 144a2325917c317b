package dev.faultline.ui.timeline;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * The list a cluster badge opens: its events, title and date, in date order. Choosing one (click or Enter) hands its
 * item to the timeline to select; a button zooms to the cluster instead. The list is virtual, so a badge of a
 * hundred thousand events opens as fast as one of three (it shows the first {@value #LIMIT}).
 */
final class ClusterPopup {

    static final int LIMIT = 5000;

    /** One row: an item, its title and its date. */
    record Entry(int item, String title, String date) {
    }

    private final Popup popup = new Popup();
    private final Label header = new Label();
    private final Label more = new Label();
    private final ListView<Entry> list = new ListView<>();
    private final Button zoom = new Button();
    private IntConsumer onChoose = i -> { };
    private Runnable onZoom = () -> { };

    ClusterPopup(String stylesheet) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(header, spacer, zoom);
        top.getStyleClass().add("top");
        VBox root = new VBox(top, list, more);
        root.setId("timeline-cluster-popup");
        root.getStyleClass().add("timeline-cluster-popup");
        root.getStylesheets().addAll(dev.faultline.ui.BundledFont.STYLESHEET, stylesheet);
        root.getStyleClass().add("bundled-face");
        header.getStyleClass().add("header");
        more.getStyleClass().add("more");
        list.setId("timeline-cluster-list");
        list.setPrefSize(320, 220);
        list.setCellFactory(v -> new EntryCell());
        zoom.setId("timeline-cluster-zoom");
        zoom.getStyleClass().add("zoom");
        zoom.setOnAction(e -> {
            popup.hide();
            onZoom.run();
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                choose(list.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                e.consume();
            }
        });
        popup.getContent().add(root);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    private void choose(Entry entry) {
        popup.hide();
        onChoose.accept(entry.item());
    }

    /** Opens the list under a point of {@code owner}, replacing what it showed. */
    void show(Node owner, double screenX, double screenY, String headerText, String zoomText, String moreText,
            List<Entry> entries, IntConsumer choose, Runnable zoomTo) {
        this.onChoose = choose;
        this.onZoom = zoomTo;
        header.setText(headerText);
        zoom.setText(zoomText);
        more.setText(moreText == null ? "" : moreText);
        more.setVisible(moreText != null);
        more.setManaged(moreText != null);
        list.setItems(FXCollections.observableArrayList(entries));
        list.setPrefHeight(Math.min(260, 12 + entries.size() * 42.0));
        list.getSelectionModel().clearSelection();
        popup.show(owner, screenX, screenY);
        list.requestFocus();
    }

    void hide() {
        popup.hide();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    private final class EntryCell extends ListCell<Entry> {
        private final Label title = new Label();
        private final Label date = new Label();
        private final VBox box = new VBox(title, date);

        EntryCell() {
            title.getStyleClass().add("title");
            date.getStyleClass().add("date");
            box.getStyleClass().add("entry");
            // Long titles end in an ellipsis instead of widening the list (no sideways scrolling).
            setPrefWidth(0);
            title.setMaxWidth(Double.MAX_VALUE);
            box.setMinWidth(0);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() != null) {
                    choose(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
            } else {
                title.setText(entry.title());
                date.setText(entry.date());
                setGraphic(box);
                setText(null);
            }
        }
    }
}
