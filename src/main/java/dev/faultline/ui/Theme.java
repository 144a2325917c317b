package dev.faultline.ui;

import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.paint.Color;

/**
 * The app's colour themes. A theme is a first-tier stylesheet of global {@code -fl-*} colours on {@code .root}
 * ({@code theme/tokens-light.css}, {@code theme/tokens-dark.css}); {@code theme/components.css}, the second tier,
 * derives every control's colours from them, the timeline canvas's {@code -tl-*} properties included.
 */
public enum Theme {
    LIGHT("tokens-light.css", "#fbfaf7"),
    DARK("tokens-dark.css", "#17191c");

    private static final String COMPONENTS = "components.css";

    private final String tokens;
    /**
     * The window's background, the theme's {@code -fl-bg}: the scene's fill, not a root background, so that nothing
     * is painted under the timeline's canvas on every frame (main-window.css). A scene's fill is not styleable, so
     * the colour is kept here as well; ThemeSwitchTest holds it to the token.
     */
    private final Color window;

    Theme(String tokens, String window) {
        this.tokens = tokens;
        this.window = Color.web(window);
    }

    /** The stylesheets of the theme, in order: its tokens, then the shared component tier. */
    public List<String> stylesheets() {
        return List.of(url(tokens), url(COMPONENTS));
    }

    /** Puts the theme's stylesheets on a scene, in place of any other theme's, keeping the scene's other sheets. */
    public void applyTo(Scene scene) {
        // One change of the list, not a removal then an addition: between the two, an open menu or popup restyled
        // itself with no tokens and JavaFX logged unresolved colours (seen under the monkey test's theme switches).
        java.util.List<String> sheets = new java.util.ArrayList<>(stylesheets());
        for (String sheet : scene.getStylesheets()) {
            if (java.util.Arrays.stream(values()).noneMatch(t -> t.stylesheets().contains(sheet))) {
                sheets.add(sheet);
            }
        }
        if (!sheets.equals(scene.getStylesheets())) {
            scene.getStylesheets().setAll(sheets);
        }
        scene.setFill(window);
    }

    /** The theme with this name, or light. */
    public static Theme named(String name) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(String.valueOf(name))) {
                return t;
            }
        }
        return LIGHT;
    }

    private static String url(String file) {
        return Objects.requireNonNull(Theme.class.getResource("theme/" + file), file).toExternalForm();
    }
}
