package dev.faultline.ui.detail;

import dev.faultline.model.Source;
import dev.faultline.model.TextRange;
import dev.faultline.model.TimelineModel;
import dev.faultline.ui.AppState;
import dev.faultline.ui.Selection;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Skin;

/**
 * A whole source, to read: the article in its own script, the passage of the current selection highlighted and
 * scrolled to, every passage some event cites marked and clickable, the parts that are not article text set apart,
 * and find-in-page across scripts (Ctrl+F). Follows {@link AppState#selectionProperty()}: a passage or a source
 * selection opens it; any other selection leaves the last source open.
 */
public final class SourceReaderPane extends ReadingPane {

    /** The style class of the pane, and the name of its stylesheet. */
    public static final String DEFAULT_STYLE_CLASS = "source-reader-pane";
    /** The pane's id, for the main window and tests. */
    public static final String ID = "source-reader";

    private final ReadOnlyObjectWrapper<Source> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyObjectWrapper<TextRange> passage = new ReadOnlyObjectWrapper<>(this, "passage");
    private final BooleanProperty findShowing = new SimpleBooleanProperty(this, "findShowing", false);
    private final StringProperty findText = new SimpleStringProperty(this, "findText", "");
    // Held in a field: the AppState outlives nothing here, but a weak listener keeps a discarded pane collectable.
    private final ChangeListener<Object> follow = (o, was, now) -> followState();

    public SourceReaderPane(AppState state) {
        super(state, DEFAULT_STYLE_CLASS, ID);
        state.selectionProperty().addListener(new WeakChangeListener<>(follow));
        state.modelProperty().addListener(new WeakChangeListener<>(follow));
        followState();
    }

    private void followState() {
        TimelineModel model = state.getModel();
        if (model == null) {
            source.set(null);
            passage.set(null);
            return;
        }
        Selection s = state.getSelection();
        if (s instanceof Selection.OfPassage p) {
            passage.set(null);
            source.set(model.source(p.sourceId()).orElse(null));
            passage.set(p.range());
        } else if (s instanceof Selection.OfSource src) {
            passage.set(null);
            source.set(model.source(src.sourceId()).orElse(null));
        } else if (source.get() == null || model.source(source.get().id()).orElse(null) != source.get()) {
            // Nothing chosen yet, or the model was replaced: open the first source, or the same one anew.
            Source same = source.get() == null ? null : model.source(source.get().id()).orElse(null);
            passage.set(null);
            source.set(same != null ? same : model.sources().stream().findFirst().orElse(null));
        }
    }

    /** The source open in the reader, or null when the model has none. */
    public ReadOnlyObjectProperty<Source> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public Source getSource() {
        return source.get();
    }

    /** The passage highlighted in the open source, or null. */
    public ReadOnlyObjectProperty<TextRange> passageProperty() {
        return passage.getReadOnlyProperty();
    }

    public TextRange getPassage() {
        return passage.get();
    }

    /** Whether the find bar is open. */
    public BooleanProperty findShowingProperty() {
        return findShowing;
    }

    public boolean isFindShowing() {
        return findShowing.get();
    }

    public void setFindShowing(boolean showing) {
        findShowing.set(showing);
    }

    /** What the find bar looks for, in either script. */
    public StringProperty findTextProperty() {
        return findText;
    }

    public String getFindText() {
        return findText.get();
    }

    public void setFindText(String text) {
        findText.set(text == null ? "" : text);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new SourceReaderPaneSkin(this);
    }
}
