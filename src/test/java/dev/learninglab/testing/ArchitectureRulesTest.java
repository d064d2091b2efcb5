package dev.learninglab.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A test of ArchitectureTest: each rule passes a well-shaped fixture lab and fails, naming the
 * culprit, on fixtures that break it on purpose (in {@code dev.learninglab.archfixture}).
 */
class ArchitectureRulesTest {
  private static final String SOUND = "dev.learninglab.archfixture.sound";
  private static final String BROKEN = "dev.learninglab.archfixture.broken";

  static Stream<Arguments> rules() {
    return Stream.of(
        rule(ArchitectureRules::everyLabHasOneShape, "StrayHelper", "Misplaced"),
        rule(ArchitectureRules::modelsAndHeadlessCoreNeverImportSwingOrAwt, "SwingModel", "Upward"),
        rule(ArchitectureRules::onlyViewsUseViews, "ViewUsingCommand", "SwingModel"),
        rule(ArchitectureRules::modelsNeverUseCommands, "CommandUsingModel"),
        rule(ArchitectureRules::labsAreIndependent, "Borrower"),
        rule(ArchitectureRules::coreStaysBeneath, "Upward"),
        rule(ArchitectureRules::labsNeverUseTheShellOrTheRootCommand, "ShellUsingFile"));
  }

  private static Arguments rule(Function<ArchitectureRules, ArchRule> rule, String... culprits) {
    return Arguments.of(rule, culprits);
  }

  @ParameterizedTest
  @MethodSource("rules")
  void aWellShapedLabPasses(Function<ArchitectureRules, ArchRule> rule, String[] culprits) {
    JavaClasses sound = new ClassFileImporter().importPackages(SOUND);

    assertThatCode(() -> rule.apply(new ArchitectureRules(SOUND)).check(sound))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @MethodSource("rules")
  void aBrokenLabFailsNamingTheCulprit(
      Function<ArchitectureRules, ArchRule> rule, String[] culprits) {
    JavaClasses broken = new ClassFileImporter().importPackages(BROKEN);

    assertThatThrownBy(() -> rule.apply(new ArchitectureRules(BROKEN)).check(broken))
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(culprits);
  }

  @Test
  void theShapeRuleLetsAClassExcusedWithAReasonPass() {
    JavaClasses broken = new ClassFileImporter().importPackages(BROKEN);

    assertThatThrownBy(() -> new ArchitectureRules(BROKEN).everyLabHasOneShape().check(broken))
        .message()
        .contains("StrayHelper")
        .doesNotContain("Excused");
  }
}
