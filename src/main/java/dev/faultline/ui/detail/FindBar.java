package dev.faultline.ui.detail;

import dev.faultline.ui.UiText;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The reader's find bar: a field, "3 of 7", previous, next and close. Enter goes to the next match, Shift+Enter to the
 * previous one, Esc closes. It only draws and reports; the reader's skin does the finding.
 */
final class FindBar extends HBox {

    static final String DEFAULT_STYLE_CLASS = "find-bar";

    private final TextField field = new TextField();
    private final Label count = new Label();
    private final Button previous = new Button("↑");
    private final Button next = new Button("↓");
    private final Button close = new Button("×");

    FindBar(Runnable onNext, Runnable onPrevious, Runnable onClose) {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setId("find-bar");
        field.setId("find-field");
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        previous.setId("find-previous");
        next.setId("find-next");
        close.setId("find-close");
        HBox.setHgrow(field, Priority.ALWAYS);
        previous.setOnAction(e -> onPrevious.run());
        next.setOnAction(e -> onNext.run());
        close.setOnAction(e -> onClose.run());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                (e.isShiftDown() ? onPrevious : onNext).run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            }
        });
        getChildren().addAll(field, count, previous, next, close);
    }

    /** Puts the bar's words in a language. */
    void relabel(UiText ui) {
        field.setPromptText(ui.get("reader.findPrompt"));
        LazyTooltip.install(previous, ui.get("reader.findPrevious"));
        LazyTooltip.install(next, ui.get("reader.findNext"));
        LazyTooltip.install(close, ui.get("reader.findClose"));
    }

    TextField field() {
        return field;
    }

    void setCount(String text) {
        count.setText(text);
    }

    void setNavigable(boolean navigable) {
        previous.setDisable(!navigable);
        next.setDisable(!navigable);
    }
}
