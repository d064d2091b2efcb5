// Super-resolution: reproducing FSRCNN, the notebook way.
// Run: jshell --class-path target/learning-lab.jar notebooks-equivalent/super-resolution.jsh
// (Set5 comes from the catalogued dataset sr-set5: set LEARNING_LAB_DATA_MIRROR or run
//  `learning-lab data fetch sr-set5` first.)
import dev.learninglab.core.compute.ComputeInfo;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.superres.io.ImageFolder;
import dev.learninglab.labs.superres.model.*;

// 1. Which engine and device will compute?
System.out.println(ComputeInfo.describe().summary());

// 2. The benchmark protocol: Y channel, mod-crop, MATLAB-style bicubic degradation.
var set5Dir = DatasetResolver.standard().resolve("sr-set5", Progress.none()).file("baby.png").getParent();
var set5 = BenchmarkSet.of(ImageFolder.load(set5Dir), 3);
System.out.println(BenchmarkSet.protocol(3));

// 3. Bicubic alone: the paper's Set5 ×3 baseline is 30.39 dB.
double bicubic = 0;
for (int i = 0; i < set5.truth().size(); i++) {
  bicubic += Metrics.psnr(set5.truth().get(i), Bicubic.upscale(set5.inputs().get(i), 3).quantized(), 3);
}
System.out.printf("bicubic ×3 on Set5: %.2f dB%n", bicubic / set5.truth().size());

// 4. The shipped FSRCNN-s: layer by layer, then scored image by image.
var model = ModelLibrary.bundled(ShippedModel.FSRCNN_S, 3);
System.out.println(model.config() + ", receptive radius " + model.receptiveRadius() + " LR pixels");
var report = Evaluation.run(set5, model);
report.images().forEach(s -> System.out.printf("%-14s bicubic %.2f dB  FSRCNN %.2f dB%n", s.name(), s.bicubicPsnr(), s.fsrcnnPsnr()));
System.out.printf("mean: bicubic %.2f dB, FSRCNN %.2f dB%n", report.mean().bicubicPsnr(), report.mean().fsrcnnPsnr());

// 5. The same network through ONNX Runtime gives the same pixels (within 1e-4 before rounding).
try (var onnx = OnnxNetwork.of(model)) {
  System.out.printf("ONNX Runtime mean: %.2f dB%n", Evaluation.run(set5, onnx).mean().fsrcnnPsnr());
}
model.close();
/exit
