package dev.learninglab.labs.editdistance.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** One kind of edit step. Printed in lower case ({@code keep}, {@code insert}, ...). */
public enum Op {
  KEEP,
  INSERT,
  DELETE,
  SUBSTITUTE;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
