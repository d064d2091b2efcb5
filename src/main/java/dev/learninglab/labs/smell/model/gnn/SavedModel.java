package dev.learninglab.labs.smell.model.gnn;

import ai.djl.Model;
import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.core.compute.ParameterFiles;
import dev.learninglab.core.io.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained network on disk: {@code model.params} and {@code model.json} (kind, width, depth, label
 * names). The jar ships two under {@code /smell/models/fruity} and {@code /smell/models/gslf}.
 */
public final class SavedModel implements AutoCloseable {
  static final String PARAMS = "model.params";
  static final String CONFIG = "model.json";

  private final Model model;
  private final OdourGnn block;
  private final List<String> taskNames;

  private SavedModel(Model model, OdourGnn block, List<String> taskNames) {
    this.model = model;
    this.block = block;
    this.taskNames = taskNames;
  }

  /** Loads a model saved by {@code smell train --out DIR}. */
  public static SavedModel load(Path dir) throws IOException {
    Path json = dir.resolve(CONFIG);
    if (!Files.isRegularFile(json) || !Files.isRegularFile(dir.resolve(PARAMS))) {
      throw new IOException(
          dir + " holds no trained smell model (expected " + CONFIG + " and " + PARAMS + ")");
    }
    try (InputStream config = Files.newInputStream(json);
        InputStream params = Files.newInputStream(dir.resolve(PARAMS))) {
      return load(config, params, dir.toString());
    }
  }

  /** Loads one of the shipped models (fruity or gslf); empty if the jar has none. */
  public static java.util.Optional<SavedModel> shipped(String task) throws IOException {
    String base = "/smell/models/" + task + "/";
    try (InputStream config = SavedModel.class.getResourceAsStream(base + CONFIG);
        InputStream params = SavedModel.class.getResourceAsStream(base + PARAMS)) {
      if (config == null || params == null) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(load(config, params, "the shipped " + task + " model"));
    }
  }

  private static SavedModel load(InputStream configIn, InputStream paramsIn, String where)
      throws IOException {
    JsonNode node = Json.mapper().readTree(configIn);
    List<String> names = new ArrayList<>();
    node.get("taskNames").forEach(n -> names.add(n.asText()));
    GnnConfig config =
        new GnnConfig(
            GnnConfig.Kind.parse(node.get("kind").asText()),
            node.get("hidden").asInt(),
            node.get("layers").asInt(),
            names.size());
    Model model = Model.newInstance("smell", Compute.device(), Compute.PYTORCH);
    OdourGnn block = new OdourGnn(config);
    model.setBlock(block);
    try {
      block.initialize(
          model.getNDManager(),
          ai.djl.ndarray.types.DataType.FLOAT32,
          new ai.djl.ndarray.types.Shape(1, 9));
      ParameterFiles.load(block, model.getNDManager(), paramsIn, where);
    } catch (IOException | RuntimeException e) {
      model.close();
      throw e;
    }
    return new SavedModel(model, block, List.copyOf(names));
  }

  static String configJson(GnnConfig config, List<String> taskNames) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("kind", config.kind().cliName());
    map.put("hidden", config.hidden());
    map.put("layers", config.layers());
    map.put("taskNames", taskNames);
    return Json.write(map);
  }

  public OdourGnn block() {
    return block;
  }

  public Model model() {
    return model;
  }

  public List<String> taskNames() {
    return taskNames;
  }

  @Override
  public void close() {
    model.close();
  }
}
