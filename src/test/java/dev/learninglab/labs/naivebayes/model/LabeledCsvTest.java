package dev.learninglab.labs.naivebayes.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.learninglab.core.learn.LabelledData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading learner CSVs: what works, and the message for each kind of bad file. */
class LabeledCsvTest {
  @TempDir Path dir;

  private Path csv(String text) throws IOException {
    return Files.writeString(dir.resolve("data.csv"), text);
  }

  @Test
  void integerLabelsKeepTheirValues() throws IOException {
    LabelledData d = LabeledCsv.read(csv("a,b,label\n1,2,5\n3,4,7\n"), "label", List.of());
    assertThat(d.y()).containsExactly(5, 7);
    assertThat(d.featureNames()).containsExactly("a", "b");
  }

  @Test
  void integralDecimalLabelsAreNumbers() throws IOException {
    LabelledData d = LabeledCsv.read(csv("a,label\n1,10.0\n3,2.0\n"), "label", List.of());
    assertThat(d.y()).containsExactly(10, 2);
  }

  @Test
  void textLabelsAreNumberedInSortedOrder() throws IOException {
    LabelledData d = LabeledCsv.read(csv("kind,w\ncat,1\ndog,2\nant,3\n"), "kind", List.of("w"));
    assertThat(d.y()).containsExactly(1, 2, 0);
    assertThat(d.className(0)).isEqualTo("ant");
  }

  @Test
  void anEmptyFileIsNamed() throws IOException {
    Path file = csv("");
    assertThatThrownBy(() -> LabeledCsv.read(file, "label", List.of()))
        .hasMessageContaining("data.csv is empty");
  }

  @Test
  void aHeaderWithoutRowsIsNamed() throws IOException {
    Path file = csv("x1,x2,label\n");
    assertThatThrownBy(() -> LabeledCsv.read(file, "label", List.of()))
        .hasMessage("data.csv has a header (x1, x2, label) but no data rows.");
  }

  @Test
  void aMissingColumnListsTheColumns() throws IOException {
    Path file = csv("x1,x2,label\n1,2,0\n");
    assertThatThrownBy(() -> LabeledCsv.read(file, "class", List.of()))
        .hasMessage("Column `class` not found in data.csv (columns: x1, x2, label).");
  }

  @Test
  void aNonNumericFeatureSaysWhere() throws IOException {
    Path file = csv("x1,x2,label\n1,2,0\n3,high,1\n");
    assertThatThrownBy(() -> LabeledCsv.read(file, "label", List.of()))
        .hasMessageContaining("data.csv line 3, column `x2` holds `high`, which is not a number");
  }

  @Test
  void aMissingValueSaysWhere() throws IOException {
    Path file = csv("x1,x2,label\n1,NaN,0\n3,4,1\n");
    assertThatThrownBy(() -> LabeledCsv.read(file, "label", List.of()))
        .hasMessageContaining("data.csv line 2, column `x2`: the value is missing (NaN)");
  }

  @Test
  void aSingleClassIsRefused() throws IOException {
    Path file = csv("x1,label\n1,a\n2,a\n");
    assertThatThrownBy(() -> LabeledCsv.read(file, "label", List.of()))
        .hasMessageContaining("data.csv has only one class in column `label` (`a`)");
  }

  @Test
  void raggedRowsAreRefused() throws IOException {
    Path file = csv("x1,x2,label\n1,2\n");
    assertThatThrownBy(() -> LabeledCsv.read(file, "label", List.of()))
        .hasMessage("data.csv line 2 has 2 cells but the header has 3.");
  }

  @Test
  void irisSkipsScikitLearnsMetadataLine() {
    LabelledData iris = Fixtures.data(LabDatasets.IRIS);
    assertThat(iris.rows()).isEqualTo(150);
    assertThat(iris.x().row(0)).containsExactly(5.1, 3.5, 1.4, 0.2);
    assertThat(iris.className(2)).isEqualTo("virginica");
  }

  @Test
  void digitsHas1797RowsOf64Pixels() {
    LabelledData digits = Fixtures.data(LabDatasets.DIGITS);
    assertThat(digits.rows()).isEqualTo(1797);
    assertThat(digits.x().cols()).isEqualTo(64);
  }
}
