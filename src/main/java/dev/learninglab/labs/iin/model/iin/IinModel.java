package dev.learninglab.labs.iin.model.iin;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.learninglab.core.compute.CheckpointCard;
import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.labs.iin.model.ae.Autoencoder;
import dev.learninglab.labs.iin.model.ae.StageOne;
import dev.learninglab.labs.iin.model.ae.StageOneCard;
import dev.learninglab.labs.iin.model.flow.Flow;
import java.io.IOException;

/**
 * A trained IIN with its autoencoder: maps codes z to factors z̃ = T(z) and back, and swaps factor
 * chunks between images, through T or (for comparison) directly on the same dimensions of z.
 */
public final class IinModel implements AutoCloseable {
  /** The shipped ColorfulMNIST model, among the application's resources. */
  public static final String SHIPPED = "colormnist";

  private final StageOne stage;
  private final Flow flow;
  private final IinCard card;

  IinModel(StageOne stage, Flow flow, IinCard card) {
    this.stage = stage;
    this.flow = flow;
    this.card = card;
  }

  /** The model in {@code dir}, or the shipped one for {@code colormnist}. */
  public static CheckpointFolder folder(String model) {
    if (SHIPPED.equals(model)) {
      return CheckpointFolder.shipped("/dev/learninglab/labs/iin/colormnist/", IinCard.NAME);
    }
    return CheckpointFolder.at(java.nio.file.Path.of(model), IinCard.NAME);
  }

  public static IinModel load(CheckpointFolder folder) throws IOException {
    if (folder.dir() != null
        && !folder.exists()
        && CheckpointFolder.at(folder.dir(), StageOneCard.NAME).exists()) {
      throw new IOException(
          folder.dir()
              + " holds a stage-1 autoencoder, not a trained IIN: run train-flow --ae "
              + folder.dir()
              + " first");
    }
    CheckpointCard card = folder.card(StageOne.LAB);
    IinCard own = card.model(IinCard.class, folder.where(folder.cardName()));
    if (!IinCard.KIND.equals(own.kind()) || card.members() != 3 || own.flow() == null) {
      throw new IOException(
          folder.where(folder.cardName()) + " is not a trained IIN (kind " + own.kind() + ")");
    }
    StageOne stage = StageOne.loadMembers(folder, own.stageOne());
    try {
      Flow flow = new Flow(own.flow());
      flow.initialize(stage.manager(), DataType.FLOAT32, new Shape(1, own.flow().dim()));
      folder.loadWeights(2, flow, stage.manager());
      return new IinModel(stage, flow, own);
    } catch (IOException | RuntimeException e) {
      stage.close();
      throw e;
    }
  }

  public IinCard card() {
    return card;
  }

  public FactorLayout layout() {
    return card.layout();
  }

  public StageOne stage() {
    return stage;
  }

  /** z̃ = T(z) for {@code n} codes. */
  public float[] forward(float[] codes, int n) {
    try (NDManager scope = stage.manager().newSubManager()) {
      NDArray z = scope.create(codes, new Shape(n, Autoencoder.CODE));
      return flow.forward(new ParameterStore(scope, false), new NDList(z), false)
          .get(0)
          .toFloatArray();
    }
  }

  /** z = T⁻¹(z̃) for {@code n} factor codes. */
  public float[] inverse(float[] factors, int n) {
    try (NDManager scope = stage.manager().newSubManager()) {
      NDArray zt = scope.create(factors, new Shape(n, Autoencoder.CODE));
      return flow.inverse(new ParameterStore(scope, false), zt).toFloatArray();
    }
  }

  /**
   * Codes of {@code n} images a with chunk {@code chunk} taken from images b: through the flow (z̃ₐ
   * gets z̃_b's chunk, then T⁻¹) or, with {@code throughFlow} false, the same dimensions of z
   * itself.
   */
  public float[] swap(float[] codesA, float[] codesB, int n, int chunk, boolean throughFlow) {
    float[] a = throughFlow ? forward(codesA, n) : codesA.clone();
    float[] b = throughFlow ? forward(codesB, n) : codesB;
    int from = layout().start(chunk);
    int size = layout().sizes()[chunk];
    int d = Autoencoder.CODE;
    for (int i = 0; i < n; i++) {
      System.arraycopy(b, i * d + from, a, i * d + from, size);
    }
    return throughFlow ? inverse(a, n) : a;
  }

  @Override
  public void close() {
    stage.close();
  }
}
