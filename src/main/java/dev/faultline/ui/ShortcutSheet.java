package dev.faultline.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The keyboard shortcuts sheet (Help → Keyboard Shortcuts, F1 or ?): every accelerator the menus define, read from
 * the menus themselves when the sheet opens, so it can never disagree with them; grouped by menu, in menu order.
 */
public final class ShortcutSheet extends VBox {

    /** One shortcut: the menu it is in, what the item is called (without its mnemonic mark), the keys. */
    public record Shortcut(String menu, String action, String keys) {
    }

    public ShortcutSheet(MenuBar menus) {
        getStyleClass().add("shortcut-sheet");
        setId("shortcut-sheet");
        String lastMenu = null;
        GridPane grid = null;
        for (Shortcut s : of(menus)) {
            if (!s.menu().equals(lastMenu)) {
                Label heading = new Label(s.menu());
                heading.getStyleClass().add("shortcut-menu");
                grid = new GridPane();
                grid.getStyleClass().add("shortcut-grid");
                getChildren().addAll(heading, grid);
                lastMenu = s.menu();
            }
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-keys");
            Label action = new Label(s.action());
            action.getStyleClass().add("shortcut-action");
            grid.addRow(grid.getRowCount(), keys, action);
        }
    }

    /** Every menu item with an accelerator, in menu order, submenus included. */
    public static List<Shortcut> of(MenuBar menus) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu m : menus.getMenus()) {
            collect(plain(m.getText()), m.getItems(), out);
        }
        return out;
    }

    private static void collect(String menu, List<MenuItem> items, List<Shortcut> out) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                collect(menu, sub.getItems(), out);
            } else if (item.getAccelerator() != null) {
                out.add(new Shortcut(menu, plain(item.getText()), item.getAccelerator().getDisplayText()));
            }
        }
    }

    /** A menu text as read: "_File" is "File", "開啟模型(_O)…" is "開啟模型…". */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("\\(_.\\)", "").replace("_", "");
    }
}
