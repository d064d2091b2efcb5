package dev.learninglab.core.compute;

import dev.learninglab.core.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * A CSV of a training's epochs, one row written as each epoch ends, that carries on across runs: a
 * resumed run appends below the earlier ones and continues their totals of samples seen and
 * training time, so the file shows the whole way to the final weights. Columns: UTC time, run
 * label, epoch within the run, samples seen in all runs, mean training loss, validation score,
 * whether the checkpoint was replaced, the epoch's and all runs' training seconds.
 */
public final class TrainingLog implements TrainingListener {

  static final String HEADER =
      "utc,run,epoch,samples_seen,train_loss,validation,checkpointed,epoch_seconds,total_seconds";

  private final Path file;
  private final String run;
  private final Clock clock;
  private long samplesSeen;
  private double totalSeconds;

  /**
   * Appends to {@code file} (created with its header if absent) under the label {@code run}, which
   * must not contain commas.
   */
  public TrainingLog(Path file, String run, Clock clock) throws IOException {
    if (run.contains(",") || run.contains("\n")) {
      throw new IllegalArgumentException("run label must not contain commas or newlines: " + run);
    }
    this.file = file;
    this.run = run;
    this.clock = clock;
    if (Files.isRegularFile(file)) {
      List<String> lines = Files.readAllLines(file);
      if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
        throw new IllegalArgumentException(
            file + " is not a training log; expected its first line to be " + HEADER);
      }
      if (lines.size() > 1) {
        String[] last = lines.get(lines.size() - 1).split(",");
        samplesSeen = Long.parseLong(last[3]);
        totalSeconds = Double.parseDouble(last[8]);
      }
    } else {
      AtomicFiles.writeString(file, HEADER + "\n");
    }
  }

  @Override
  public void epochEnded(EpochReport r) {
    samplesSeen += Math.round(r.samplesPerSecond() * r.seconds());
    totalSeconds += r.seconds();
    String row =
        String.format(
            Locale.ROOT,
            "%s,%s,%d,%d,%.6f,%.4f,%s,%.1f,%.1f%n",
            Instant.now(clock).truncatedTo(ChronoUnit.SECONDS),
            run,
            r.epoch(),
            samplesSeen,
            r.trainLoss(),
            r.validation(),
            r.best(),
            r.seconds(),
            totalSeconds);
    try {
      AtomicFiles.writeString(file, Files.readString(file) + row);
    } catch (IOException e) {
      throw new UncheckedIOException("could not append to the training log " + file, e);
    }
  }
}
