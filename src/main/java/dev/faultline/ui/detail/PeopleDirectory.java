package dev.faultline.ui.detail;

import dev.faultline.model.Person;
import dev.faultline.model.TimelineModel;
import dev.faultline.text.ScriptFolding;
import dev.faultline.ui.AppState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * Everyone in the model, grouped by faction (their first membership; the unaligned last), each with how many events
 * they take part in and how often the sources name them. A search narrows the list by any name or alias, in either
 * script, any case or width. Choosing a person calls {@link #onChooseProperty()}.
 */
public final class PeopleDirectory extends Control {

    /** The style class, and the name of the stylesheet. */
    public static final String DEFAULT_STYLE_CLASS = "people-directory";

    private final AppState state;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<Consumer<String>> onChoose = new SimpleObjectProperty<>(this, "onChoose");

    public PeopleDirectory(AppState state) {
        this.state = Objects.requireNonNull(state, "state");
        getStyleClass().setAll(DEFAULT_STYLE_CLASS);
        setId("people-directory");
    }

    /** The state whose model is listed. */
    public AppState getAppState() {
        return state;
    }

    /** The search text: only people with a name or alias containing it (folded) are listed. */
    public StringProperty queryProperty() {
        return query;
    }

    public String getQuery() {
        return query.get();
    }

    public void setQuery(String value) {
        query.set(value == null ? "" : value);
    }

    /** What choosing a person does, given their id. */
    public ObjectProperty<Consumer<String>> onChooseProperty() {
        return onChoose;
    }

    public Consumer<String> getOnChoose() {
        return onChoose.get();
    }

    public void setOnChoose(Consumer<String> value) {
        onChoose.set(value);
    }

    /**
     * The people of the model whose names or aliases contain the query once both are folded (Traditional and
     * Simplified, full and half width, upper and lower case read alike), in the model's order.
     */
    public static List<Person> matching(TimelineModel model, String query) {
        ScriptFolding folding = ScriptFolding.instance();
        String q = folding.fold(query == null ? "" : query.strip());
        if (q.isEmpty()) {
            return model.people();
        }
        List<Person> out = new ArrayList<>();
        for (Person p : model.people()) {
            List<String> names = new ArrayList<>(p.aliases());
            names.add(p.name().en());
            p.name().chinese().ifPresent(names::add);
            names.add(p.id());
            if (names.stream().anyMatch(n -> folding.fold(n).contains(q))) {
                out.add(p);
            }
        }
        return out;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PeopleDirectorySkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(PeopleDirectory.class.getResource("people-directory.css")).toExternalForm();
    }
}
