package dev.learninglab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, enforced. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.learninglab");

  @Test
  void modelsAndHeadlessCoreNeverImportSwingOrAwt() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "..labs.*.model..",
            "..core.data..",
            "..core.task..",
            "..core.io..",
            "..core.compute..",
            "..core.random..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javax.swing..", "java.awt..")
        .allowEmptyShould(true)
        .check(CLASSES);
  }

  @Test
  void coreNeverDependsOnLabsShellOrCli() {
    noClasses()
        .that()
        .resideInAPackage("..core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.learninglab.labs..", "dev.learninglab.shell..", "dev.learninglab.cli..")
        .check(CLASSES);
  }

  @Test
  void labsNeverDependOnEachOtherNorOnTheShell() {
    slices()
        .matching("dev.learninglab.labs.(*)..")
        .should()
        .notDependOnEachOther()
        .allowEmptyShould(true)
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("..labs..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.learninglab.shell..", "dev.learninglab.cli..")
        .allowEmptyShould(true)
        .check(CLASSES);
  }
}
