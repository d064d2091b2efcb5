package dev.learninglab.labs.smell.model.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OdourTaskTest {

  @Test
  void fruityKeepsTheOtherOdourWordsAsAuxiliaryLabels(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("train.csv");
    Files.writeString(
        csv,
        """
        SMILES,SENTENCE
        CCOC(=O)C,"fruity,ethereal"
        C1CC(,"fruity"
        CC(C)=CCCC(C)=CC=O,"citrus, green"
        CCO,"ethereal"
        """);
    OdourData data = OdourTask.FRUITY.read(csv);

    assertThat(data.skipped()).hasSize(1);
    assertThat(data.taskNames()).containsExactly("fruity");
    assertThat(data.auxiliaryNames()).containsExactly("citrus", "ethereal", "green");
    assertThat(data.trainingNames()).containsExactly("fruity", "citrus", "ethereal", "green");
    assertThat(data.trainingTargets())
        .isDeepEqualTo(new float[][] {{1, 0, 1, 0}, {0, 1, 0, 1}, {0, 0, 1, 0}});
    assertThat(data.column(0)).containsExactly(1, 0, 0);

    OdourData plain = data.withoutAuxiliary();
    assertThat(plain.trainingNames()).containsExactly("fruity");
    assertThat(plain.trainingTargets()).isDeepEqualTo(new float[][] {{1}, {0}, {0}});
    assertThat(data.first(2).trainingTargets())
        .isDeepEqualTo(new float[][] {{1, 0, 1, 0}, {0, 1, 0, 1}});
  }
}
