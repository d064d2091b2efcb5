package dev.learninglab.labs.smell;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The smell lab's model and commands never touch Swing or AWT, and it imports no other lab. */
class SmellLayeringTest {
  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.learninglab.labs.smell");

  @Test
  void modelAndCommandDoNotImportSwingOrAwt() {
    noClasses()
        .that()
        .resideInAnyPackage("..labs.smell.model..", "..labs.smell.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javax.swing..", "java.awt..")
        .check(classes);
  }

  @Test
  void noOtherLabIsImported() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("dev.learninglab.labs..")
                .and(not(resideInAPackage("dev.learninglab.labs.smell.."))))
        .check(classes);
  }
}
