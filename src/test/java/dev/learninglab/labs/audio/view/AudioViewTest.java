package dev.learninglab.labs.audio.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.labs.audio.io.Heatmap;
import dev.learninglab.testing.Edt;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sound.sampled.LineUnavailableException;
import javax.swing.JFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Opens the lab on a sample and on a file, and sees the spectrogram and chromagram drawn. */
class AudioViewTest {
  private final TaskService tasks = new TaskService();
  private JFrame frame;

  @AfterEach
  void close() throws Exception {
    tasks.close();
    Edt.run(() -> frame.dispose());
  }

  private AudioView open() throws Exception {
    return open(javax.sound.sampled.AudioSystem::getClip);
  }

  private AudioView open(Player.Lines lines) throws Exception {
    AtomicReference<AudioView> view = new AtomicReference<>();
    Edt.run(
        () -> {
          view.set(new AudioView(new LabContext(tasks, DatasetResolver.standard()), lines));
          frame = new JFrame();
          frame.setContentPane(view.get());
          frame.setSize(1110, 760);
          frame.setVisible(true);
        });
    view.get().rendered().toCompletableFuture().get(120, TimeUnit.SECONDS);
    return view.get();
  }

  @Test
  void theDefaultSampleShowsItsSpectrogramAndChromagram() throws Exception {
    AudioView view = open();
    Edt.run(
        () -> {
          assertThat(view.clipName()).isEqualTo("guit_em9.wav");
          Heatmap spec = view.spectrogram.heatmap.heatmap();
          assertThat(spec).isNotNull();
          assertThat(spec.values.rows()).isEqualTo(1025);
          assertThat(spec.unit).isEqualTo("dB");
          Heatmap chroma = view.chroma.chromagram.heatmap();
          assertThat(chroma.values.rows()).isEqualTo(12);
          assertThat(chroma.values.frames()).isEqualTo(spec.values.frames());
          assertThat(view.chroma.filterBank.heatmap().values.frames()).isEqualTo(1025);
        });
  }

  @Test
  void openingAFileAndChangingNfftRecomputes() throws Exception {
    AudioView view = open();
    Edt.run(() -> view.open(Path.of("src/test/resources/audio/signals/chord_a445_44k_pcm16.wav")));
    // one second at 22,050 Hz: 1 + 22050 // 512 = 44 frames
    Edt.await("frames(view) == 44", () -> frames(view) == 44);
    Edt.run(
        () ->
            assertThat(view.chroma.chromagram.heatmap().title).contains("estimated tuning +0.20"));
    Edt.run(() -> view.spectrogram.nFft.setSelectedItem(1024));
    Edt.await("rows(view) == 513", () -> rows(view) == 513);
  }

  @Test
  void compareClipsShowsTheBundledSamplesThenTheLearnersClips() throws Exception {
    AudioView view = open();
    Edt.run(() -> view.tabs.setSelectedComponent(view.compareClips));
    Edt.await(
        "four bundled samples compared",
        () -> view.compareClips.summary.getText().contains("Snare drum: centres on"));
    Edt.run(
        () ->
            view.compareClips.compare(
                java.util.List.of(
                    Path.of("src/test/resources/audio/signals/chord_a445_44k_pcm16.wav"),
                    Path.of("data/audio/drum_heavy_kick.wav"))));
    Edt.await(
        "the chosen clips compared",
        () ->
            view.compareClips.summary.getText().startsWith("chord_a445_44k_pcm16.wav: centres on")
                && view.compareClips.summary.getText().contains("drum_heavy_kick.wav"));
    Edt.run(() -> assertThat(view.compareClips.choose.isEnabled()).isTrue());
  }

  @Test
  void aBadFileIsReportedInTheStatusLine() throws Exception {
    AudioView view = open();
    Edt.run(() -> view.open(Path.of("pom.xml")));
    Edt.await(
        "view.status.getText().contains(\"is not an audio file\")",
        () -> view.status.getText().contains("is not an audio file"));
    assertThat(Edt.call(view.status::getForeground)).isEqualTo(ErrorColour.get());
  }

  @Test
  void withoutASoundDevicePlaySaysSoOnceAndTurnsOff() throws Exception {
    AudioView view =
        open(
            () -> {
              throw new LineUnavailableException(
                  "No line matching interface Clip supporting format PCM_SIGNED unknown");
            });
    Edt.run(view.play::doClick);
    Edt.run(
        () -> {
          assertThat(view.status.getText())
              .isEqualTo("No sound output device; the plots still work.");
          assertThat(view.status.getForeground()).isEqualTo(ErrorColour.get());
          assertThat(view.play.isEnabled()).isFalse();
        });
  }

  private static int frames(AudioView view) {
    Heatmap h = view.spectrogram.heatmap.heatmap();
    return h == null ? -1 : h.values.frames();
  }

  private static int rows(AudioView view) {
    Heatmap h = view.spectrogram.heatmap.heatmap();
    return h == null ? -1 : h.values.rows();
  }
}
