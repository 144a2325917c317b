package dev.faultline.ui;

import dev.faultline.text.LocalFormat;
import dev.faultline.text.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window's layout: menus, Back/Forward and the search field in one row on top, then the one-row filter bar,
 * the timeline, and below it the event list beside the reading panes (event, source, person, sources); a status line
 * at the bottom. The timeline gets at least {@value #TIMELINE_SHARE} of the window's height and room for four lanes
 * until the divider is dragged; the reader can be enlarged to most of the height and back. It holds no state of its
 * own beyond layout: everything follows {@link AppState}, and the tab in front follows the selection.
 */
public final class MainWindow extends BorderPane {

    /**
     * The least share of the window's height the timeline gets (until the divider is dragged); below about 910 px
     * four lanes need more, and at 1400x900 the reader gets the rest, enough for an event's first excerpt.
     */
    static final double TIMELINE_SHARE = 0.44;
    /** What four lanes of the timeline need with its header, axis and overview band, in pixels. */
    static final double FOUR_LANES = 400;
    /** How much of the middle the timeline keeps while the reader is enlarged. */
    private static final double ENLARGED_READER_DIVIDER = 0.18;

    private final AppState state;
    private final ShellActions actions;
    private final StackPane timelineSlot = new StackPane();
    private final StackPane filterSlot = new StackPane();
    private final HBox searchSlot = new HBox();
    private final TabPane listTabs = new TabPane();
    private final TabPane readingTabs = new TabPane();
    private final Tab eventsTab = new Tab();
    private final Tab searchTab = new Tab();
    private final Tab eventTab = new Tab();
    private final Tab sourceTab = new Tab();
    private final Tab personTab = new Tab();
    private final Tab sourcesTab = new Tab();
    private final Label status = new Label();
    private final javafx.beans.property.ObjectProperty<Function<UiText, String>> statusMessage =
            new javafx.beans.property.SimpleObjectProperty<>(this, "statusMessage", t -> "");
    private final ProgressBar progress = new ProgressBar();
    private final javafx.scene.control.Button cancelLoad = new javafx.scene.control.Button();
    private final EventListPane eventList;
    private final SplitPane vertical = new SplitPane();
    private final SplitPane lower = new SplitPane();
    private MenuBar menuBar;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private Dialog<Void> lastDialog;
    private dev.faultline.ui.timeline.TimelineView timeline;
    private final javafx.scene.control.ToggleButton enlargeReader = new javafx.scene.control.ToggleButton("⤢");
    private final javafx.scene.control.ToggleButton detachReader = new javafx.scene.control.ToggleButton("□→");
    /** The reading panes' own window while they are detached, else null. */
    private Stage readerWindow;
    private double dockedDivider = 0.3;
    /** True once the person has placed the divider themselves: from then on it stays where they put it. */
    private boolean dividerPlaced;
    private boolean placingDivider;
    private final javafx.beans.value.ChangeListener<Window> themeOnShow = (o, was, now) -> {
        if (now != null && getScene() != null) {
            getTheme().applyTo(getScene());
        }
    };

    public MainWindow(AppState state, ShellActions actions) {
        this.state = state;
        this.actions = actions;
        getStyleClass().add("main-window");
        setId("main-window");
        getStylesheets().addAll(BundledFont.STYLESHEET,
                MainWindow.class.getResource("main-window.css").toExternalForm());

        eventList = new EventListPane(state);
        eventsTab.setContent(eventList);
        eventsTab.textProperty().bind(text("tab.events"));
        searchTab.textProperty().bind(text("tab.search"));
        listTabs.getTabs().add(eventsTab);
        listTabs.setId("list-tabs");
        for (Tab t : new Tab[] {eventsTab, searchTab, eventTab, sourceTab, personTab, sourcesTab}) {
            t.setClosable(false);
        }
        eventTab.textProperty().bind(text("tab.event"));
        sourceTab.textProperty().bind(text("tab.source"));
        personTab.textProperty().bind(text("tab.person"));
        sourcesTab.textProperty().bind(text("tab.sources"));
        eventTab.setId("event-tab");
        sourceTab.setId("source-tab");
        personTab.setId("person-tab");
        sourcesTab.setId("sources-tab");
        readingTabs.getTabs().addAll(eventTab, sourceTab, personTab, sourcesTab);
        readingTabs.setId("reading-tabs");

        lower.getItems().addAll(listTabs, readingTabs);
        lower.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(listTabs, false);
        vertical.setOrientation(Orientation.VERTICAL);
        timelineSlot.getStyleClass().add("timeline-slot");
        vertical.getItems().addAll(timelineSlot, lower);
        vertical.setId("main-split");
        vertical.setDividerPositions(0.6);
        vertical.heightProperty().addListener(o -> placeDivider());
        vertical.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            for (Node n = e.getTarget() instanceof Node t ? t : null; n != null && n != vertical; n = n.getParent()) {
                if (n.getStyleClass().contains("split-pane-divider")) {
                    dividerPlaced = true;
                    return;
                }
            }
        });

        filterSlot.getStyleClass().add("filter-slot");
        VBox top = new VBox(toolBar(), filterSlot);
        setTop(top);
        setCenter(vertical);
        setBottom(statusBar());

        state.selectionProperty().addListener((o, was, now) -> showTabFor(now));
        addEventFilter(MouseEvent.MOUSE_RELEASED, this::navigateWithMouseButtons);
        addEventHandler(KeyEvent.KEY_TYPED, this::questionMarkOpensShortcuts);
        // The theme lives on the scene, so that menus, tooltips and dialogs (their own scenes) can copy it.
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.windowProperty().removeListener(themeOnShow);
            }
            if (now != null) {
                getTheme().applyTo(now);
                // A Scene's constructor sets its fill after its root, over the theme's: apply it again once the
                // scene is in a window.
                now.windowProperty().addListener(themeOnShow);
            }
        });
        theme.addListener((o, was, now) -> {
            if (getScene() != null) {
                now.applyTo(getScene());
                themeOwnedWindows(now);
            }
            if (readerWindow != null) {
                now.applyTo(readerWindow.getScene());
            }
        });
    }

    /**
     * Puts a theme on every window this one owns (the detached reader, help and problems dialogs): each is a scene
     * of its own, and kept the theme it opened with.
     */
    private void themeOwnedWindows(Theme t) {
        Window self = getScene().getWindow();
        for (Window w : Window.getWindows()) {
            if (self != null && w instanceof Stage s && s.getOwner() == self && s.getScene() != null) {
                t.applyTo(s.getScene());
            }
        }
    }

    /** The colour theme (View → Theme): its stylesheets are on the window's scene. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme value) {
        theme.set(value == null ? Theme.LIGHT : value);
    }

    /** Puts the timeline in its place. */
    public void setTimeline(Node timeline) {
        timelineSlot.getChildren().setAll(timeline);
        this.timeline = timeline instanceof dev.faultline.ui.timeline.TimelineView v ? v : null;
    }

    /** Puts the filter bar in its place. */
    public void setFilterBar(Node filterBar) {
        filterSlot.getChildren().setAll(filterBar);
    }

    /** Puts the search field in the toolbar. */
    public void setSearchField(Node field) {
        if (field instanceof Region r) {
            // A fixed, modest width so the toolbar never pushes the field past the window's edge.
            r.setPrefWidth(300);
            r.setMinWidth(160);
        }
        searchSlot.getChildren().setAll(field);
    }

    /** Puts the search results in a tab beside the event list. */
    public void setSearchResults(Node results) {
        searchTab.setContent(results);
        if (!listTabs.getTabs().contains(searchTab)) {
            listTabs.getTabs().add(searchTab);
        }
    }

    /** Shows the search results tab. */
    public void showSearchResults() {
        if (listTabs.getTabs().contains(searchTab)) {
            listTabs.getSelectionModel().select(searchTab);
        }
    }

    /** Puts the four reading panes in their tabs. */
    public void setReadingPanes(Node eventDetail, Node sourceReader, Node personPanel, Node sourcesView) {
        eventTab.setContent(eventDetail);
        sourceTab.setContent(sourceReader);
        personTab.setContent(personPanel);
        sourcesTab.setContent(sourcesView);
    }

    /** The chronological event list. */
    public EventListPane eventList() {
        return eventList;
    }

    /** The status line's text, fixed (a file name, say); prefer {@link #setStatus(Function)} for words. */
    public void setStatus(String message) {
        setStatus(t -> message);
    }

    /**
     * The status line's message, written for the language on show: it is written again when the language changes,
     * so the status line never stays in the language it was set in.
     */
    public void setStatus(Function<UiText, String> message) {
        statusMessage.set(message);
    }

    /** Shows a running task's progress in the status line, or hides it (null). */
    public void showProgress(javafx.beans.value.ObservableDoubleValue value) {
        showProgress(value, null);
    }

    /**
     * Shows a running task's progress in the status line with a Cancel button that runs {@code onCancel} (none when
     * null), or hides both (a null value).
     */
    public void showProgress(javafx.beans.value.ObservableDoubleValue value, Runnable onCancel) {
        progress.progressProperty().unbind();
        if (value == null) {
            progress.setVisible(false);
            cancelLoad.setVisible(false);
            cancelLoad.setOnAction(null);
        } else {
            progress.progressProperty().bind(value);
            progress.setVisible(true);
            cancelLoad.setVisible(onCancel != null);
            cancelLoad.setOnAction(onCancel == null ? null : e -> onCancel.run());
        }
    }

    /**
     * Gives the timeline its share: at least {@link #TIMELINE_SHARE} of the window, and room for four lanes where the
     * window allows, leaving the rest to the reader; or, with the reader enlarged, most of the middle to the reader.
     */
    private void placeDivider() {
        double h = vertical.getHeight();
        if (h <= 0 || (dividerPlaced && !enlargeReader.isSelected())) {
            return;
        }
        double position;
        if (enlargeReader.isSelected()) {
            position = ENLARGED_READER_DIVIDER;
        } else {
            double window = getScene() == null ? getHeight() : getScene().getHeight();
            double wanted = Math.max(TIMELINE_SHARE * window, FOUR_LANES);
            // Never so much that the reader drops below a few lines.
            position = Math.min(0.72, wanted / h);
        }
        placingDivider = true;
        try {
            vertical.setDividerPositions(position);
        } finally {
            placingDivider = false;
        }
    }

    /** Whether the reading panes fill most of the middle (the timeline keeps a strip). */
    public javafx.beans.property.BooleanProperty readerEnlargedProperty() {
        return enlargeReader.selectedProperty();
    }

    /**
     * Whether the reading panes are in a window of their own (View → Detach Reader, or the button beside ⤢). The
     * same panes move, so their tab, scroll and selection are kept; closing that window docks them back.
     */
    public javafx.beans.property.BooleanProperty readerDetachedProperty() {
        return detachReader.selectedProperty();
    }

    /** The reading panes' window while they are detached, else null. */
    public Stage getReaderWindow() {
        return readerWindow;
    }

    private void placeReader(boolean detached) {
        if (detached && readerWindow == null) {
            dockedDivider = lower.getDividerPositions().length > 0 ? lower.getDividerPositions()[0] : 0.3;
            lower.getItems().remove(readingTabs);
            BorderPane root = new BorderPane(readingTabs);
            root.getStyleClass().add("main-window");
            root.setId("reader-window");
            root.getStylesheets().setAll(getStylesheets());
            javafx.scene.Scene scene = new javafx.scene.Scene(root, Math.max(560, readingTabs.getWidth()),
                    Math.max(600, readingTabs.getHeight() * 1.6));
            getTheme().applyTo(scene);
            Stage window = new Stage();
            if (getScene() != null && getScene().getWindow() != null) {
                window.initOwner(getScene().getWindow());
            }
            window.titleProperty().bind(text("window.reader"));
            window.setScene(scene);
            window.setOnHidden(e -> detachReader.setSelected(false));
            readerWindow = window;
            window.show();
        } else if (!detached && readerWindow != null) {
            Stage window = readerWindow;
            readerWindow = null;
            ((BorderPane) window.getScene().getRoot()).setCenter(null);
            window.hide();
            lower.getItems().add(readingTabs);
            lower.setDividerPositions(dockedDivider);
        }
    }

    /** The divider positions, so they can be saved. */
    public double[] dividerPositions() {
        return new double[] {vertical.getDividerPositions()[0], lower.getDividerPositions()[0]};
    }

    private void showTabFor(Selection s) {
        if (s instanceof Selection.OfEvent) {
            readingTabs.getSelectionModel().select(eventTab);
        } else if (s instanceof Selection.OfPassage) {
            readingTabs.getSelectionModel().select(sourceTab);
        } else if (s instanceof Selection.OfPerson) {
            readingTabs.getSelectionModel().select(personTab);
        } else if (s instanceof Selection.OfSource) {
            readingTabs.getSelectionModel().select(sourceTab);
        }
    }

    private void navigateWithMouseButtons(MouseEvent e) {
        if (e.getButton() == MouseButton.BACK) {
            state.back();
            e.consume();
        } else if (e.getButton() == MouseButton.FORWARD) {
            state.forward();
            e.consume();
        }
    }

    private StringBinding text(String key) {
        return Bindings.createStringBinding(() -> UiText.of("shell", state.getLocale()).get(key),
                state.localeProperty());
    }

    private MenuBar menuBar() {
        MenuItem open = item("menu.file.open", actions::openModel, new KeyCodeCombination(KeyCode.O,
                KeyCombination.SHORTCUT_DOWN));
        open.setId("menu-open");
        MenuItem builtIn = item("menu.file.openBuiltIn", actions::openBuiltInModel, null);
        MenuItem export = item("menu.file.export", actions::export, new KeyCodeCombination(KeyCode.E,
                KeyCombination.SHORTCUT_DOWN));
        export.setId("menu-export");
        export.disableProperty().bind(state.modelProperty().isNull());
        MenuItem quit = item("menu.file.quit", actions::quit, new KeyCodeCombination(KeyCode.Q,
                KeyCombination.SHORTCUT_DOWN));
        Menu file = menu("menu.file", open, builtIn, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        // Each language is named in itself, in its own script, whatever the UI's language (like a quote).
        ToggleGroup languages = new ToggleGroup();
        Map<Language, RadioMenuItem> byLanguage = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(l.autonym());
            item.setId("menu-language-" + l.tag());
            item.setToggleGroup(languages);
            item.setOnAction(e -> state.setLocale(l.locale()));
            byLanguage.put(l, item);
        }
        byLanguage.get(Language.of(state.getLocale())).setSelected(true);
        state.localeProperty().addListener((o, was, now) -> byLanguage.get(Language.of(now)).setSelected(true));
        Menu language = menu("menu.view.language", byLanguage.values().toArray(MenuItem[]::new));
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem();
        light.textProperty().bind(text("menu.view.theme.light"));
        light.setId("menu-theme-light");
        light.setToggleGroup(themes);
        light.setOnAction(e -> setTheme(Theme.LIGHT));
        RadioMenuItem dark = new RadioMenuItem();
        dark.textProperty().bind(text("menu.view.theme.dark"));
        dark.setId("menu-theme-dark");
        dark.setToggleGroup(themes);
        dark.setOnAction(e -> setTheme(Theme.DARK));
        (getTheme() == Theme.DARK ? dark : light).setSelected(true);
        theme.addListener((o, was, now) -> (now == Theme.DARK ? dark : light).setSelected(true));
        Menu themeMenu = menu("menu.view.theme", light, dark);
        MenuItem fit = item("menu.view.fit", actions::fitTimeline, null);
        MenuItem legend = item("menu.view.legend", () -> {
            if (timeline != null) {
                timeline.showLegend();
            }
        }, null);
        legend.setId("menu-legend");
        MenuItem enlarge = item("menu.view.enlargeReader", () -> enlargeReader.setSelected(!enlargeReader.isSelected()),
                new KeyCodeCombination(KeyCode.F6));
        enlarge.setId("menu-enlarge-reader");
        MenuItem detach = item("menu.view.detachReader", () -> detachReader.setSelected(!detachReader.isSelected()),
                null);
        detach.setId("menu-detach-reader");
        // Shortcut+Shift+R: a way back from any saved view, even when the timeline cannot be seen or clicked.
        MenuItem reset = item("menu.view.resetView", actions::resetView, new KeyCodeCombination(KeyCode.R,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        reset.setId("menu-reset-view");
        Menu view = menu("menu.view", fit, legend, enlarge, detach, language, themeMenu, new SeparatorMenuItem(), reset);

        MenuItem back = item("menu.go.back", state::back, new KeyCodeCombination(KeyCode.LEFT,
                KeyCombination.ALT_DOWN));
        back.disableProperty().bind(state.canGoBackProperty().not());
        MenuItem forward = item("menu.go.forward", state::forward, new KeyCodeCombination(KeyCode.RIGHT,
                KeyCombination.ALT_DOWN));
        forward.disableProperty().bind(state.canGoForwardProperty().not());
        MenuItem find = item("menu.go.find", actions::focusSearch, new KeyCodeCombination(KeyCode.F,
                KeyCombination.SHORTCUT_DOWN));
        Menu go = menu("menu.go", back, forward, new SeparatorMenuItem(), find);

        MenuItem shortcuts = item("menu.help.shortcuts", this::showShortcuts, new KeyCodeCombination(KeyCode.F1));
        shortcuts.setId("menu-shortcuts");
        MenuItem about = item("menu.help.about", this::showAbout, null);
        about.setId("menu-about");
        // The legend belongs to Help too: it is where a person looks for what the marks mean.
        MenuItem helpLegend = item("menu.view.legend", () -> {
            if (timeline != null) {
                timeline.showLegend();
            }
        }, null);
        helpLegend.setId("menu-help-legend");
        Menu help = menu("menu.help", shortcuts, helpLegend, new SeparatorMenuItem(), about);
        MenuBar bar = new MenuBar(file, view, go, help);
        bar.setId("menu-bar");
        menuBar = bar;
        return bar;
    }

    /** Shows the keyboard shortcuts sheet: every accelerator of the menus, read from them now. */
    public void showShortcuts() {
        UiText t = UiText.of("shell", state.getLocale());
        ScrollPane body = new ScrollPane(new ShortcutSheet(menuBar));
        body.setFitToWidth(true);
        body.setPrefViewportHeight(360);
        showDialog(t.get("dialog.shortcuts.title"), body, "shortcuts-dialog");
    }

    /** Shows About: version, the model's title and counts, the licences of the font and the libraries. */
    public void showAbout() {
        UiText t = UiText.of("shell", state.getLocale());
        showDialog(t.get("dialog.about.title"), new AboutPane(state.getModel(), state.getLocale()), "about-dialog");
    }

    private void showDialog(String title, Node content, String id) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.initModality(Modality.NONE);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId(id);
        // The theme goes on the dialog's scene, where a change of theme finds it (themeOwnedWindows), not on the pane.
        if (dialog.getDialogPane().getScene() != null) {
            getTheme().applyTo(dialog.getDialogPane().getScene());
        }
        dialog.getDialogPane().getStylesheets().addAll(getStylesheets());
        dialog.getDialogPane().getStyleClass().add("help-dialog");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        lastDialog = dialog;
        dialog.show();
    }

    /** The help dialog shown last (shortcuts or About), for tests. */
    Dialog<Void> lastHelpDialog() {
        return lastDialog;
    }

    /** "?" opens the shortcuts sheet, except where it is typed as text. */
    private void questionMarkOpensShortcuts(KeyEvent e) {
        if ("?".equals(e.getCharacter()) && !(e.getTarget() instanceof TextInputControl)) {
            showShortcuts();
            e.consume();
        }
    }

    private ToolBar toolBar() {
        Button back = new Button("◀");
        back.setId("back-button");
        back.setOnAction(e -> state.back());
        back.disableProperty().bind(state.canGoBackProperty().not());
        Tooltip backTip = new Tooltip();
        backTip.textProperty().bind(text("toolbar.back"));
        back.setTooltip(backTip);
        Button forward = new Button("▶");
        forward.setId("forward-button");
        forward.setOnAction(e -> state.forward());
        forward.disableProperty().bind(state.canGoForwardProperty().not());
        Tooltip forwardTip = new Tooltip();
        forwardTip.textProperty().bind(text("toolbar.forward"));
        forward.setTooltip(forwardTip);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        searchSlot.getStyleClass().add("search-slot");
        enlargeReader.setId("enlarge-reader");
        enlargeReader.getStyleClass().add("enlarge-reader");
        Tooltip enlargeTip = new Tooltip();
        enlargeTip.textProperty().bind(text("toolbar.enlargeReader"));
        enlargeReader.setTooltip(enlargeTip);
        enlargeReader.selectedProperty().addListener((o, was, now) -> {
            if (!now) {
                dividerPlaced = false;
            }
            placeDivider();
        });
        detachReader.setId("detach-reader");
        detachReader.getStyleClass().add("enlarge-reader");
        Tooltip detachTip = new Tooltip();
        detachTip.textProperty().bind(text("toolbar.detachReader"));
        detachReader.setTooltip(detachTip);
        detachReader.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                enlargeReader.setSelected(false);
            }
            placeReader(now);
        });
        enlargeReader.disableProperty().bind(detachReader.selectedProperty());
        // The menus share the row with Back/Forward and the search field: one row less above the timeline.
        MenuBar menus = menuBar();
        ToolBar bar = new ToolBar(menus, back, forward, spring, searchSlot, enlargeReader, detachReader);
        bar.setId("main-toolbar");
        return bar;
    }

    private HBox statusBar() {
        status.setId("status");
        status.textProperty().bind(Bindings.createStringBinding(
                () -> statusMessage.get().apply(UiText.of("shell", state.getLocale())), statusMessage,
                state.localeProperty()));
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        progress.setVisible(false);
        progress.setPrefWidth(160);
        progress.setId("load-progress");
        cancelLoad.setId("load-cancel");
        cancelLoad.textProperty().bind(text("status.cancelLoad"));
        cancelLoad.setVisible(false);
        cancelLoad.managedProperty().bind(cancelLoad.visibleProperty());
        HBox bar = new HBox(8, status, progress, cancelLoad);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private MenuItem item(String key, Runnable action, KeyCombination accelerator) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(text(key));
        item.setMnemonicParsing(true);
        item.setOnAction(e -> action.run());
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu();
        menu.textProperty().bind(text(key));
        menu.getItems().addAll(items);
        return menu;
    }
}
