package dev.learninglab.labs.superres.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HeldOutTest {

  private static List<NamedImage> images(int n) {
    RgbImage pixel = new RgbImage(1, 1, new int[1]);
    return IntStream.range(0, n)
        .mapToObj(i -> new NamedImage("im%03d".formatted(i), pixel))
        .toList();
  }

  @Test
  void everyTenthImageByNameIsHeldOut() {
    List<NamedImage> shuffled = new java.util.ArrayList<>(images(25));
    java.util.Collections.reverse(shuffled);
    HeldOut split = HeldOut.of(shuffled);
    assertThat(split.validation()).extracting(NamedImage::name).containsExactly("im009", "im019");
    assertThat(split.training()).hasSize(23);
  }

  @Test
  void aSmallFolderStillHoldsOutOneImage() {
    HeldOut split = HeldOut.of(images(3));
    assertThat(split.validation()).extracting(NamedImage::name).containsExactly("im002");
    assertThat(split.training()).hasSize(2);
  }

  @Test
  void oneImageCannotBeSplit() {
    assertThatThrownBy(() -> HeldOut.of(images(1)))
        .hasMessageContaining("need at least 2 images")
        .hasMessageContaining("--validation");
  }
}
