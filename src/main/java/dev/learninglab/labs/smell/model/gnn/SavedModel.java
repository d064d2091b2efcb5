package dev.learninglab.labs.smell.model.gnn;

import ai.djl.Model;
import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.core.compute.ParameterFiles;
import dev.learninglab.core.io.AtomicFiles;
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
 * A trained network or ensemble on disk: {@code model.json} (kind, width, depth, label names,
 * members) and one parameter file per member, {@code model.params} then {@code model-2.params} …
 * The jar ships two under {@code /smell/models/fruity} and {@code /smell/models/gslf}.
 */
public final class SavedModel implements AutoCloseable {
  static final String PARAMS = "model.params";
  static final String CONFIG = "model.json";

  private final GnnEnsemble ensemble;
  private final List<String> taskNames;

  private SavedModel(GnnEnsemble ensemble, List<String> taskNames) {
    this.ensemble = ensemble;
    this.taskNames = taskNames;
  }

  /** Writes {@code ensemble} with its output names into {@code dir}. */
  public static void save(GnnEnsemble ensemble, List<String> taskNames, Path dir)
      throws IOException {
    Files.createDirectories(dir);
    List<GnnEnsemble.Member> members = ensemble.members();
    for (int k = 0; k < members.size(); k++) {
      ParameterFiles.save(members.get(k).block(), dir.resolve(paramsFile(k)));
    }
    AtomicFiles.writeString(
        dir.resolve(CONFIG), configJson(ensemble.config(), taskNames, members.size()));
  }

  /** Member k's file: model.params for the first, model-2.params for the second … */
  static String paramsFile(int member) {
    return member == 0 ? PARAMS : "model-" + (member + 1) + ".params";
  }

  /** Loads a model saved by {@code smell train --out DIR}. */
  public static SavedModel load(Path dir) throws IOException {
    Path json = dir.resolve(CONFIG);
    if (!Files.isRegularFile(json) || !Files.isRegularFile(dir.resolve(PARAMS))) {
      throw new IOException(
          dir + " holds no trained smell model (expected " + CONFIG + " and " + PARAMS + ")");
    }
    try (InputStream config = Files.newInputStream(json)) {
      return load(
          config,
          member -> {
            Path file = dir.resolve(paramsFile(member));
            if (!Files.isRegularFile(file)) {
              throw new IOException(
                  dir + " lacks " + file.getFileName() + ", member " + (member + 1));
            }
            return Files.newInputStream(file);
          },
          dir.toString());
    }
  }

  /** Loads one of the shipped models (fruity or gslf); empty if the jar has none. */
  public static java.util.Optional<SavedModel> shipped(String task) throws IOException {
    String base = "/smell/models/" + task + "/";
    try (InputStream config = SavedModel.class.getResourceAsStream(base + CONFIG)) {
      if (config == null) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(
          load(
              config,
              member -> {
                InputStream in = SavedModel.class.getResourceAsStream(base + paramsFile(member));
                if (in == null) {
                  throw new IOException("the jar lacks " + base + paramsFile(member));
                }
                return in;
              },
              "the shipped " + task + " model"));
    }
  }

  /** Opens member k's parameters. */
  private interface MemberParams {
    InputStream open(int member) throws IOException;
  }

  private static SavedModel load(InputStream configIn, MemberParams params, String where)
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
    int count = node.has("members") ? node.get("members").asInt() : 1;
    List<GnnEnsemble.Member> members = new ArrayList<>();
    try {
      for (int k = 0; k < count; k++) {
        members.add(loadMember(config, params, k, where));
      }
    } catch (IOException | RuntimeException e) {
      members.forEach(m -> m.model().close());
      throw e;
    }
    return new SavedModel(new GnnEnsemble(members), List.copyOf(names));
  }

  private static GnnEnsemble.Member loadMember(
      GnnConfig config, MemberParams params, int k, String where) throws IOException {
    Model model = Model.newInstance("smell", Compute.device(), Compute.PYTORCH);
    OdourGnn block = new OdourGnn(config);
    model.setBlock(block);
    try (InputStream in = params.open(k)) {
      block.initialize(
          model.getNDManager(),
          ai.djl.ndarray.types.DataType.FLOAT32,
          new ai.djl.ndarray.types.Shape(1, 9));
      ParameterFiles.load(block, model.getNDManager(), in, where);
      return new GnnEnsemble.Member(model, block);
    } catch (IOException | RuntimeException e) {
      model.close();
      throw e;
    }
  }

  private static String configJson(GnnConfig config, List<String> taskNames, int members) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("kind", config.kind().cliName());
    map.put("hidden", config.hidden());
    map.put("layers", config.layers());
    map.put("members", members);
    map.put("taskNames", taskNames);
    return Json.write(map);
  }

  /** The network or ensemble. */
  public GnnEnsemble ensemble() {
    return ensemble;
  }

  public List<String> taskNames() {
    return taskNames;
  }

  @Override
  public void close() {
    ensemble.close();
  }
}
