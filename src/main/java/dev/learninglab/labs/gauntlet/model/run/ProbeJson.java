package dev.learninglab.labs.gauntlet.model.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Parses what the probe sent back from the JShell VM. */
final class ProbeJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ProbeJson() {}

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The probe in the JShell VM sent back something that is not JSON: " + json, e);
    }
  }
}
