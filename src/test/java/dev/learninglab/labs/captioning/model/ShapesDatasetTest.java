package dev.learninglab.labs.captioning.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShapesDatasetTest {

  @Test
  void theSameSeedGivesTheSameScenesCaptionsAndPixels() {
    ShapesDataset a = ShapesDataset.generate(40, 7);
    ShapesDataset b = ShapesDataset.generate(40, 7);
    assertThat(a.all()).isEqualTo(b.all());
    assertThat(a.all().get(5).pixels()).isEqualTo(b.all().get(5).pixels());
  }

  @Test
  void anotherSeedGivesOtherScenes() {
    List<ShapesExample> a = ShapesDataset.generate(40, 7).all();
    List<ShapesExample> b = ShapesDataset.generate(40, 8).all();
    long same =
        java.util.stream.IntStream.range(0, 40).filter(i -> a.get(i).equals(b.get(i))).count();
    assertThat(same).isLessThan(3);
  }

  @Test
  void theDefaultSplitIsSixThousandOneThousandOneThousand() {
    ShapesDataset d = ShapesDataset.standard();
    assertThat(d.split(Split.TRAIN)).hasSize(6000);
    assertThat(d.split(Split.DEV)).hasSize(1000);
    assertThat(d.split(Split.TEST)).hasSize(1000);
  }

  @Test
  void everyImageHasFiveDistinctCaptionsAllTrueOfIt() {
    for (ShapesExample e : ShapesDataset.generate(2000, 3).all()) {
      assertThat(new HashSet<>(e.captions())).hasSize(5);
      for (String caption : e.captions()) {
        assertThat(SemanticChecker.isTrue(caption, e.scene())).as(caption + " / " + e).isTrue();
      }
    }
  }

  @Test
  void scenesHoldOneToThreeObjectsInDistinctColumnsWithDistinctShapeColourPairs() {
    java.util.Set<Integer> counts = new HashSet<>();
    for (ShapesExample e : ShapesDataset.generate(500, 4).all()) {
      List<SceneObject> objects = e.scene().objects();
      counts.add(objects.size());
      assertThat(objects.stream().map(SceneObject::column).distinct().count())
          .isEqualTo(objects.size());
      assertThat(objects.stream().map(o -> o.kind() + "/" + o.colour()).distinct().count())
          .isEqualTo(objects.size());
    }
    assertThat(counts).containsExactlyInAnyOrder(1, 2, 3);
  }

  @Test
  void objectsArePaintedInTheirColourAtTheirCentre() {
    ShapesExample e = ShapesDataset.generate(10, 1).all().get(0);
    float[] px = e.pixels();
    int side = SceneGenerator.SIDE;
    for (SceneObject o : e.scene().objects()) {
      int x = (int) o.x();
      // a triangle's centre row is inside it; one pixel below the centre is safely inside all.
      int y = (int) o.y() + 1;
      float[] rgb = o.colour().rgb();
      for (int c = 0; c < 3; c++) {
        assertThat(px[c * side * side + y * side + x]).isEqualTo(rgb[c]);
      }
    }
  }
}
