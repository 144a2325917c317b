package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.load.LoadResult;
import dev.faultline.model.TimelineModel;
import dev.faultline.text.Language;
import dev.faultline.text.Phrasebook;
import dev.faultline.text.ScriptConverter;
import dev.faultline.ui.detail.EventDetailPane;
import dev.faultline.ui.detail.PersonPane;
import dev.faultline.ui.detail.SourceReaderPane;
import dev.faultline.ui.detail.SourcesPane;
import dev.faultline.ui.filter.FilterBar;
import dev.faultline.ui.filter.SearchField;
import dev.faultline.ui.filter.SearchPane;
import dev.faultline.ui.timeline.TimelineView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window in each of the three languages, on a small test model whose Chinese is all Traditional: nothing a
 * person reads is a missing-resource key or left in another language, the 简体 UI has no Traditional-only character
 * and the 繁體 UI no Simplified-only one (outside quotes and source text, which keep their script), and switching at
 * run time rewrites everything, the status line included.
 */
@ExtendWith(ApplicationExtension.class)
class LanguagesTest {

    /** Nodes that show source text or quotes, in their own script whatever the UI's language. */
    private static final Set<String> SOURCE_TEXT = Set.of("passage-view", "excerpt-source", "source-title",
            "reader-title", "reader-title-en", "source-title-en", "search-snippet", "event-title-other",
            "person-name-other", "alias");
    private static final Pattern MISSING_KEY = Pattern.compile("!\\w[\\w.-]*!");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final TimelineModel model = SampleModel.threeEvents();
    private final AppState state = new AppState(model);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(state, new NoShellActions());
        window.setReadingPanes(new EventDetailPane(state), new SourceReaderPane(state), new PersonPane(state),
                new SourcesPane(state));
        TimelineView timeline = new TimelineView();
        new TimelineBinding(state, timeline);
        window.setTimeline(timeline);
        window.setFilterBar(new FilterBar(state));
        window.setSearchField(new SearchField(state));
        window.setSearchResults(new SearchPane(state));
        new ModelOpener(state, window).accept(Path.of("sample.json"), new LoadResult(Optional.of(model), List.of(),
                new LoadResult.Counts(3, 1, 1, 3)));
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void eachLanguageShowsOneLanguageInOneScriptAndSwitchingRewritesEverything(FxRobot robot) {
        for (Language language : new Language[] {Language.TRADITIONAL, Language.SIMPLIFIED, Language.ENGLISH}) {
            for (String tab : List.of("event-tab", "person-tab", "sources-tab", "source-tab")) {
                robot.interact(() -> {
                    state.setLocale(language.locale());
                    switch (tab) {
                        case "event-tab" -> state.selectEvent("altman-fired");
                        case "person-tab" -> state.selectPerson("sam-altman");
                        default -> { }
                    }
                    TabPane tabs = (TabPane) window.lookup("#reading-tabs");
                    tabs.getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst()
                            .ifPresent(t -> tabs.getSelectionModel().select(t));
                });
                WaitForAsyncUtils.waitForFxEvents();
                List<String> shown = new ArrayList<>();
                robot.interact(() -> shown.addAll(visibleStrings()));
                check(language, tab, shown);
            }
        }
    }

    @Test
    void theStatusLineFollowsTheLanguage(FxRobot robot) {
        String english = robot.lookup("#status").queryLabeled().getText();
        assertThat(english).isEqualTo("Sample: 3 events, 1 person, 1 source, 3 excerpts");
        robot.interact(() -> state.setLocale(Language.TRADITIONAL.locale()));
        assertThat(robot.lookup("#status").queryLabeled().getText()).isEqualTo("樣本：3 個事件、1 位人物、1 篇來源、3 段引文");
        robot.interact(() -> state.setLocale(Language.SIMPLIFIED.locale()));
        assertThat(robot.lookup("#status").queryLabeled().getText()).isEqualTo("样本：3 个事件、1 位人物、1 篇来源、3 段引文");
    }

    @Test
    void theLanguageMenuOffersTheThreeLanguagesEachNamedInItself(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        List<String> names = new ArrayList<>();
        for (MenuItem item : allItems(bar)) {
            if (item.getId() != null && item.getId().startsWith("menu-language-")) {
                names.add(item.getText());
            }
        }
        assertThat(names).containsExactly("English", "繁體中文", "简体中文");
        robot.interact(() -> allItems(bar).stream().filter(i -> "menu-language-zh-Hans".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        assertThat(Language.of(state.getLocale())).isEqualTo(Language.SIMPLIFIED);
        assertThat(robot.lookup("#reading-tabs").queryAs(TabPane.class).getTabs().get(0).getText()).isEqualTo("事件");
        assertThat(robot.lookup("#event-cell-altman-fired").lookup(".event-title").queryLabeled().getText())
                .isEqualTo("奥特曼遭董事会解职");
    }

    private void check(Language language, String where, List<String> shown) {
        String all = String.join("\n", shown);
        assertThat(MISSING_KEY.matcher(all).find()).as("%s %s: a missing key in %s", language, where, all).isFalse();
        switch (language) {
            case ENGLISH -> assertThat(shown).as("%s %s", language, where)
                    .noneMatch(s -> HAN.matcher(s).find());
            case TRADITIONAL -> assertThat(ScriptConverter.instance().simplifiedOnly(all))
                    .as("%s %s: Simplified-only characters in %s", language, where, all).isEmpty();
            case SIMPLIFIED -> assertThat(ScriptConverter.instance().traditionalOnly(all))
                    .as("%s %s: Traditional-only characters in %s", language, where, all).isEmpty();
        }
        if (language.chinese()) {
            Set<String> englishOnly = englishUiStrings();
            assertThat(shown).as("%s %s: English UI strings left", language, where)
                    .noneMatch(englishOnly::contains);
        }
    }

    /** The English UI strings that differ from their Chinese ones (a name like "OpenAI" may be both). */
    private static Set<String> englishUiStrings() {
        Set<String> english = new HashSet<>();
        for (String bundle : List.of("shell", "timeline", "detail", "filter")) {
            Phrasebook en = Phrasebook.open("dev.faultline.ui.i18n." + bundle, Language.ENGLISH);
            Phrasebook zh = Phrasebook.open("dev.faultline.ui.i18n." + bundle, Language.TRADITIONAL);
            for (String k : en.keys()) {
                String s = en.get(k);
                if (!s.equals(zh.get(k)) && !s.contains("{") && s.codePoints().anyMatch(Character::isLetter)) {
                    english.add(s.replace("_", ""));
                }
            }
        }
        return english;
    }

    /** Every string shown on screen: labels, text, tabs, menus, tooltips and prompts, outside source text. */
    private List<String> visibleStrings() {
        List<String> out = new ArrayList<>();
        collect(window, out);
        MenuBar bar = (MenuBar) window.lookup("#menu-bar");
        for (MenuItem item : allItems(bar)) {
            boolean autonym = item.getId() != null && item.getId().startsWith("menu-language-");
            if (!autonym && item.getText() != null) {
                out.add(item.getText().replace("_", ""));
            }
        }
        // A source's title inside a UI sentence is source text too.
        out.replaceAll(s -> {
            String t = s.replaceAll("《[^》]*》", "");
            for (dev.faultline.model.Source src : model.sources()) {
                t = t.replace(src.title(), "");
                // So are its author and outlet, as the source gives them.
                t = src.author() == null ? t : t.replace(src.author(), "");
                t = src.outlet() == null ? t : t.replace(src.outlet(), "");
            }
            return t;
        });
        out.removeIf(String::isBlank);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible() || node.getStyleClass().stream().anyMatch(SOURCE_TEXT::contains)) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        } else if (node instanceof Text t && !(t.getParent() instanceof Labeled) && t.getText() != null) {
            out.add(t.getText());
        } else if (node instanceof TextInputControl f && f.getPromptText() != null) {
            out.add(f.getPromptText());
        }
        if (node instanceof Control c) {
            Tooltip tip = c.getTooltip();
            if (tip != null && tip.getText() != null) {
                out.add(tip.getText());
            }
        }
        if (node instanceof TabPane tabs) {
            for (Tab t : tabs.getTabs()) {
                out.add(t.getText());
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private static List<MenuItem> allItems(MenuBar bar) {
        List<MenuItem> items = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            addItems(m, items);
        }
        return items;
    }

    private static void addItems(MenuItem item, List<MenuItem> items) {
        items.add(item);
        if (item instanceof Menu m) {
            for (MenuItem child : m.getItems()) {
                addItems(child, items);
            }
        }
    }
}
