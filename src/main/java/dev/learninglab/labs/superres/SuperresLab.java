package dev.learninglab.labs.superres;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.labs.superres.cli.SuperresCommand;
import dev.learninglab.labs.superres.view.SuperresView;
import java.util.Optional;
import javax.swing.JComponent;

/** The super-resolution lab: reproduce FSRCNN and compare it with bicubic. */
public final class SuperresLab implements Lab {

  @Override
  public String id() {
    return "superres";
  }

  @Override
  public String title() {
    return "Super-resolution";
  }

  @Override
  public int rank() {
    return 30;
  }

  @Override
  public String summary() {
    return "Shrink a photo, restore it with bicubic and with FSRCNN, and compare them pixel by pixel.";
  }

  @Override
  public String helpHtml() {
    return "<h2>Super-resolution: reproducing FSRCNN</h2>"
        + "<p>Open a picture (button, drag and drop, or a bundled sample). In <b>Degrade and"
        + " restore</b> it is shrunk by the scale with MATLAB-style bicubic, then enlarged back"
        + " by bicubic and by FSRCNN; PSNR and SSIM on the Y channel (border = scale cropped)"
        + " say how close each comes to the original. <b>Enlarge</b> up-scales the picture"
        + " itself.</p><p>Drag to pan, wheel to zoom (all panes follow), toggle the magnifier,"
        + " or switch to the slider to wipe between bicubic and FSRCNN.</p><p>The <b>Train</b>"
        + " tab trains FSRCNN-s on a folder of images (T91 by default) with live loss and Set5"
        + " PSNR; the best epoch is used at once.</p>";
  }

  @Override
  public JComponent createView(LabContext context) {
    return new SuperresView(context);
  }

  @Override
  public Optional<Object> command() {
    return Optional.of(new SuperresCommand());
  }
}
