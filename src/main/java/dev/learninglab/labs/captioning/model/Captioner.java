package dev.learninglab.labs.captioning.model;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.core.compute.ParameterFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained (or freshly initialised) captioning network of one {@link ModelKind} with its
 * vocabulary: captions pictures greedily or with beam search (v3), and exposes each decoding step.
 *
 * <pre>{@code
 * try (Captioner c = ModelLibrary.bundled(ModelKind.V3)) {
 *   Caption caption = c.caption(example.pixels(), 3);
 * }
 * }</pre>
 */
public final class Captioner implements AutoCloseable {

  /** Top next words listed per decoding step. */
  public static final int TOP = 5;

  private final ModelKind kind;
  private final Vocabulary vocabulary;
  private final int steps;
  private final Model model;

  private Captioner(ModelKind kind, Vocabulary vocabulary, int steps, Model model) {
    this.kind = kind;
    this.vocabulary = vocabulary;
    this.steps = steps;
    this.model = model;
  }

  /**
   * A new network with seeded initial weights; {@code steps} words at most (with {@code <end>}).
   */
  public static Captioner create(ModelKind kind, Vocabulary vocabulary, int steps, int seed) {
    Compute.seed(seed);
    Model model = Model.newInstance("caption-" + kind.id(), Compute.device(), Compute.PYTORCH);
    model.setBlock(
        switch (kind) {
          case V1 -> new RepeatDecoder(vocabulary.size(), steps, false);
          case V2 -> new RepeatDecoder(vocabulary.size(), steps, true);
          case V3 -> new AttentionDecoder(vocabulary.size());
        });
    Shape images = Encoder.imageShape(2);
    Shape[] shapes =
        kind.autoregressive() ? new Shape[] {images, new Shape(2, steps)} : new Shape[] {images};
    model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, shapes);
    return new Captioner(kind, vocabulary, steps, model);
  }

  /** A network with parameters read from {@code in}; {@code where} names it in errors. */
  public static Captioner load(
      ModelKind kind, Vocabulary vocabulary, int steps, InputStream in, String where)
      throws IOException {
    Captioner c = create(kind, vocabulary, steps, 0);
    try {
      ParameterFiles.load(c.model.getBlock(), c.model.getNDManager(), in, where);
    } catch (IOException | RuntimeException e) {
      c.close();
      throw e instanceof IOException io ? io : new IOException(where + ": " + e.getMessage(), e);
    }
    return c;
  }

  public ModelKind kind() {
    return kind;
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Most words a caption can have, {@code <end>} included. */
  public int steps() {
    return steps;
  }

  /** The DJL model, for training. */
  public Model djlModel() {
    return model;
  }

  /** Saves the parameters. */
  public void save(Path file) throws IOException {
    ParameterFiles.save(model.getBlock(), file);
  }

  /** Captions one picture: greedy when {@code beam} ≤ 1 or the model is not v3. */
  public Caption caption(float[] pixels, int beam) {
    if (kind.autoregressive() && beam > 1) {
      return BeamSearch.run(this, pixels, beam);
    }
    return captionAll(List.of(pixels)).get(0);
  }

  /** Beam search of width 1–5 with every step's kept hypotheses; v3 only. */
  public BeamTree beamTree(float[] pixels, int width) {
    if (!kind.autoregressive()) {
      throw new IllegalStateException(kind.id() + " does not read its previous word: no beam");
    }
    return BeamSearch.trace(this, pixels, width);
  }

  /** Greedy captions of many pictures, in batches. */
  public List<Caption> captionAll(List<float[]> pictures) {
    List<Caption> out = new ArrayList<>();
    for (int from = 0; from < pictures.size(); from += 64) {
      List<float[]> batch = pictures.subList(from, Math.min(pictures.size(), from + 64));
      try (NDManager scope = model.getNDManager().newSubManager()) {
        out.addAll(kind.autoregressive() ? greedyV3(scope, batch) : greedyRepeat(scope, batch));
      }
    }
    return out;
  }

  /** Greedy decoding of one picture, step by step, with the top next words at each step. */
  public List<DecodingStep> trace(float[] pixels) {
    List<DecodingStep> trace = new ArrayList<>();
    try (NDManager scope = model.getNDManager().newSubManager()) {
      ParameterStore ps = new ParameterStore(scope, false);
      NDArray images = images(scope, List.of(pixels));
      if (!kind.autoregressive()) {
        float[][] probs =
            probabilities(model.getBlock().forward(ps, new NDList(images), false).head());
        for (float[] p : probs) {
          DecodingStep s = step(p, null);
          trace.add(s);
          if (s.word().equals("<end>")) {
            break;
          }
        }
        return trace;
      }
      AttentionDecoder decoder = (AttentionDecoder) model.getBlock();
      NDList state = decoder.start(ps, images, false);
      NDArray keys = state.get(0);
      NDArray h = state.get(1);
      NDArray c = state.get(2);
      long word = Vocabulary.START;
      for (int t = 0; t < steps; t++) {
        NDArray w = scope.create(new long[] {word}, new Shape(1, 1));
        NDList r = decoder.step(ps, keys, h, c, w, false);
        h = r.get(2);
        c = r.get(3);
        float[] p = r.get(0).softmax(2).toFloatArray();
        DecodingStep s = step(p, r.get(1).toFloatArray());
        trace.add(s);
        if (s.word().equals("<end>")) {
          break;
        }
        word = vocabulary.indexOf(s.word());
      }
    }
    return trace;
  }

  private DecodingStep step(float[] p, float[] attention) {
    List<Integer> order = topIndices(p, TOP);
    List<String> words = new ArrayList<>();
    List<Double> probs = new ArrayList<>();
    for (int i : order) {
      words.add(vocabulary.word(i));
      probs.add((double) p[i]);
    }
    return new DecodingStep(words.get(0), words, probs, attention, Encoder.GRID);
  }

  static List<Integer> topIndices(float[] p, int k) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      idx.add(i);
    }
    idx.sort((a, b) -> Float.compare(p[b], p[a]));
    return idx.subList(0, Math.min(k, idx.size()));
  }

  private List<Caption> greedyRepeat(NDManager scope, List<float[]> batch) {
    ParameterStore ps = new ParameterStore(scope, false);
    NDArray logits = model.getBlock().forward(ps, new NDList(images(scope, batch)), false).head();
    float[][] probs = probabilities(logits);
    List<Caption> out = new ArrayList<>();
    for (int b = 0; b < batch.size(); b++) {
      List<Integer> ids = new ArrayList<>();
      double logProb = 0;
      boolean ended = false;
      for (int t = 0; t < steps; t++) {
        float[] p = probs[b * steps + t];
        int best = topIndices(p, 1).get(0);
        logProb += Math.log(p[best]);
        if (best == Vocabulary.END) {
          ended = true;
          break;
        }
        ids.add(best);
      }
      out.add(new Caption(words(ids), ended, logProb, 1));
    }
    return out;
  }

  private List<Caption> greedyV3(NDManager scope, List<float[]> batch) {
    ParameterStore ps = new ParameterStore(scope, false);
    AttentionDecoder decoder = (AttentionDecoder) model.getBlock();
    NDList state = decoder.start(ps, images(scope, batch), false);
    NDArray keys = state.get(0);
    NDArray h = state.get(1);
    NDArray c = state.get(2);
    int n = batch.size();
    long[] words = new long[n];
    java.util.Arrays.fill(words, Vocabulary.START);
    List<List<Integer>> ids = new ArrayList<>();
    double[] logProb = new double[n];
    boolean[] ended = new boolean[n];
    for (int i = 0; i < n; i++) {
      ids.add(new ArrayList<>());
    }
    for (int t = 0; t < steps; t++) {
      NDList r = decoder.step(ps, keys, h, c, scope.create(words, new Shape(n, 1)), false);
      h = r.get(2);
      c = r.get(3);
      float[][] probs = probabilities(r.get(0));
      boolean all = true;
      for (int b = 0; b < n; b++) {
        if (ended[b]) {
          continue;
        }
        int best = topIndices(probs[b], 1).get(0);
        logProb[b] += Math.log(probs[b][best]);
        if (best == Vocabulary.END) {
          ended[b] = true;
        } else {
          ids.get(b).add(best);
          all = false;
        }
        words[b] = best;
      }
      if (all) {
        break;
      }
    }
    List<Caption> out = new ArrayList<>();
    for (int b = 0; b < n; b++) {
      out.add(new Caption(words(ids.get(b)), ended[b], logProb[b], 1));
    }
    return out;
  }

  List<String> words(List<Integer> ids) {
    List<String> out = new ArrayList<>();
    for (int id : ids) {
      if (id > Vocabulary.UNKNOWN) {
        out.add(vocabulary.word(id));
      } else if (id == Vocabulary.UNKNOWN) {
        out.add("<unk>");
      }
    }
    return out;
  }

  /** Softmax of {@code (B,T,V)} logits as {@code B·T} rows. */
  static float[][] probabilities(NDArray logits) {
    long v = logits.getShape().get(logits.getShape().dimension() - 1);
    float[] flat = logits.softmax(-1).toFloatArray();
    float[][] rows = new float[(int) (flat.length / v)][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = java.util.Arrays.copyOfRange(flat, (int) (i * v), (int) ((i + 1) * v));
    }
    return rows;
  }

  static NDArray images(NDManager scope, List<float[]> pictures) {
    int size = pictures.get(0).length;
    float[] flat = new float[pictures.size() * size];
    for (int i = 0; i < pictures.size(); i++) {
      System.arraycopy(pictures.get(i), 0, flat, i * size, size);
    }
    return scope.create(flat, Encoder.imageShape(pictures.size()));
  }

  AttentionDecoder attentionDecoder() {
    return (AttentionDecoder) model.getBlock();
  }

  @Override
  public void close() {
    model.close();
  }
}
