package dev.faultline.ui.detail;

import dev.faultline.model.Source;
import dev.faultline.ui.UiText;
import javafx.scene.control.Label;

/**
 * The key the model's own words cite a source by ("003 says …"), shown as a small badge before the source's title
 * wherever the source is named, so that such a sentence can be followed to its article.
 */
final class CiteBadge {

    static final String STYLE_CLASS = "source-cite";

    private CiteBadge() {
    }

    /** Puts the source's key before a label's text as its graphic; clears it when the source has none. */
    static void attach(Label title, Source source, UiText ui) {
        title.setGraphic(source == null ? null : source.citeKey().map(key -> badge(key, ui)).orElse(null));
    }

    private static Label badge(String key, UiText ui) {
        Label badge = new Label(key);
        badge.getStyleClass().add(STYLE_CLASS);
        badge.setMinWidth(Label.USE_PREF_SIZE);
        LazyTooltip.install(badge, ui.format("source.citeTooltip", key));
        return badge;
    }
}
