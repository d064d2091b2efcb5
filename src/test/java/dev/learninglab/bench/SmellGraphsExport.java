package dev.learninglab.bench;

import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.io.Json;
import dev.learninglab.labs.smell.model.data.OdourData;
import dev.learninglab.labs.smell.model.data.OdourTask;
import dev.learninglab.labs.smell.model.graph.MolecularGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 *
 *
 * <pre>
 * Writes the Learning-to-Smell training molecules as graphs with their fruity label (JSON array of
 * {"nodeFeatures", "edges": {"src", "dst"}, "edgeFeatures", "y"}), so both sides of
 * scripts/bench/bench-smell-train train on identical input. The file is derived from snapshot data: it
 * goes under bench-results/ (git-ignored), never into the repository.
 *   java -cp target/test-classes:target/learning-lab.jar dev.learninglab.bench.SmellGraphsExport TRAIN.csv OUT.json
 * </pre>
 */
public final class SmellGraphsExport {
  private SmellGraphsExport() {}

  public static void main(String[] args) throws Exception {
    OdourData data = OdourTask.FRUITY.read(Path.of(args[0]));
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      MolecularGraph g = data.graphs().get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("nodeFeatures", g.nodeFeatures());
      m.put("edges", Map.of("src", g.src(), "dst", g.dst()));
      m.put("edgeFeatures", g.edgeFeatures());
      m.put("y", data.labels()[i][0]);
      out.add(m);
    }
    AtomicFiles.writeString(Path.of(args[1]), Json.write(out));
  }
}
