package dev.learninglab.labs.gauntlet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The Gauntlet's logic (model, runner, probe) never touches Swing or AWT. */
class GauntletLayeringTest {
  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.learninglab.labs.gauntlet");

  @Test
  void modelDoesNotUseSwingOrAwt() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.learninglab.labs.gauntlet.model..", "dev.learninglab.labs.gauntlet.probe..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javax.swing..", "java.awt..")
        .check(classes);
  }

  @Test
  void modelDoesNotUseTheView() {
    noClasses()
        .that()
        .resideInAPackage("dev.learninglab.labs.gauntlet.model..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.learninglab.labs.gauntlet.view..")
        .check(classes);
  }
}
