package dev.learninglab.core.compute;

import static dev.learninglab.core.i18n.CoreTexts.T;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * The one epoch line every CLI {@code train} prints, e.g. {@code fold 2 epoch 3/10 loss 0.4321
 * validation ROC-AUC 0.8123 (best) 950 graphs/s 12 s}; a missing validation score shows as {@code
 * -}. A lab chooses only the words and precisions, never the shape.
 */
public final class EpochLinePrinter implements TrainingListener {
  private final PrintWriter out;
  private final String lossFormat;
  private final String validationName;
  private final String validationFormat;
  private final String samples;
  private final Supplier<String> context;

  /**
   * @param lossFormat e.g. {@code %.4f}
   * @param validationName e.g. {@code validation PSNR}
   * @param validationFormat e.g. {@code %.3f dB}
   * @param samples what one training sample is, plural, e.g. {@code images}
   */
  public EpochLinePrinter(
      PrintWriter out,
      String lossFormat,
      String validationName,
      String validationFormat,
      String samples) {
    this(out, lossFormat, validationName, validationFormat, samples, () -> "");
  }

  private EpochLinePrinter(
      PrintWriter out,
      String lossFormat,
      String validationName,
      String validationFormat,
      String samples,
      Supplier<String> context) {
    this.out = out;
    this.lossFormat = lossFormat;
    this.validationName = validationName;
    this.validationFormat = validationFormat;
    this.samples = samples;
    this.context = context;
  }

  /** This printer with {@code context} (asked at each epoch, e.g. "fold 2") before "epoch". */
  public EpochLinePrinter withContext(Supplier<String> context) {
    return new EpochLinePrinter(
        out, lossFormat, validationName, validationFormat, samples, context);
  }

  /** The line for {@code r}, without a line break. */
  public String line(EpochReport r) {
    String where = context.get();
    return T.get(
        "core.epoch.line",
        where.isEmpty() ? "" : where + " ",
        r.epoch(),
        r.epochs(),
        lossFormat.formatted(r.trainLoss()),
        validationName,
        Double.isNaN(r.validation()) ? "-" : validationFormat.formatted(r.validation()),
        r.best() && !Double.isNaN(r.validation()) ? T.get("core.epoch.best") : "",
        "%.0f".formatted(r.samplesPerSecond()),
        samples,
        "%.0f".formatted(r.seconds()));
  }

  @Override
  public void epochEnded(EpochReport r) {
    out.println(line(r));
    out.flush();
  }
}
