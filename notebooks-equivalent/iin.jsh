// Interpretation (invertible interpretation networks) — the tutorial as a Java shell script.
// Run from the repository root:
//   jshell --class-path target/learning-lab.jar notebooks-equivalent/iin.jsh
// A flow on the plane first, then the two IIN stages on ColorfulMNIST (a few steps only here: the
// real runs are `learning-lab iin train-ae --epochs 30` and `train-flow --epochs 30`), then a swap
// with the shipped model.

import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.iin.model.ae.*;
import dev.learninglab.labs.iin.model.data.*;
import dev.learninglab.labs.iin.model.iin.*;
import dev.learninglab.labs.iin.model.toy.*;
import java.nio.file.Files;

// 1. A flow of 8 blocks learns FFJORD's 8 gaussians; its held-out NLL approaches the entropy.
try (var flow = PlaneFlow.train(PlaneDensity.EIGHT_GAUSSIANS, 8, 500, 0, TrainingListener.none(), Progress.none())) {
  var r = ToyReport.of(flow, 0);
  System.out.printf("8 gaussians after 500 steps: NLL %.3f nats, entropy %.3f%n", r.nll(), r.entropy());
  var layers = flow.trace(PlaneDensity.EIGHT_GAUSSIANS.sample(3, new java.util.Random(1)));
  System.out.println("one point through the blocks: " + layers.stream().map(l -> String.format("(%.2f, %.2f)", l[0], l[1])).toList());
}

// 2. Stage 1: the autoencoder (and the digit oracle) on the 8,000 training digits, one epoch.
var data = ColourDigits.load(DatasetResolver.standard(), Progress.none());
var dir = Files.createTempDirectory("iin-notebook");
var ae = StageOneTrainer.train(data, 1, StageOneTrainer.LEARNING_RATE, 0, CheckpointFolder.at(dir.resolve("ae"), StageOneCard.NAME), TrainingListener.none(), Progress.none());
System.out.printf("autoencoder after 1 epoch: test MSE %.4f, oracle accuracy %.3f%n", ae.testReconstructionMse(), ae.oracleTestAccuracy());

// 3. Stage 2: a tiny IIN (2 blocks, 20 steps) with the factor loss; the chunk sizes come from
//    the correlation of paired codes.
var iinCard = IinTrainer.train(CheckpointFolder.at(dir.resolve("ae"), StageOneCard.NAME), data, new IinTrainer.Recipe(1, 20, 2, 32, IinTrainer.LEARNING_RATE, 0), CheckpointFolder.at(dir.resolve("iin"), IinCard.NAME), TrainingListener.none(), Progress.none());
System.out.println("chunk sizes (residual, digit, colour): " + java.util.Arrays.toString(iinCard.sizes()));

// 4. The shipped model: give test image 3 the digit of test image 10.
try (var model = IinModel.load(IinModel.folder(IinModel.SHIPPED))) {
  var s = SwapResult.of(model, data, 3, 10, "digit");
  System.out.printf("A: digit %d tint %d; B: digit %d tint %d%n", s.imageA().digit(), s.imageA().tint(), s.imageB().digit(), s.imageB().tint());
  System.out.printf("swap through the IIN: digit %d tint %d; on z without T: digit %d tint %d%n", s.throughFlow().digit(), s.throughFlow().tint(), s.withoutFlow().digit(), s.withoutFlow().tint());
}
/exit
