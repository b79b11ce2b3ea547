package org.hubmap.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md: model <- geo <- io <- render <- sheet <- export <- ui, with cli beside ui,
 * and check on model and geo, used by ui, cli and the launcher.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hubmap");
    }

    @Test
    void onlyTheUserInterfaceTouchesJavaFxOrGluon() {
        noClasses().that().resideOutsideOfPackage("org.hubmap.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..")
                .check(classes);
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy("org.hubmap")
                .layer("Model").definedBy("org.hubmap.model..")
                .layer("Geo").definedBy("org.hubmap.geo..")
                .layer("Check").definedBy("org.hubmap.check..")
                .layer("IO").definedBy("org.hubmap.io..")
                .layer("Render").definedBy("org.hubmap.render..")
                .layer("Sheet").definedBy("org.hubmap.sheet..")
                .layer("Export").definedBy("org.hubmap.export..")
                .layer("UI").definedBy("org.hubmap.ui..")
                .layer("CLI").definedBy("org.hubmap.cli..")
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Check").mayOnlyBeAccessedByLayers("UI", "CLI", "Launcher")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("UI", "CLI", "Launcher")
                .whereLayer("Sheet").mayOnlyBeAccessedByLayers("Export", "UI", "CLI", "Launcher")
                .whereLayer("Render").mayOnlyBeAccessedByLayers("Sheet", "Export", "UI", "CLI", "Launcher")
                .whereLayer("IO").mayOnlyBeAccessedByLayers("Render", "Sheet", "Export", "UI", "CLI", "Launcher")
                .whereLayer("Geo").mayOnlyBeAccessedByLayers("Check", "IO", "Render", "Sheet", "Export", "UI", "CLI",
                        "Launcher")
                .withOptionalLayers(true)
                .check(classes);
    }

    @Test
    void theModelIsPlainJavaAndJts() {
        noClasses().that().resideInAPackage("org.hubmap.model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "java.nio.file..", "java.io..",
                        "javafx..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void sheetsAreLaidOutAndDrawnWithoutWritingFiles() {
        noClasses().that().resideInAPackage("org.hubmap.sheet..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "javafx..", "org.apache..",
                        "de.rototor..", "org.jfree..")
                .check(classes);
    }

    @Test
    void theChecksReadNoFilesAndDrawNothing() {
        noClasses().that().resideInAPackage("org.hubmap.check..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "java.nio.file..", "java.io..",
                        "javafx..", "com.fasterxml..")
                .check(classes);
    }
}
