package dev.faultline.ui.detail;

import dev.faultline.model.Person;
import dev.faultline.model.TimelineModel;
import dev.faultline.ui.AppState;
import dev.faultline.ui.Selection;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Skin;

/**
 * One person's panel: names in both languages and every alias, an initials avatar in their faction's colour, roles
 * and factions over time, bio, the events they take part in, every passage of every source that names them, and the
 * people they most often appear with. Follows {@link AppState#selectionProperty()}: a person selection opens their
 * panel; other selections leave the last person shown. Before anyone is chosen, and whenever "All people" is asked
 * for, it shows the {@link PeopleDirectory} of everyone in the model instead.
 */
public final class PersonPane extends ReadingPane {

    /** The style class of the pane, and the name of its stylesheet. */
    public static final String DEFAULT_STYLE_CLASS = "person-pane";
    /** The pane's id, for the main window and tests. */
    public static final String ID = "person-panel";

    private final ReadOnlyObjectWrapper<Person> person = new ReadOnlyObjectWrapper<>(this, "person");
    private final BooleanProperty showingDirectory = new SimpleBooleanProperty(this, "showingDirectory", false);
    private final ChangeListener<Object> follow = (o, was, now) -> followState();

    public PersonPane(AppState state) {
        super(state, DEFAULT_STYLE_CLASS, ID);
        state.selectionProperty().addListener(new WeakChangeListener<>(follow));
        state.modelProperty().addListener(new WeakChangeListener<>(follow));
        followState();
    }

    private void followState() {
        TimelineModel model = state.getModel();
        if (model == null) {
            person.set(null);
        } else if (state.getSelection() instanceof Selection.OfPerson p) {
            person.set(model.person(p.personId()).orElse(null));
            showingDirectory.set(false);
        } else if (person.get() != null) {
            person.set(model.person(person.get().id()).orElse(null));
        }
    }

    /** The person shown, or null before anyone was chosen. */
    public ReadOnlyObjectProperty<Person> personProperty() {
        return person.getReadOnlyProperty();
    }

    public Person getPerson() {
        return person.get();
    }

    /** Whether the directory of everyone is shown even though a person was chosen ("All people"). */
    public BooleanProperty showingDirectoryProperty() {
        return showingDirectory;
    }

    public boolean isShowingDirectory() {
        return showingDirectory.get();
    }

    public void setShowingDirectory(boolean value) {
        showingDirectory.set(value);
    }

    /** Opens a person's panel from the directory: selects them, or shows them again if they already were. */
    void choose(String personId) {
        showingDirectory.set(false);
        state.selectPerson(personId);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PersonPaneSkin(this);
    }
}
