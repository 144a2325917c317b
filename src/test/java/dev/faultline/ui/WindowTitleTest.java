package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.LocalizedText;
import dev.faultline.model.TimelineModel;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WindowTitleTest {

    private static TimelineModel titled(String en, String zh) {
        return new TimelineModel(LocalizedText.of(en, zh), LocalizedText.of("", null), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aModelNamedAfterTheAppIsNamedOnce() {
        TimelineModel m = titled("Faultline: the OpenAI leadership crisis", "斷層線:OpenAI 領導權危機");

        assertThat(WindowTitle.of(m, Locale.ENGLISH)).isEqualTo("Faultline: the OpenAI leadership crisis");
        assertThat(WindowTitle.of(m, Locale.TRADITIONAL_CHINESE)).isEqualTo("斷層線:OpenAI 領導權危機");
    }

    @Test
    void anyOtherModelFollowsTheAppsName() {
        TimelineModel m = titled("The Fall of Rome", "羅馬的衰亡");

        assertThat(WindowTitle.of(m, Locale.ENGLISH)).isEqualTo("Faultline — The Fall of Rome");
        assertThat(WindowTitle.of(m, Locale.TRADITIONAL_CHINESE)).isEqualTo("Faultline 斷層線 — 羅馬的衰亡");
        assertThat(WindowTitle.of(null, Locale.ENGLISH)).isEqualTo("Faultline");
    }
}
