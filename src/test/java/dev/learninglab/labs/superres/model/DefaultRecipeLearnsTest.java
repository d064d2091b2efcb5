package dev.learninglab.labs.superres.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.superres.io.ImageFolder;
import dev.learninglab.testing.Mirror;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Train tab's default button, on the data it uses: T91, ×3, FSRCNN-s, the paper recipe's rate,
 * batch and sub-image size, for one short epoch (40 steps). The loss must be finite and fall
 * whatever the seed, and the held-out PSNR must be a number.
 *
 * <p>And the whole default run, the tab's ten epochs of 128 steps, passes bicubic on the nine
 * held-out T91 images (bicubic 26.59 dB at ×3): the learner's first press of Train is worth it.
 */
class DefaultRecipeLearnsTest {

  private static final int SCALE = 3;
  private static List<Plane> training;
  private static BenchmarkSet heldOut;

  @TempDir Path dir;

  @BeforeAll
  static void loadT91() throws Exception {
    Mirror.assumeDatasets("sr-t91");
    // found as the tab finds it
    Path t91 =
        DatasetResolver.standard().resolve("sr-t91", Progress.none()).file("t1.bmp").getParent();
    HeldOut split = HeldOut.of(ImageFolder.load(t91));
    training = split.training().stream().map(i -> YCbCr.luma(i.image())).toList();
    heldOut = BenchmarkSet.of(split.validation(), SCALE);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void oneShortEpochLowersAFiniteLoss(int seed) throws Exception {
    TrainingSpec defaults = TrainingSpec.defaults(SCALE, 1, dir);
    // fewer sub-images than an epoch of the tab's, in its own batches of its own size
    TrainingSpec spec =
        defaults
            .withSeed(seed)
            .withPatches(40 * defaults.batchSize(), defaults.batchSize(), defaults.lrPatch());
    List<Double> losses = new ArrayList<>();

    FsrcnnTraining.Outcome outcome =
        FsrcnnTraining.run(
            spec,
            training,
            heldOut,
            new dev.learninglab.core.compute.TrainingListener() {
              @Override
              public void stepEnded(int epoch, int batch, int batches, double loss) {
                losses.add(loss);
              }
            },
            Progress.none());

    assertThat(losses).hasSize(40).allMatch(Double::isFinite);
    int quarter = losses.size() / 4;
    double first = mean(losses.subList(0, quarter));
    double last = mean(losses.subList(losses.size() - quarter, losses.size()));
    assertThat(last).as("last quarter's mean loss vs the first's").isLessThan(first);
    assertThat(outcome.bestPsnr()).isFinite();
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  @Test
  void theTabsDefaultRunPassesBicubicOnHeldOutImages() throws Exception {
    TrainingSpec spec = TrainingSpec.defaults(SCALE, TrainingSpec.TAB_EPOCHS, dir);

    FsrcnnTraining.Outcome outcome =
        FsrcnnTraining.run(
            spec,
            training,
            heldOut,
            dev.learninglab.core.compute.TrainingListener.none(),
            Progress.none());

    assertThat(outcome.bestPsnr()).isGreaterThan(heldOut.meanBicubicPsnr());
  }
}
