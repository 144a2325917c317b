package dev.faultline.ui.detail;

import dev.faultline.ui.ReadableGlyphs;
import dev.faultline.ui.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A stretch of source text drawn as a wrapped {@link TextFlow}: one Text node per piece, styled by its classes, with a
 * background shape behind every styled piece (a Text has no background of its own; CSS gives each class its
 * colour), and selection by dragging the mouse with copy by Ctrl+C or the context menu, because a TextFlow cannot be
 * selected and quotes must be copyable.
 *
 * <p>Its rules live in {@code passage-view.css}, which each pane's stylesheet imports. The view does not name a
 * user-agent stylesheet of its own: JavaFX applies only the nearest Region's user-agent stylesheet to a node, so one
 * here would hide the pane's rules (font sizes, line spacing) from everything inside the view.
 */
final class PassageView extends Region {

    static final String DEFAULT_STYLE_CLASS = "passage-view";
    /** The style class of every Text node in the view. */
    static final String RUN_CLASS = "passage-run";
    /**
     * The style class of the shapes drawn behind styled runs; each also carries its run's classes with a
     * {@code -backdrop} suffix ({@code cited-passage-backdrop}), so a lookup of a run's class finds only Text nodes.
     */
    static final String BACKDROP_CLASS = "run-backdrop";
    /** The run classes that get a shape behind them; other classes (an ellipsis, a Markdown marker) only restyle text. */
    static final Set<String> BACKDROP_CLASSES = Set.of("cited-passage", "passage-focus", "mention",
            "selected-passage", "find-match", "find-current");

    /**
     * One piece of text: where it starts in the source ({@code -1} for something that is not source text, like an
     * ellipsis), its style classes, what a click on it does (or null), and its tooltip (or null).
     */
    record Piece(String text, int sourceStart, Set<String> styleClasses, Consumer<MouseEvent> onClick,
            String tooltip) {

        Piece {
            Objects.requireNonNull(text, "text");
            styleClasses = Set.copyOf(styleClasses);
        }

        static Piece plain(String text, int sourceStart) {
            return new Piece(text, sourceStart, Set.of(), null, null);
        }

        static Piece decoration(String text, String styleClass) {
            return new Piece(text, -1, Set.of(styleClass), null, null);
        }
    }

    private final TextFlow flow = new TextFlow();
    private final Group backdrops = new Group();
    private final Path selectionShape = new Path();
    private final UiText ui;
    private List<Piece> pieces = List.of();
    private final List<Text> texts = new ArrayList<>();
    private int[] flowStarts = new int[0];
    private String flowText = "";
    private String copyAllText;
    private int anchor = -1;
    private int selectionStart;
    private int selectionEnd;
    private ContextMenu menu;
    private boolean shapesValid;
    private double shapesWidth;
    private double shapesHeight;

    PassageView(UiText ui) {
        this.ui = Objects.requireNonNull(ui, "ui");
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        backdrops.setManaged(false);
        selectionShape.setManaged(false);
        selectionShape.getStyleClass().add("text-selection");
        selectionShape.setMouseTransparent(true);
        backdrops.setMouseTransparent(true);
        getChildren().addAll(backdrops, selectionShape, flow);
        flow.getStyleClass().add("passage-flow");
        flow.setCursor(Cursor.TEXT);
        flow.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        flow.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::showMenu);
    }

    PassageView(UiText ui, List<Piece> pieces) {
        this(ui);
        setPieces(pieces);
    }

    /** Replaces the text shown. */
    void setPieces(List<Piece> newPieces) {
        this.pieces = List.copyOf(newPieces);
        texts.clear();
        flowStarts = new int[pieces.size()];
        StringBuilder all = new StringBuilder();
        List<Text> nodes = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            flowStarts[i] = all.length();
            all.append(p.text());
            // Display only: emoji the bundled face lacks become readable stand-ins of the same length.
            Text t = new Text(ReadableGlyphs.forDisplay(p.text()));
            t.getStyleClass().add(RUN_CLASS);
            t.getStyleClass().addAll(p.styleClasses());
            if (p.onClick() != null) {
                t.setCursor(Cursor.HAND);
                t.setOnMouseClicked(e -> {
                    // A drag that selects text ends in a click too; only a still click follows the link.
                    if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && !hasSelection()) {
                        p.onClick().accept(e);
                        e.consume();
                    }
                });
            }
            if (p.tooltip() != null) {
                LazyTooltip.install(t, p.tooltip());
            }
            texts.add(t);
            nodes.add(t);
        }
        flowText = all.toString();
        shapesValid = false;
        clearSelection();
        flow.getChildren().setAll(nodes);
        requestLayout();
    }

    /** The pieces shown. */
    List<Piece> getPieces() {
        return pieces;
    }

    /** The Text nodes, one per piece, in order. */
    List<Text> textNodes() {
        return List.copyOf(texts);
    }

    /** All the text shown, as one string. */
    String shownText() {
        return flowText;
    }

    /** What "copy passage" copies; by default everything shown. */
    void setCopyAllText(String text) {
        this.copyAllText = text;
    }

    /** The text selected with the mouse, or "". */
    String selectedText() {
        return hasSelection() ? flowText.substring(selectionStart, selectionEnd) : "";
    }

    boolean hasSelection() {
        return selectionEnd > selectionStart;
    }

    /** Selects a range of the shown text (offsets into {@link #shownText()}). */
    void select(int start, int end) {
        selectionStart = Math.max(0, Math.min(start, end));
        selectionEnd = Math.min(flowText.length(), Math.max(start, end));
        drawSelection();
    }

    void clearSelection() {
        selectionStart = 0;
        selectionEnd = 0;
        anchor = -1;
        selectionShape.getElements().clear();
    }

    /**
     * The bounds, in this view's coordinates, of a range of source text shown here, or null when none of it is. Used
     * to scroll a passage into view precisely, to its line rather than its paragraph.
     */
    Bounds sourceRangeBounds(int sourceStart, int sourceEnd) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.sourceStart() < 0) {
                continue;
            }
            int pStart = p.sourceStart();
            int pEnd = pStart + p.text().length();
            if (pEnd <= sourceStart || pStart >= sourceEnd) {
                continue;
            }
            int a = flowStarts[i] + Math.max(0, sourceStart - pStart);
            int b = flowStarts[i] + Math.min(p.text().length(), sourceEnd - pStart);
            from = from < 0 ? a : Math.min(from, a);
            to = Math.max(to, b);
        }
        if (from < 0 || to <= from) {
            return null;
        }
        Bounds b = boundsOf(flow.rangeShape(from, to));
        return b == null ? null
                : new BoundingBox(b.getMinX() + flow.getLayoutX(), b.getMinY() + flow.getLayoutY(), b.getWidth(),
                        b.getHeight());
    }

    private static Bounds boundsOf(PathElement[] elements) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (PathElement e : elements) {
            double x;
            double y;
            if (e instanceof MoveTo m) {
                x = m.getX();
                y = m.getY();
            } else if (e instanceof LineTo l) {
                x = l.getX();
                y = l.getY();
            } else {
                continue;
            }
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        return minX > maxX ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + 40;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + flow.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = width < 0 ? -1 : Math.max(0, width - in.getLeft() - in.getRight());
        return in.getTop() + in.getBottom() + flow.prefHeight(inner);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        flow.resizeRelocate(in.getLeft(), in.getTop(), w, h);
        // Shapes depend only on the text and the size it wraps in: rebuild them when either changed, not on every
        // layout pass (a reader holds a hundred of these views).
        if (shapesValid && w == shapesWidth && h == shapesHeight) {
            return;
        }
        shapesValid = true;
        shapesWidth = w;
        shapesHeight = h;
        List<Path> shapes = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.text().isEmpty() || p.styleClasses().stream().noneMatch(BACKDROP_CLASSES::contains)) {
                continue;
            }
            Path shape = new Path(flow.rangeShape(flowStarts[i], flowStarts[i] + p.text().length()));
            shape.getStyleClass().add(BACKDROP_CLASS);
            p.styleClasses().forEach(c -> shape.getStyleClass().add(c + "-backdrop"));
            shapes.add(shape);
        }
        backdrops.getChildren().setAll(shapes);
        backdrops.setLayoutX(in.getLeft());
        backdrops.setLayoutY(in.getTop());
        selectionShape.setLayoutX(in.getLeft());
        selectionShape.setLayoutY(in.getTop());
        drawSelection();
    }

    private void drawSelection() {
        if (hasSelection()) {
            selectionShape.getElements().setAll(flow.rangeShape(selectionStart, selectionEnd));
        } else {
            selectionShape.getElements().clear();
        }
    }

    private int hit(MouseEvent e) {
        Point2D local = flow.sceneToLocal(e.getSceneX(), e.getSceneY());
        HitInfo info = flow.hitTest(local);
        return Math.max(0, Math.min(flowText.length(), info.getInsertionIndex()));
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        clearSelection();
        anchor = hit(e);
        // Otherwise the enclosing ScrollPane takes the focus on the same press, and Ctrl+C would never reach us.
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (anchor < 0 || !e.isPrimaryButtonDown()) {
            return;
        }
        select(anchor, hit(e));
    }

    private void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.C && hasSelection()) {
            copy(selectedText());
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.A) {
            select(0, flowText.length());
            e.consume();
        }
    }

    private void showMenu(ContextMenuEvent e) {
        if (menu != null) {
            menu.hide();
        }
        MenuItem copySelection = new MenuItem(ui.get("copy.selection"));
        copySelection.setDisable(!hasSelection());
        String selected = selectedText();
        copySelection.setOnAction(a -> copy(selected));
        MenuItem copyAll = new MenuItem(ui.get("copy.passage"));
        copyAll.setOnAction(a -> copy(copyAllText != null ? copyAllText : flowText));
        menu = new ContextMenu(copySelection, copyAll);
        menu.show(this, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    /** Puts text on the system clipboard. */
    static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }
}
