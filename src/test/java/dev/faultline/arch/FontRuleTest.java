package dev.faultline.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Fonts come from one place, dev.faultline.ui.BundledFont, so the bundled CJK face is never left out of one. */
class FontRuleTest {

    private static final DescribedPredicate<JavaCall<?>> MAKES_A_FONT = DescribedPredicate.describe(
            "make a javafx.scene.text.Font (constructor, Font.font, Font.loadFont)",
            call -> call.getTargetOwner().getFullName().equals("javafx.scene.text.Font")
                    && (call.getName().equals("<init>") || call.getName().equals("font")
                            || call.getName().equals("loadFont")));

    @Test
    void onlyTheBundledFontMakesFonts() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.faultline");
        noClasses().that().doNotHaveFullyQualifiedName("dev.faultline.ui.BundledFont")
                .should().callCodeUnitWhere(MAKES_A_FONT)
                .because("every font must put the bundled CJK face in reach, or Chinese draws as boxes")
                .check(classes);
    }

    @Test
    void theRuleCatchesAFontMadeElsewhere() {
        JavaClasses offender = new ClassFileImporter().importClasses(MakesItsOwnFont.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses()
                .should().callCodeUnitWhere(MAKES_A_FONT).check(offender)).isInstanceOf(AssertionError.class);
    }

    /** A class that breaks the rule, to show the rule can fail. */
    static final class MakesItsOwnFont {
        Object font() {
            return javafx.scene.text.Font.font("Serif", 12);
        }
    }
}
