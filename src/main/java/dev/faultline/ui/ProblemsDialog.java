package dev.faultline.ui;

import dev.faultline.load.Problem;
import dev.faultline.text.Language;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Every problem found in a model file, each with its file, line and column, in a dialog that can be copied from.
 * Shown instead of the model when it cannot be opened; the model on show stays.
 */
public final class ProblemsDialog {

    private ProblemsDialog() {
    }

    /** Builds the dialog (not yet shown) in one language, so tests can look inside it; a model stays open behind it. */
    public static Alert create(Window owner, String fileName, List<Problem> problems, Locale locale) {
        return create(owner, fileName, problems, new ReadOnlyObjectWrapper<>(locale), true);
    }

    /** Builds the dialog (not yet shown) in one language; {@code modelKept} as below. */
    public static Alert create(Window owner, String fileName, List<Problem> problems, Locale locale,
            boolean modelKept) {
        return create(owner, fileName, problems, new ReadOnlyObjectWrapper<>(locale), modelKept);
    }

    /**
     * Builds the dialog (not yet shown) in the language a locale property holds; its words follow the property while
     * it is open. The problems themselves are the loader's messages and stay as written. {@code modelKept} says
     * whether a model stays open behind it, so the header promises that only when it is true.
     */
    public static Alert create(Window owner, String fileName, List<Problem> problems,
            ObservableValue<Locale> locale, boolean modelKept) {
        long errors = problems.stream().filter(Problem::isError).count();
        Alert alert = new Alert(errors > 0 ? Alert.AlertType.ERROR : Alert.AlertType.WARNING);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.titleProperty().bind(Bindings.createStringBinding(
                () -> UiText.of("shell", locale.getValue()).get("dialog.problems.title"), locale));
        alert.headerTextProperty().bind(Bindings.createStringBinding(() -> {
            UiText text = UiText.of("shell", locale.getValue());
            return errors > 0 && !modelKept ? text.format("dialog.problems.headerNoModel", fileName)
                    : errors > 0 ? text.format("dialog.problems.header", fileName, problems.size())
                    : text.format("dialog.problems.warningsHeader", fileName, problems.size());
        }, locale));
        ListView<Problem> list = new ListView<>();
        list.setId("problem-list");
        list.getItems().setAll(problems);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.format());
                setWrapText(true);
                setPrefWidth(0);
                getStyleClass().removeAll("problem-error", "problem-warning");
                if (!empty && p != null) {
                    getStyleClass().add(p.isError() ? "problem-error" : "problem-warning");
                }
            }
        });
        list.setPrefSize(760, 320);
        // The problems are the loader's messages, written once, in English, as the command line prints them: in the
        // Chinese UI a discreet line says so rather than mixing languages without a word.
        Label englishOnly = new Label();
        englishOnly.setId("problems-english-only");
        englishOnly.getStyleClass().add("problems-english-only");
        englishOnly.textProperty().bind(Bindings.createStringBinding(
                () -> UiText.of("shell", locale.getValue()).get("dialog.problems.englishOnly"), locale));
        englishOnly.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> Language.of(locale.getValue()).chinese(), locale));
        englishOnly.managedProperty().bind(englishOnly.visibleProperty());
        VBox content = new VBox(8, englishOnly, list);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefWidth(800);
        alert.getDialogPane().getStylesheets().addAll(BundledFont.STYLESHEET,
                ProblemsDialog.class.getResource("main-window.css").toExternalForm());
        ButtonType copy = new ButtonType("copy", javafx.scene.control.ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        // A ButtonType's text is fixed, so the buttons' own labels are bound instead.
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.setId("problems-copy");
        copyButton.textProperty().bind(Bindings.createStringBinding(
                () -> UiText.of("shell", locale.getValue()).get("dialog.problems.copy"), locale));
        Button closeButton = (Button) alert.getDialogPane().lookupButton(ButtonType.CLOSE);
        closeButton.setId("problems-close");
        closeButton.textProperty().bind(Bindings.createStringBinding(
                () -> UiText.of("shell", locale.getValue()).get("dialog.close"), locale));
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
            Clipboard.getSystemClipboard().setContent(c);
            e.consume();
        });
        alert.setResizable(true);
        return alert;
    }
}
