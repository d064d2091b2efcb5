package dev.learninglab.labs.audio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NotesTest {
  @Test
  void a440IsA4AndMidi69() {
    Note a = Notes.parse("440");
    assertThat(a.name()).isEqualTo("A4");
    assertThat(a.midi()).isEqualTo(69);
    assertThat(a.cents()).isCloseTo(0, within(1e-9));
  }

  @Test
  void middleCIsC4AndOctavesChangeAtC() {
    assertThat(Notes.parse("C4").midi()).isEqualTo(60);
    assertThat(Notes.parse("C4").frequency()).isCloseTo(261.6256, within(1e-4));
    assertThat(Notes.parse("B3").midi()).isEqualTo(59);
  }

  @Test
  void sharpsAndFlatsAreEnharmonic() {
    assertThat(Notes.parse("Db4").name()).isEqualTo("C#4");
    assertThat(Notes.parse("C♯4").enharmonics()).containsExactly("C#4", "Db4");
    assertThat(Notes.parse("Cb4").name()).isEqualTo("B3");
  }

  @Test
  void aFrequencyBetweenNotesReportsCents() {
    Note n = Notes.parse("445 Hz");
    assertThat(n.name()).isEqualTo("A4");
    assertThat(n.cents()).isCloseTo(19.56, within(0.01));
  }

  @Test
  void nonsenseIsNamedInTheMessage() {
    assertThatThrownBy(() -> Notes.parse("H7")).hasMessageContaining("`H7` is neither a frequency");
    assertThatThrownBy(() -> Notes.parse("0")).hasMessageContaining("must be positive");
  }
}
