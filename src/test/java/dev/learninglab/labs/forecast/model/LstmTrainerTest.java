package dev.learninglab.labs.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.learninglab.core.compute.CheckpointCard;
import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.core.compute.StopReason;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.forecast.io.SeriesSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny LSTM (window 10, 4 units, 2 epochs) through training, its checkpoint and evaluation. */
class LstmTrainerTest {
  @TempDir Path dir;

  private static final SeriesName GOOG = new SeriesName("goog", null, null);

  static LstmSpec tiny(Target target, boolean leaky) {
    return new LstmSpec(10, 1, 4, 2, 0.01f, 64, 3, target, leaky);
  }

  @Test
  void trainsSavesOneCheckpointAndEvaluatesAgainstTheBaselines() throws Exception {
    Series s = SeriesSource.load(GOOG, 10, Progress.none());
    Path out = dir.resolve("m");
    LstmTrainer.Outcome o =
        LstmTrainer.train(
            GOOG, s, tiny(Target.NEXT, false), out, TrainingListener.none(), Progress.none());
    assertThat(o.result().epochs()).hasSize(2);
    CheckpointCard card = CheckpointFolder.at(out, ModelCard.NAME).card(ModelCard.LAB);
    assertThat(card.stopReason()).isEqualTo(StopReason.COMPLETED);
    assertThat(card.score()).isEqualTo(o.result().bestValidation()).isNegative();
    try (Forecaster f = Forecaster.load(CheckpointFolder.at(out, ModelCard.NAME))) {
      assertThat(f.card().scalerMax())
          .isEqualTo(maxOf(s.values(), new Protocol(10).trainRows(s.size())));
      Evaluation e = Evaluation.run(f, s, 0, Progress.none());
      assertThat(e.lstm()).hasSize(e.windows().count());
      assertThat(java.util.Arrays.stream(e.lstm()).allMatch(Double::isFinite)).isTrue();
      // the DM statistic has the sign of the MSE difference
      assertThat(Math.signum(e.dm().statistic()))
          .isEqualTo(Math.signum(e.ratioToPersistence() - 1));
      assertThat(e.verdict()).startsWith("The LSTM's MSE is ");
      // the next-day forecast is the same number the last test window's method gives
      double[] x = s.values();
      assertThat(f.nextDay(x)).isFinite().isBetween(0.5 * x[x.length - 1], 1.5 * x[x.length - 1]);
    }
  }

  @Test
  void leakyScalingIsFittedOnTheWholeSeriesAndSaidSo() throws Exception {
    Series s = SeriesSource.load(GOOG, 10, Progress.none());
    MinMaxScaler honest = LstmTrainer.scaler(s, tiny(Target.NEXT, false));
    MinMaxScaler leaky = LstmTrainer.scaler(s, tiny(Target.NEXT, true));
    assertThat(honest.max()).isEqualTo(maxOf(s.values(), new Protocol(10).trainRows(s.size())));
    assertThat(leaky.max()).isEqualTo(maxOf(s.values(), s.size()));
    Path out = dir.resolve("leaky");
    LstmTrainer.train(
        GOOG, s, tiny(Target.WINDOW_MEAN, true), out, TrainingListener.none(), Progress.none());
    try (Forecaster f = Forecaster.load(CheckpointFolder.at(out, ModelCard.NAME))) {
      Evaluation e = Evaluation.run(f, s, 0, Progress.none());
      assertThat(e.verdict()).contains("whole series", "wrong target", "moving average", "lags");
      // GOOG peaks inside the training rows, so the leaky scaler equals the honest one, and says so
      assertThat(e.verdict()).contains("the leak changed nothing");
    }
  }

  @Test
  void walkForwardRefitsEveryKDays() throws Exception {
    Series s = SeriesSource.load(GOOG, 10, Progress.none());
    Path out = dir.resolve("wf");
    LstmTrainer.train(
        GOOG, s, tiny(Target.NEXT, false), out, TrainingListener.none(), Progress.none());
    try (Forecaster f = Forecaster.load(CheckpointFolder.at(out, ModelCard.NAME))) {
      Evaluation e = Evaluation.run(f, s, 80, Progress.none());
      int test = e.windows().count();
      assertThat(e.walkForward().refits()).isEqualTo((test + 79) / 80 - 1);
      assertThat(e.walkForward().lstm().mse()).isFinite();
      assertThatThrownBy(() -> Evaluation.run(f, s, test + 1, Progress.none()))
          .hasMessageContaining("more than the " + test + " test windows");
    }
  }

  @Test
  void aModelRefusesASeriesOtherThanItsOwn() throws Exception {
    Path csv = dir.resolve("p.csv");
    StringBuilder b = new StringBuilder("date,close\n");
    for (int i = 0; i < 80; i++) {
      b.append(java.time.LocalDate.of(2020, 1, 1).plusDays(i))
          .append(',')
          .append(100 + i % 7)
          .append('\n');
    }
    Files.writeString(csv, b);
    SeriesName name = new SeriesName(csv.toString(), null, null);
    Series s = SeriesSource.load(name, 10, Progress.none());
    Path out = dir.resolve("own");
    LstmTrainer.train(
        name, s, tiny(Target.NEXT, false), out, TrainingListener.none(), Progress.none());
    Files.writeString(csv, b.append("2020-03-21,200\n"));
    Series changed = SeriesSource.load(name, 10, Progress.none());
    try (Forecaster f = Forecaster.load(CheckpointFolder.at(out, ModelCard.NAME))) {
      assertThatThrownBy(() -> Evaluation.run(f, changed, 0, Progress.none()))
          .hasMessageContaining("is not that file now");
    }
  }

  static double maxOf(double[] x, int rows) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < rows; i++) {
      max = Math.max(max, x[i]);
    }
    return max;
  }
}
