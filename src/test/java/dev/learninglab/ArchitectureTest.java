package dev.learninglab;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.learninglab.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * Every rule of docs/architecture.md, for the application's classes; an exception is a class
 * annotated {@link dev.learninglab.core.lab.LayoutException} with its reason. The rules live in
 * {@link ArchitectureRules}, where ArchitectureRulesTest shows that each one fails when broken.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.learninglab");
  private static final ArchitectureRules RULES = new ArchitectureRules("dev.learninglab");

  @Test
  void everyLabHasOneShape() {
    RULES.everyLabHasOneShape().check(CLASSES);
  }

  @Test
  void modelsAndHeadlessCoreNeverImportSwingOrAwt() {
    RULES.modelsAndHeadlessCoreNeverImportSwingOrAwt().check(CLASSES);
  }

  @Test
  void onlyViewsUseViews() {
    RULES.onlyViewsUseViews().check(CLASSES);
  }

  @Test
  void modelsNeverUseCommands() {
    RULES.modelsNeverUseCommands().check(CLASSES);
  }

  @Test
  void labsAreIndependent() {
    RULES.labsAreIndependent().check(CLASSES);
  }

  @Test
  void coreStaysBeneath() {
    RULES.coreStaysBeneath().check(CLASSES);
  }

  @Test
  void labsNeverUseTheShellOrTheRootCommand() {
    RULES.labsNeverUseTheShellOrTheRootCommand().check(CLASSES);
  }
}
