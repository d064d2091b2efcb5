package dev.learninglab.core.io;

import java.nio.file.Path;

/**
 * Where Learning Lab keeps the learner's state: {@code ~/.learning-lab} unless the system property
 * {@code learninglab.home} or the environment variable {@code LEARNING_LAB_HOME} names another
 * folder (tests use that to stay out of the real home).
 */
public final class LabHome {
  private LabHome() {}

  public static Path dir() {
    String property = System.getProperty("learninglab.home");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String env = System.getenv("LEARNING_LAB_HOME");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".learning-lab");
  }
}
