package dev.learninglab.labs.audio.cli;

import dev.learninglab.labs.audio.model.AudioFiles;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/** {@code --sr 22050|native}: a positive rate in Hz, or the file's own rate. */
final class SampleRateOption implements ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    if ("native".equalsIgnoreCase(value.strip())) {
      return AudioFiles.NATIVE_RATE;
    }
    try {
      int sr = Integer.parseInt(value.strip());
      if (sr >= 1000 && sr <= 384_000) {
        return sr;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    // picocli shows this message as it is (an IllegalArgumentException became "cannot convert")
    throw new CommandLine.TypeConversionException(
        "--sr must be `native` or a rate in Hz between 1000 and 384000, got `" + value + "`");
  }
}
