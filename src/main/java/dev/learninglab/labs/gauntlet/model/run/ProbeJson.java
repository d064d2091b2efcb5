package dev.learninglab.labs.gauntlet.model.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

/** Parses what the probe sent back from the JShell VM. */
final class ProbeJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ProbeJson() {}

  /** Decodes base64, unzips and parses what {@code Probe.all} sent. */
  static JsonNode parseCompressed(String base64) {
    try (InputStream in =
        new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
      return MAPPER.readTree(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "The probe in the JShell VM sent back an unreadable answer (" + e.getMessage() + ")", e);
    }
  }
}
