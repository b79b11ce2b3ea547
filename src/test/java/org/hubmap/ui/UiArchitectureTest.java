package org.hubmap.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** How the window's own packages may depend on each other and on Gluon. */
@AnalyzeClasses(packages = "org.hubmap.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {

    @ArchTest
    static final ArchRule mapViewKnowsNothingOfTheWindowAroundIt = noClasses()
            .that().resideInAPackage("org.hubmap.ui.map..")
            .should().dependOnClassesThat().resideInAPackage("org.hubmap.ui")
            .because("the map control is reusable and the window depends on it, not the other way round");

    @ArchTest
    static final ArchRule onlyTheStateLayerReachesIntoGluonInternals = noClasses()
            .that().resideInAPackage("org.hubmap.ui..")
            .and().doNotHaveSimpleName("MapStateLayer")
            .should().dependOnClassesThat().resideInAPackage("com.gluonhq.impl..")
            .because("Gluon's internal map may change between versions; one class adapts to it");
}
