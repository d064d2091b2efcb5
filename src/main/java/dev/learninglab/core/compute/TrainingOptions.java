package dev.learninglab.core.compute;

import picocli.CommandLine.Option;

/**
 * The options every {@code train} command shares, as a picocli {@code @Mixin}: {@code --epochs},
 * {@code --lr} and {@code --json}. The command keeps its own wording and defaults in its resource
 * bundle ({@code @Command(resourceBundle = ...)}): keys {@code epochs}, {@code lr}, {@code json}
 * for the descriptions and {@code lr.default} for the learning rate's default (none: {@code --lr}
 * stays null and the lab's recipe decides).
 */
public final class TrainingOptions {
  @Option(names = "--epochs", required = true, descriptionKey = "epochs")
  public int epochs;

  @Option(names = "--lr", defaultValue = "${bundle:lr.default}", descriptionKey = "lr")
  public Float learningRate;

  @Option(names = "--json", descriptionKey = "json")
  public boolean json;
}
