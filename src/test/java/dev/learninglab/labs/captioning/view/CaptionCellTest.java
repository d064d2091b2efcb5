package dev.learninglab.labs.captioning.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.labs.captioning.model.ShapesDataset;
import dev.learninglab.testing.Edt;
import org.junit.jupiter.api.Test;

/** A gallery cell's picture follows the room the cell has. */
class CaptionCellTest {
  private static CaptionCell cell() {
    return new CaptionCell(ShapesDataset.generate(8, 1).all().get(0));
  }

  @Test
  void aWideCellOfA1920ScreenDrawsItsPictureLargerLeavingTheCaptionAColumn() throws Exception {
    Edt.run(
        () -> {
          CaptionCell cell = cell();
          // a quarter of a 1920 px wide gallery, half of its height
          cell.setSize(435, 465);
          cell.doLayout();
          assertThat(cell.thumbnailSide()).isEqualTo(192);
          assertThat(cell.getWidth() - cell.thumbnailSide()).isGreaterThanOrEqualTo(220);
        });
  }

  @Test
  void aNarrowCellKeepsThe96PixelPicture() throws Exception {
    Edt.run(
        () -> {
          CaptionCell cell = cell();
          // a quarter of the gallery at the design size, 1280x800
          cell.setSize(283, 300);
          cell.doLayout();
          assertThat(cell.thumbnailSide()).isEqualTo(ThumbnailSide.MIN);
        });
  }
}
