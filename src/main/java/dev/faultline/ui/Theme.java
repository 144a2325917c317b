package dev.faultline.ui;

import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;

/**
 * The app's colour themes. A theme is a first-tier stylesheet of global {@code -fl-*} colours on {@code .root}
 * ({@code theme/tokens-light.css}, {@code theme/tokens-dark.css}); {@code theme/components.css}, the second tier,
 * derives every control's colours from them, the timeline canvas's {@code -tl-*} properties included.
 */
public enum Theme {
    LIGHT("tokens-light.css"),
    DARK("tokens-dark.css");

    private static final String COMPONENTS = "components.css";

    private final String tokens;

    Theme(String tokens) {
        this.tokens = tokens;
    }

    /** The stylesheets of the theme, in order: its tokens, then the shared component tier. */
    public List<String> stylesheets() {
        return List.of(url(tokens), url(COMPONENTS));
    }

    /** Puts the theme's stylesheets on a scene, in place of any other theme's, keeping the scene's other sheets. */
    public void applyTo(Scene scene) {
        for (Theme t : values()) {
            scene.getStylesheets().removeAll(t.stylesheets());
        }
        scene.getStylesheets().addAll(0, stylesheets());
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
