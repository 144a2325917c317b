package dev.faultline.ui.filter;

import dev.faultline.model.Person;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A button that opens a searchable check list of people: type any form of a name, in either script, to narrow the
 * list; tick as many as you like. Shows how many are chosen. The people and the chosen ids are the state; whoever
 * uses it observes {@link #getChosen()}.
 */
public final class PeoplePicker extends Control {

    /** The style class of the control, and the name of its stylesheet. */
    public static final String DEFAULT_STYLE_CLASS = "people-picker";

    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableSet<String> chosen = FXCollections.observableSet();
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.ENGLISH);
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");

    public PeoplePicker() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(false);
    }

    /** The people to choose from, in the order shown. */
    public ObservableList<Person> getPeople() {
        return people;
    }

    /** The ids of the people chosen. */
    public ObservableSet<String> getChosen() {
        return chosen;
    }

    /** The language of the names and labels. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get();
    }

    public void setLocale(Locale l) {
        locale.set(l);
    }

    /** Whether the list is open. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public boolean isShowing() {
        return showing.get();
    }

    /** Opens the list, with the search field focused. */
    public void show() {
        showing.set(true);
    }

    /** Closes the list. */
    public void hide() {
        showing.set(false);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PeoplePickerSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return PeoplePicker.class.getResource("/dev/faultline/ui/filter/people-picker.css").toExternalForm();
    }
}
