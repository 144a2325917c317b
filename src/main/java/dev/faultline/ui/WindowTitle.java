package dev.faultline.ui;

import dev.faultline.model.TimelineModel;
import dev.faultline.text.LocalFormat;
import java.util.Locale;

/**
 * The main window's title: the app's name and the model's title, saying the name once. A model titled
 * "Faultline: the OpenAI leadership crisis…" makes the title just that, not "Faultline — Faultline: …".
 */
public final class WindowTitle {

    private WindowTitle() {
    }

    public static String of(TimelineModel model, Locale locale) {
        UiText t = UiText.of("shell", locale);
        String app = t.get("app.title");
        if (model == null) {
            return app;
        }
        String title = LocalFormat.of(locale).text(model.title()).strip();
        String folded = title.toLowerCase(Locale.ROOT);
        for (String word : app.split("\\s+")) {
            if (!word.isBlank() && folded.contains(word.toLowerCase(Locale.ROOT))) {
                return title;
            }
        }
        return t.format("app.titleWithModel", title);
    }
}
