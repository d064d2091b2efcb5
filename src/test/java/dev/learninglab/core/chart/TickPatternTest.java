package dev.learninglab.core.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TickPatternTest {

  private static String format(String pattern, double value) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
  }

  @Test
  void aNarrowLossGetsJustEnoughDecimalsToTellTicksApart() {
    String pattern = TickPattern.forValues(List.of(0.268666386604309, 0.2690, 0.2688));
    assertThat(format(pattern, 0.268666386604309)).isEqualTo("0.26867");
    assertThat(format(pattern, 0.26875)).isNotEqualTo(format(pattern, 0.26870));
  }

  @Test
  void wideValuesGetFewDecimalsAndThousandsSeparators() {
    assertThat(format(TickPattern.forValues(List.of(20.5, 31.25)), 28.123)).isEqualTo("28");
    assertThat(format(TickPattern.forValues(List.of(0.0, 12_000.0)), 5_432.1)).isEqualTo("5,432");
  }

  @Test
  void oneValueShowsThreeSignificantDigitsAndNanIsIgnored() {
    assertThat(format(TickPattern.forValues(List.of(0.0123, Double.NaN)), 0.0123))
        .isEqualTo("0.0123");
    assertThat(format(TickPattern.forValues(List.of(Double.NaN)), 1.5)).isEqualTo("1.50");
  }
}
