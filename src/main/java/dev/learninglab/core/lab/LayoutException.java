package dev.learninglab.core.lab;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that stands outside the one shape of a lab ({@code <Name>Lab} plus {@code model/},
 * {@code view/}, {@code cli/}, {@code io/}), with the reason. {@code ArchitectureTest} lets it pass
 * and nothing else.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface LayoutException {
  /** Why the class cannot live in one of the lab's four packages. */
  String value();
}
