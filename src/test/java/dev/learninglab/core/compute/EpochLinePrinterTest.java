package dev.learninglab.core.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EpochLinePrinterTest {
  private final EpochLinePrinter psnr =
      new EpochLinePrinter(
          new PrintWriter(new StringWriter()), "%.6f", "PSNR", "%.3f dB", "patches");

  @Test
  void oneLineHoldsEpochLossValidationSpeedAndTime() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.ROOT);
    try {
      assertThat(psnr.line(new EpochReport(3, 10, 0.0012345, 31.25, true, 1999.6, 41.2)))
          .isEqualTo("epoch 3/10  loss 0.001235  PSNR 31.250 dB (best)  2000 patches/s  41 s");
      assertThat(psnr.line(new EpochReport(1, 2, 0.5, Double.NaN, false, 10, 1)))
          .isEqualTo("epoch 1/2  loss 0.500000  PSNR -  10 patches/s  1 s");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void contextComesFirstAndIsAskedAtEachEpoch() {
    StringWriter text = new StringWriter();
    int[] fold = {1};
    TrainingListener printer =
        new EpochLinePrinter(new PrintWriter(text), "%.1f", "AUC", "%.1f", "graphs")
            .withContext(() -> "fold " + fold[0]);
    printer.epochEnded(new EpochReport(1, 1, 1, 1, false, 1, 1));
    fold[0] = 2;
    printer.epochEnded(new EpochReport(1, 1, 1, 1, false, 1, 1));
    assertThat(text.toString().lines())
        .extracting(l -> l.substring(0, 14))
        .containsExactly("fold 1 epoch 1", "fold 2 epoch 1");
  }
}
