package dev.learninglab.labs.forecast.io;

import java.util.ArrayList;
import java.util.List;

/** Bodies in the real {@code TIME_SERIES_DAILY} format, for the fake Alpha Vantage servers. */
public final class AlphaVantageAnswers {
  private AlphaVantageAnswers() {}

  static String daily(String... dateAndClose) {
    StringBuilder b =
        new StringBuilder(
            "{\"Meta Data\": {\"1. Information\": \"Daily Prices (open, high, low, close) and"
                + " Volumes\", \"2. Symbol\": \"IBM\", \"3. Last Refreshed\": \"2024-01-05\","
                + " \"4. Output Size\": \"Full size\", \"5. Time Zone\": \"US/Eastern\"},"
                + " \"Time Series (Daily)\": {");
    for (int i = 0; i < dateAndClose.length; i += 2) {
      String c = dateAndClose[i + 1];
      b.append(i == 0 ? "" : ", ")
          .append('"')
          .append(dateAndClose[i])
          .append("\": {\"1. open\": \"")
          .append(c)
          .append("\", \"2. high\": \"")
          .append(c)
          .append("\", \"3. low\": \"")
          .append(c)
          .append("\", \"4. close\": \"")
          .append(c)
          .append("\", \"5. volume\": \"1000\"}");
    }
    return b.append("}}").toString();
  }

  /** 60 weekdays, newest first as the API sends them. */
  public static String sixtyDays() {
    List<String> pairs = new ArrayList<>();
    java.time.LocalDate d = java.time.LocalDate.of(2024, 3, 29);
    for (int i = 0; i < 60; i++) {
      while (d.getDayOfWeek().getValue() > 5) {
        d = d.minusDays(1);
      }
      pairs.add(d.toString());
      pairs.add(String.valueOf(150 + (i % 5)));
      d = d.minusDays(1);
    }
    return daily(pairs.toArray(String[]::new));
  }
}
