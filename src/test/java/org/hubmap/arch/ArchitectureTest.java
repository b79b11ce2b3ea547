package org.hubmap.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.hubmap.io.LayoutWriter;
import org.hubmap.model.Layout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md: model <- geo <- io <- render <- sheet <- export <- ui, with cli beside ui,
 * check and compare on model and geo, and document on model and io (its storage), all used by ui, cli and the
 * launcher; recovery (autosave) on document and io, used by ui; the map tools behind one interface; the feature
 * schema in one class.
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
                .layer("Compare").definedBy("org.hubmap.compare..")
                .layer("IO").definedBy("org.hubmap.io..")
                .layer("Document").definedBy("org.hubmap.document..")
                .layer("Recovery").definedBy("org.hubmap.recovery..")
                .layer("Render").definedBy("org.hubmap.render..")
                .layer("Sheet").definedBy("org.hubmap.sheet..")
                .layer("Export").definedBy("org.hubmap.export..")
                .layer("UI").definedBy("org.hubmap.ui..")
                .layer("CLI").definedBy("org.hubmap.cli..")
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Check").mayOnlyBeAccessedByLayers("UI", "CLI", "Launcher")
                .whereLayer("Compare").mayOnlyBeAccessedByLayers("UI", "CLI", "Launcher")
                .whereLayer("Document").mayOnlyBeAccessedByLayers("Recovery", "UI", "CLI", "Launcher")
                .whereLayer("Recovery").mayOnlyBeAccessedByLayers("UI", "Launcher")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("UI", "CLI", "Launcher")
                .whereLayer("Sheet").mayOnlyBeAccessedByLayers("Export", "UI", "CLI", "Launcher")
                .whereLayer("Render").mayOnlyBeAccessedByLayers("Sheet", "Export", "UI", "CLI", "Launcher")
                .whereLayer("IO").mayOnlyBeAccessedByLayers("Document", "Recovery", "Render", "Sheet", "Export", "UI",
                        "CLI", "Launcher")
                .whereLayer("Geo").mayOnlyBeAccessedByLayers("Check", "Compare", "IO", "Document", "Render", "Sheet",
                        "Export", "UI", "CLI", "Launcher")
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

    @Test
    void comparingAndMergingReadNoFilesAndDrawNothing() {
        noClasses().that().resideInAPackage("org.hubmap.compare..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "java.nio.file..", "java.io..",
                        "javafx..", "com.fasterxml..")
                .because("the window and the command line both compare layouts they have read")
                .check(classes);
    }

    @Test
    void theDocumentIsPlainJavaAndKnowsNoFileFormat() {
        noClasses().that().resideInAPackage("org.hubmap.document..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "java.nio.file..", "javafx..",
                        "com.fasterxml..", "org.hubmap.render..", "org.hubmap.check..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Reader")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Writer")
                .because("a document reads and saves through its LayoutStorage, whichever store that is")
                .check(classes);
    }

    @Test
    void theWindowSavesThroughStorageNotTheWriter() {
        noClasses().that().resideInAPackage("org.hubmap.ui..")
                .should().callMethod(LayoutWriter.class, "save", Layout.class, Path.class)
                .because("saving is the storage's business (a file today, a database later)")
                .check(classes);
    }

    @Test
    void mapToolsAreReachedOnlyThroughTheirInterface() {
        noClasses().that().doNotHaveSimpleName("MapTool")
                .should().dependOnClassesThat(JavaClass.Predicates.implement("org.hubmap.ui.edit.MapMode"))
                .because("adding a tool is adding its class and naming it in MapTool; nothing else may know it")
                .check(classes);
    }

    @Test
    void mapToolsKeepTheirStateToThemselves() {
        classes().that().implement("org.hubmap.ui.edit.MapMode")
                .should().haveSimpleNameEndingWith("Mode").andShould().notBePublic()
                .andShould().resideInAPackage("org.hubmap.ui.edit")
                .check(classes);
    }
}
