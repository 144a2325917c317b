package dev.faultline.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each layer only looks down: model → text → load → query → timeline → export → ui → app. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.faultline");
    }

    @Test
    void eachLayerOnlyLooksDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("dev.faultline.model..")
                .layer("load").definedBy("dev.faultline.load..")
                .layer("text").definedBy("dev.faultline.text..")
                .layer("query").definedBy("dev.faultline.query..")
                .layer("timeline").definedBy("dev.faultline.timeline..")
                .layer("export").definedBy("dev.faultline.export..")
                .layer("ui").definedBy("dev.faultline.ui..")
                .layer("app").definedBy("dev.faultline.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("export").mayOnlyBeAccessedByLayers("ui", "app")
                .whereLayer("timeline").mayOnlyBeAccessedByLayers("export", "ui", "app")
                .whereLayer("query").mayOnlyBeAccessedByLayers("timeline", "export", "ui", "app")
                .whereLayer("load").mayOnlyBeAccessedByLayers("query", "timeline", "export", "ui", "app")
                .whereLayer("text").mayOnlyBeAccessedByLayers("load", "query", "timeline", "export", "ui", "app")
                .check(classes);
    }

    @Test
    void theModelKnowsNothingOfTheViewOrOfJson() {
        noClasses().that().resideInAPackage("dev.faultline.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "tools.jackson..",
                        "com.fasterxml..", "dev.faultline.load..", "dev.faultline.ui..")
                .check(classes);
    }

    @Test
    void theEnginesBelowTheUiNeverTouchJavaFx() {
        noClasses().that().resideInAnyPackage("dev.faultline.model..", "dev.faultline.load..",
                        "dev.faultline.text..", "dev.faultline.query..", "dev.faultline.timeline..",
                        "dev.faultline.export..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void jacksonStaysInTheLoaderTheExportsAndTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("dev.faultline.load..", "dev.faultline.app..",
                        "dev.faultline.query..", "dev.faultline.export..")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml..")
                .check(classes);
    }
}
