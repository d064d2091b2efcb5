package dev.learninglab.labs.audio.model;

import static dev.learninglab.labs.audio.model.LibrosaFixture.assertSummary;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** librosa.filters.chroma and librosa.filters.mel at several rates, sizes and tunings. */
class FilterBankParityTest {
  private final JsonNode banks = LibrosaFixture.json("filter-banks.json");

  @Test
  void chromaAndMelFilterBanksMatchLibrosa() {
    int checked = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = banks.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode ref = e.getValue();
      int sr = ref.get("sr").asInt();
      int nFft = ref.get("nFft").asInt();
      float[][] w =
          e.getKey().startsWith("chroma")
              ? ChromaFilterBank.weights(sr, nFft, ref.get("tuning").asDouble())
              : MelFilterBank.weights(sr, nFft, MelFilterBank.N_MELS);
      assertSummary(ref, new FrameMatrix(w), e.getKey());
      checked++;
    }
    org.assertj.core.api.Assertions.assertThat(checked).isEqualTo(6);
  }
}
