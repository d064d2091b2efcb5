package dev.learninglab.labs.smell.model.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.io.Json;
import dev.learninglab.testing.BadInputs;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 30: the lab refuses the SMILES RDKit refuses ({@code [Xx]}, {@code [CH5]}, {@code C#C#C}
 * were featurised) and reads those it reads, against {@code rdkit-refuses.json} made by {@code
 * rdkit_accepts.py} with RDKit 2022.09; and a huge molecule is one clear line, not a stack
 * overflow.
 */
class RdkitAcceptanceTest {
  private final OgbFeaturizer featurizer = new OgbFeaturizer();

  @Test
  void acceptsExactlyWhatRdkitAccepts() throws Exception {
    JsonNode fixture;
    try (InputStream in = getClass().getResourceAsStream("/smell/rdkit-refuses.json")) {
      fixture = Json.mapper().readTree(in);
    }
    List<String> disagreements = new ArrayList<>();
    int refused = 0;
    for (JsonNode c : fixture.get("cases")) {
      String smiles = c.get("smiles").asText();
      boolean rdkit = c.get("rdkit").asBoolean();
      refused += rdkit ? 0 : 1;
      boolean ours;
      try {
        featurizer.featurize(smiles);
        ours = true;
      } catch (InvalidSmilesException e) {
        ours = false;
        assertThat(BadInputs.isOneCleanLine(e.getMessage(), 200)).as(e.getMessage()).isTrue();
      }
      if (ours != rdkit) {
        disagreements.add(smiles + (rdkit ? " (RDKit reads it)" : " (RDKit refuses it)"));
      }
    }
    assertThat(refused).isGreaterThan(20);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void theIssuesMoleculesAreRefusedSayingWhy() {
    assertThatThrownBy(() -> featurizer.featurize("[Xx]"))
        .isInstanceOf(InvalidSmilesException.class)
        .hasMessageContaining("is not an element");
    assertThatThrownBy(() -> featurizer.featurize("[CH5]"))
        .hasMessage("Invalid SMILES '[CH5]': atom 1 (C) has valence 5, more than C allows (4)");
    assertThatThrownBy(() -> featurizer.featurize("C#C#C"))
        .hasMessageContaining("atom 2 (C) has valence 6");
  }

  @Test
  void hugeMoleculesAreOneLineNotAStackOverflow() {
    String[] huge = {
      "C".repeat(10_000), "c1ccccc1".repeat(2_000), "C(".repeat(5_000) + "C" + ")".repeat(5_000)
    };
    for (String smiles : huge) {
      assertThatThrownBy(() -> featurizer.featurize(smiles))
          .isInstanceOf(InvalidSmilesException.class)
          .hasMessageContaining("is longer than 2000 characters, the most the lab reads")
          .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }
  }

  @Test
  void theLongestAllowedMoleculesStillFeaturise() {
    int nested = (OgbFeaturizer.MAX_LENGTH - 1) / 3;
    String[] longest = {
      "C".repeat(OgbFeaturizer.MAX_LENGTH),
      "c1ccccc1".repeat(OgbFeaturizer.MAX_LENGTH / 8),
      "C(".repeat(nested) + "C" + ")".repeat(nested)
    };
    for (String smiles : longest) {
      assertThat(featurizer.featurize(smiles).atoms()).isNotEmpty();
    }
  }
}
