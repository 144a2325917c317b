package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.text.ChinesePunctuation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The Chinese interface is punctuated as Taiwan writes Chinese: full-width ，：；？！（） in its sentences. Kept half
 * width, as zh-TW menus and dialogs write them: a menu's mnemonic 檔案(_F), a shortcut (Ctrl+F), a file pattern
 * (*.json). The Simplified interface is converted from these strings, so it follows.
 */
class ChineseUiPunctuationTest {

    private static final String[] BUNDLES = {"detail", "filter", "shell", "timeline"};

    @Test
    void theTraditionalChineseInterfaceUsesFullWidthMarksInItsSentences() {
        List<String> slips = new ArrayList<>();
        for (String name : BUNDLES) {
            ResourceBundle bundle = ResourceBundle.getBundle("dev.faultline.ui.i18n." + name, Locale.TAIWAN);
            for (String key : bundle.keySet()) {
                String value = bundle.getString(key);
                // A placeholder stands for a word ("已匯出 {0}:{1}" is a slip), and the exempt brackets go.
                String checked = value.replaceAll("\\{[0-9][^}]*}", "X")
                        .replaceAll("\\((_[A-Za-z]|(Ctrl|Alt|Shift)\\+[^)]*|\\*\\.[a-z]+)\\)", "");
                int at = ChinesePunctuation.firstHalfWidth(checked);
                if (at >= 0) {
                    slips.add(name + ": " + key + " = " + value);
                }
            }
        }
        assertThat(slips).isEmpty();
    }
}
