package dev.learninglab.labs.pipeline.model.project;

import dev.learninglab.labs.pipeline.model.Node;
import dev.learninglab.labs.pipeline.model.Pipeline;
import java.util.List;
import java.util.Map;

/** The tutorial's hello world: return_greeting → my_salutation → join_statements → my_message. */
public final class HelloProject implements ProjectDefinition {

  static String returnGreeting() {
    return "Hello";
  }

  static String joinStatements(String greeting) {
    return greeting + " Kedro!";
  }

  public static Pipeline pipeline() {
    return Pipeline.of(
        Node.builder("return_greeting", args -> List.of(returnGreeting()))
            .outputs("my_salutation")
            .tags("hello")
            .description("Returns the greeting \"Hello\".")
            .build(),
        Node.builder("join_statements", args -> List.of(joinStatements((String) args.get(0))))
            .inputs("my_salutation")
            .outputs("my_message")
            .tags("hello")
            .description("Joins the greeting with \" Kedro!\".")
            .build());
  }

  @Override
  public String starter() {
    return "hello";
  }

  @Override
  public Map<String, Pipeline> pipelines() {
    return Map.of("__default__", pipeline());
  }

  @Override
  public List<String> templateFiles() {
    return List.of(
        "README.md",
        "project.yml",
        "conf/base/catalog.yml",
        "conf/base/parameters.yml",
        "conf/local/.gitkeep");
  }
}
