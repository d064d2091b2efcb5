package dev.learninglab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.compute.EpochReport;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.smell.model.gnn.GnnConfig;
import dev.learninglab.labs.smell.model.gnn.GnnTraining;
import dev.learninglab.labs.smell.model.graph.MolecularGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 *
 *
 * <pre>
 * Training throughput of the lab's GCN in DJL (the same code `smell train --model gcn` runs:
 * block-diagonal batches, sparse gather/scatter-add, Kipf & Welling normalisation, mean readout).
 * Reads the graphs written by SmellGraphsExport, trains EPOCHS epochs with Adam and
 * appends "djl <graphs per second in the training loop>" to RESULTS. Run by scripts/bench/bench-smell-train.
 *   java -Dlearninglab.threads=T -cp target/test-classes:target/learning-lab.jar dev.learninglab.bench.SmellTrainDjlBench GRAPHS.json EPOCHS BATCH RESULTS
 * </pre>
 */
public final class SmellTrainDjlBench {
  private SmellTrainDjlBench() {}

  public static void main(String[] args) throws Exception {
    JsonNode root = Json.mapper().readTree(Path.of(args[0]).toFile());
    int epochs = Integer.parseInt(args[1]);
    int batch = Integer.parseInt(args[2]);
    List<MolecularGraph> graphs = new ArrayList<>();
    List<float[]> labels = new ArrayList<>();
    for (JsonNode m : root) {
      graphs.add(
          new MolecularGraph(
              "",
              List.of(),
              Json.mapper().treeToValue(m.get("nodeFeatures"), int[][].class),
              Json.mapper().treeToValue(m.get("edges").get("src"), int[].class),
              Json.mapper().treeToValue(m.get("edges").get("dst"), int[].class),
              Json.mapper().treeToValue(m.get("edgeFeatures"), int[][].class)));
      labels.add(new float[] {(float) m.get("y").asDouble()});
    }
    int n = graphs.size();
    // everything trains; a 64-molecule validation part stands in for the lab's early stopping
    int[] train = IntStream.range(0, n).toArray();
    int[] validation = IntStream.range(0, 64).toArray();
    GnnTraining recipe = GnnTraining.recipe(GnnConfig.Kind.GCN, 1, epochs, 1);
    GnnTraining training = recipe.with(64, 3, batch, 0.003f, 0f);
    double[] samples = new double[1];
    double[] seconds = new double[1];
    TrainingListener listener =
        new TrainingListener() {
          @Override
          public void epochEnded(EpochReport r) {
            samples[0] += r.samplesPerSecond() * r.seconds();
            seconds[0] += r.seconds();
          }
        };
    GnnTraining.Inputs inputs =
        new GnnTraining.Inputs(
            graphs,
            labels.toArray(float[][]::new),
            1,
            train,
            validation,
            listener,
            Progress.none());
    training.train(inputs).close(); // only the throughput the listener heard is reported
    Files.writeString(
        Path.of(args[3]),
        String.format("djl %.1f%n", samples[0] / seconds[0]),
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }
}
