package dev.faultline.ui.filter;

import dev.faultline.ui.BundledFont;
import dev.faultline.text.LocalFormat;
import dev.faultline.model.Person;
import dev.faultline.text.AliasIndex;
import dev.faultline.text.FoldTable;
import dev.faultline.ui.UiText;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.StringConverter;

/**
 * Draws a {@link PeoplePicker}: a button with the count of people chosen, and a popup with a search field over a
 * check list. The search matches every name form through an {@link AliasIndex}, so 奥特曼 finds 薩姆・奧特曼.
 */
final class PeoplePickerSkin extends SkinBase<PeoplePicker> {

    private final Button button = new Button();
    private final Region arrow = new Region();
    private final Popup popup = new Popup();
    private final TextField find = new TextField();
    private final ListView<Person> list = new ListView<>();
    private final Label none = new Label();
    private final Button clear = new Button();
    private final FilteredList<Person> shown;
    private final Map<String, BooleanProperty> checks = new HashMap<>();
    private AliasIndex names = AliasIndex.of(Map.of());
    private boolean syncing;

    private final InvalidationListener onLocale = o -> relabel();
    private final ListChangeListener<Person> onPeople = c -> reindex();
    private final SetChangeListener<String> onChosen = c -> syncChecks();
    private final InvalidationListener onShowing = o -> showOrHide();

    PeoplePickerSkin(PeoplePicker picker) {
        super(picker);
        shown = new FilteredList<>(picker.getPeople());
        arrow.getStyleClass().add("arrow");
        button.getStyleClass().add("picker-button");
        button.setId("people-picker-button");
        button.setGraphic(arrow);
        button.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(e -> {
            if (picker.isShowing()) {
                picker.hide();
            } else {
                picker.show();
            }
        });
        getChildren().add(button);

        find.setId("people-find");
        find.getStyleClass().add("people-find");
        find.textProperty().addListener(o -> refilter());
        find.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !shown.isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && shown.size() == 1) {
                toggle(shown.get(0));
                e.consume();
            }
        });
        list.setId("people-list");
        list.setItems(shown);
        list.setPlaceholder(none);
        list.setPrefHeight(260);
        list.setPrefWidth(260);
        list.setCellFactory(v -> new CheckBoxListCell<>(this::checkOf, new StringConverter<>() {
            @Override
            public String toString(Person p) {
                return p == null ? "" : LocalFormat.of(getSkinnable().getLocale()).text(p.name());
            }

            @Override
            public Person fromString(String s) {
                return null;
            }
        }));
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            Person focused = list.getSelectionModel().getSelectedItem();
            if ((e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) && focused != null) {
                toggle(focused);
                e.consume();
            }
        });
        clear.setId("people-clear");
        clear.setOnAction(e -> getSkinnable().getChosen().clear());
        HBox footer = new HBox(clear);
        footer.getStyleClass().add("people-footer");
        VBox content = new VBox(6, find, list, footer);
        content.getStyleClass().add("people-popup");
        VBox.setVgrow(list, Priority.ALWAYS);
        // The popup is a separate scene: it takes the control's stylesheet along.
        content.getStylesheets().addAll(BundledFont.STYLESHEET, picker.getUserAgentStylesheet());
        content.getStyleClass().add("bundled-face");
        popup.getContent().add(content);
        popup.setAutoHide(true);
        popup.setOnHidden(e -> getSkinnable().hide());
        popup.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                getSkinnable().hide();
                button.requestFocus();
                e.consume();
            }
        });

        picker.localeProperty().addListener(onLocale);
        picker.getPeople().addListener(onPeople);
        picker.getChosen().addListener(onChosen);
        picker.showingProperty().addListener(onShowing);
        reindex();
        relabel();
    }

    private BooleanProperty checkOf(Person p) {
        return checks.computeIfAbsent(p.id(), id -> {
            BooleanProperty check = new SimpleBooleanProperty(getSkinnable().getChosen().contains(id));
            check.addListener((o, was, now) -> {
                if (!syncing) {
                    if (now) {
                        getSkinnable().getChosen().add(id);
                    } else {
                        getSkinnable().getChosen().remove(id);
                    }
                }
            });
            return check;
        });
    }

    private void toggle(Person p) {
        BooleanProperty check = checkOf(p);
        check.set(!check.get());
    }

    private void syncChecks() {
        syncing = true;
        try {
            Set<String> chosen = getSkinnable().getChosen();
            checks.forEach((id, check) -> check.set(chosen.contains(id)));
        } finally {
            syncing = false;
        }
        relabel();
    }

    private void reindex() {
        names = AliasIndex.ofPeople(getSkinnable().getPeople());
        checks.keySet().retainAll(names.ids());
        refilter();
        relabel();
    }

    private void refilter() {
        String term = FoldTable.instance().fold(find.getText() == null ? "" : find.getText().strip());
        if (term.isEmpty()) {
            shown.setPredicate(null);
            return;
        }
        Set<String> matching = names.containing(term).stream().map(AliasIndex.Match::id)
                .collect(Collectors.toSet());
        shown.setPredicate(p -> matching.contains(p.id()));
    }

    private void relabel() {
        PeoplePicker picker = getSkinnable();
        UiText text = UiText.of("filter", picker.getLocale());
        Set<String> chosen = picker.getChosen();
        button.setText(chosen.isEmpty() ? text.get("bar.people") : text.format("bar.peopleChosen", chosen.size()));
        picker.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("chosen"), !chosen.isEmpty());
        String names = picker.getPeople().stream().filter(p -> chosen.contains(p.id()))
                .map(p -> LocalFormat.of(picker.getLocale()).text(p.name())).collect(Collectors.joining(", "));
        button.setTooltip(names.isEmpty() ? null : new Tooltip(names));
        find.setPromptText(text.get("bar.peopleFind"));
        none.setText(text.get("bar.peopleNone"));
        clear.setText(text.get("bar.peopleClear"));
        list.refresh();
    }

    private void showOrHide() {
        PeoplePicker picker = getSkinnable();
        if (picker.isShowing() && !popup.isShowing()) {
            if (picker.getScene() == null || picker.getScene().getWindow() == null) {
                picker.hide();
                return;
            }
            Bounds b = picker.localToScreen(picker.getBoundsInLocal());
            popup.show(picker, b.getMinX(), b.getMaxY() + 2);
            find.requestFocus();
        } else if (!picker.isShowing() && popup.isShowing()) {
            popup.hide();
        }
    }

    @Override
    public void dispose() {
        PeoplePicker picker = getSkinnable();
        picker.localeProperty().removeListener(onLocale);
        picker.getPeople().removeListener(onPeople);
        picker.getChosen().removeListener(onChosen);
        picker.showingProperty().removeListener(onShowing);
        popup.hide();
        getChildren().clear();
        super.dispose();
    }
}
