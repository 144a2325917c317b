package dev.faultline.ui;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's layout: menus and toolbar on top, then the filter bar, the timeline, and below it the event list
 * beside the reading panes (event, source, person, sources); a status line at the bottom. It holds no state of its
 * own beyond layout: everything follows {@link AppState}, and the tab in front follows the selection.
 */
public final class MainWindow extends BorderPane {

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
    private final ProgressBar progress = new ProgressBar();
    private final javafx.scene.control.Button cancelLoad = new javafx.scene.control.Button();
    private final EventListPane eventList;
    private final SplitPane vertical = new SplitPane();
    private final SplitPane lower = new SplitPane();

    public MainWindow(AppState state, ShellActions actions) {
        this.state = state;
        this.actions = actions;
        getStyleClass().add("main-window");
        setId("main-window");
        getStylesheets().add(MainWindow.class.getResource("main-window.css").toExternalForm());

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
        timelineSlot.setMinHeight(180);
        vertical.getItems().addAll(timelineSlot, lower);
        vertical.setDividerPositions(0.6);

        filterSlot.getStyleClass().add("filter-slot");
        VBox top = new VBox(menuBar(), toolBar(), filterSlot);
        setTop(top);
        setCenter(vertical);
        setBottom(statusBar());

        state.selectionProperty().addListener((o, was, now) -> showTabFor(now));
        addEventFilter(MouseEvent.MOUSE_RELEASED, this::navigateWithMouseButtons);
    }

    /** Puts the timeline in its place. */
    public void setTimeline(Node timeline) {
        timelineSlot.getChildren().setAll(timeline);
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

    /** The status line's text. */
    public void setStatus(String message) {
        status.setText(message);
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
        MenuItem quit = item("menu.file.quit", actions::quit, new KeyCodeCombination(KeyCode.Q,
                KeyCombination.SHORTCUT_DOWN));
        Menu file = menu("menu.file", open, builtIn, new SeparatorMenuItem(), quit);

        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem english = new RadioMenuItem();
        english.textProperty().bind(text("menu.view.english"));
        english.setToggleGroup(languages);
        english.setOnAction(e -> state.setLocale(Locale.ENGLISH));
        RadioMenuItem chinese = new RadioMenuItem();
        chinese.textProperty().bind(text("menu.view.chinese"));
        chinese.setToggleGroup(languages);
        chinese.setOnAction(e -> state.setLocale(Locale.TRADITIONAL_CHINESE));
        Function<Locale, Boolean> isChinese = l -> l != null && "zh".equals(l.getLanguage());
        (isChinese.apply(state.getLocale()) ? chinese : english).setSelected(true);
        state.localeProperty().addListener((o, was, now) ->
                (isChinese.apply(now) ? chinese : english).setSelected(true));
        Menu language = menu("menu.view.language", english, chinese);
        MenuItem fit = item("menu.view.fit", actions::fitTimeline, null);
        // Shortcut+Shift+R: a way back from any saved view, even when the timeline cannot be seen or clicked.
        MenuItem reset = item("menu.view.resetView", actions::resetView, new KeyCodeCombination(KeyCode.R,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        reset.setId("menu-reset-view");
        Menu view = menu("menu.view", fit, language, new SeparatorMenuItem(), reset);

        MenuItem back = item("menu.go.back", state::back, new KeyCodeCombination(KeyCode.LEFT,
                KeyCombination.ALT_DOWN));
        back.disableProperty().bind(state.canGoBackProperty().not());
        MenuItem forward = item("menu.go.forward", state::forward, new KeyCodeCombination(KeyCode.RIGHT,
                KeyCombination.ALT_DOWN));
        forward.disableProperty().bind(state.canGoForwardProperty().not());
        MenuItem find = item("menu.go.find", actions::focusSearch, new KeyCodeCombination(KeyCode.F,
                KeyCombination.SHORTCUT_DOWN));
        Menu go = menu("menu.go", back, forward, new SeparatorMenuItem(), find);

        MenuItem about = item("menu.help.about", this::showAbout, null);
        Menu help = menu("menu.help", about);
        MenuBar bar = new MenuBar(file, view, go, help);
        bar.setId("menu-bar");
        return bar;
    }

    private void showAbout() {
        UiText t = UiText.of("shell", state.getLocale());
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.INFORMATION);
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.setTitle(t.get("dialog.about.title"));
        alert.setHeaderText(t.get("app.title"));
        String model = state.getModel() == null ? "—" : state.getModel().title().in(state.getLocale());
        String version = MainWindow.class.getPackage().getImplementationVersion();
        alert.setContentText(t.format("dialog.about.text", version == null ? "dev" : version, model));
        alert.show();
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
        ToolBar bar = new ToolBar(back, forward, spring, searchSlot);
        bar.setId("main-toolbar");
        return bar;
    }

    private HBox statusBar() {
        status.setId("status");
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
