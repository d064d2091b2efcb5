package dev.learninglab.core.io;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line that runs this program again: its JVM, options, class path and main class. */
public final class SameProgram {
  private SameProgram() {}

  /** This program with {@code args} as its arguments. */
  public static List<String> command(Class<?> mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    if (Files.isExecutable(java)) {
      command.add(java.toString());
      command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(mainClass.getName());
    } else {
      // an installed app's runtime has no java command: its own launcher sets the class path
      command.add(ProcessHandle.current().info().command().orElseThrow());
    }
    command.addAll(args);
    return command;
  }
}
