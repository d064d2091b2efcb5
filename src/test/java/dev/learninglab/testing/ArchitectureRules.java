package dev.learninglab.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.learninglab.core.lab.LayoutException;
import java.util.Set;

/**
 * The rules of docs/architecture.md for the classes under {@code root}: the application's in {@code
 * ArchitectureTest}, and deliberately broken fixtures in {@code ArchitectureRulesTest}, which shows
 * that each rule can fail.
 */
public final class ArchitectureRules {
  private static final Set<String> LAB_PARTS = Set.of("model", "view", "cli", "io");

  private final String root;

  public ArchitectureRules(String root) {
    this.root = root;
  }

  /** A lab holds its {@code <Name>Lab} and the packages model, view, cli and io: nothing else. */
  public ArchRule everyLabHasOneShape() {
    return classes()
        .that()
        .resideInAPackage(root + ".labs..")
        .should(sitInALabPart())
        .allowEmptyShould(true);
  }

  /** Models, and core but for its Swing helpers, never touch Swing or AWT. */
  public ArchRule modelsAndHeadlessCoreNeverImportSwingOrAwt() {
    return noClasses()
        .that()
        .resideInAnyPackage(
            root + ".labs.*.model..",
            root + ".core.data..",
            root + ".core.task..",
            root + ".core.io..",
            root + ".core.compute..",
            root + ".core.random..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javax.swing..", "java.awt..")
        .allowEmptyShould(true);
  }

  /** Commands and file or network code never reach into a view; models never reach out at all. */
  public ArchRule onlyViewsUseViews() {
    return noClasses()
        .that()
        .resideInAnyPackage(root + ".labs.*.cli..", root + ".labs.*.io..", root + ".labs.*.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(root + ".labs.*.view..", "javax.swing..")
        .allowEmptyShould(true);
  }

  /** A model is the lab's headless heart: it uses neither the lab's commands nor its views. */
  public ArchRule modelsNeverUseCommands() {
    return noClasses()
        .that()
        .resideInAPackage(root + ".labs.*.model..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".labs.*.cli..")
        .allowEmptyShould(true);
  }

  /** Labs never use each other. */
  public ArchRule labsAreIndependent() {
    return slices()
        .matching(root + ".labs.(*)..")
        .should()
        .notDependOnEachOther()
        .allowEmptyShould(true);
  }

  /** Core is beneath everything: it never uses a lab, the shell or the command line. */
  public ArchRule coreStaysBeneath() {
    return noClasses()
        .that()
        .resideInAPackage(root + ".core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(root + ".labs..", root + ".shell..", root + ".cli..")
        .allowEmptyShould(true);
  }

  /** Labs use core, never the shell or the top-level command line. */
  public ArchRule labsNeverUseTheShellOrTheRootCommand() {
    return noClasses()
        .that()
        .resideInAPackage(root + ".labs..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(root + ".shell..", root + ".cli..")
        .allowEmptyShould(true);
  }

  private ArchCondition<JavaClass> sitInALabPart() {
    String labs = root + ".labs.";
    return new ArchCondition<>("be the lab's <Name>Lab or sit in its model, view, cli or io") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        // nested and anonymous classes share their top-level class's place and excuse
        String[] path = item.getPackageName().substring(labs.length()).split("\\.");
        JavaClass top = topLevelOf(item);
        boolean inPlace =
            path.length == 1 ? top.getSimpleName().endsWith("Lab") : LAB_PARTS.contains(path[1]);
        boolean ok = inPlace || top.isAnnotatedWith(LayoutException.class);
        if (!ok) {
          events.add(
              SimpleConditionEvent.violated(
                  item, item.getName() + " is outside model/, view/, cli/ and io/ of its lab"));
        }
      }
    };
  }

  private static JavaClass topLevelOf(JavaClass item) {
    JavaClass top = item;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    return top;
  }
}
