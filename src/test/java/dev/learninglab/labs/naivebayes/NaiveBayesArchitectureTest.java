package dev.learninglab.labs.naivebayes;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The lab's layering: the model is headless, and the lab uses no other lab. */
class NaiveBayesArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.learninglab.labs.naivebayes");

  @Test
  void modelDoesNotUseSwingOrAwt() {
    noClasses()
        .that()
        .resideInAPackage("dev.learninglab.labs.naivebayes.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javax.swing..", "java.awt..")
        .check(CLASSES);
  }

  @Test
  void modelDoesNotUseTheView() {
    noClasses()
        .that()
        .resideInAPackage("dev.learninglab.labs.naivebayes.model..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.learninglab.labs.naivebayes.view..")
        .check(CLASSES);
  }

  @Test
  void noOtherLabIsUsed() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("dev.learninglab.labs..")
                .and(resideOutsideOfPackage("dev.learninglab.labs.naivebayes..")))
        .check(CLASSES);
  }
}
