package dev.learninglab.labs.audio.view;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.RenderAware;
import dev.learninglab.core.task.LabTask;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.FileDrop;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.labs.audio.model.AudioClip;
import dev.learninglab.labs.audio.model.AudioFiles;
import java.awt.BorderLayout;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.UIManager;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The audio lab's window: pick a bundled sample, open or drop a WAV/FLAC file, play it, and see its
 * spectrogram, the guitar/kick/snare comparison, its chroma, several clips' mean chroma side by
 * side and the pitch helper.
 */
public final class AudioView extends JPanel implements RenderAware {
  final JComboBox<BundledSamples.Sample> samples =
      new JComboBox<>(BundledSamples.ALL.toArray(BundledSamples.Sample[]::new));
  final JButton open = Localized.text(new JButton(), () -> T.get("audio.open"));
  final JButton play = Localized.text(new JButton(), () -> T.get("audio.play"));
  final JLabel status = new JLabel(" ");
  final JTabbedPane tabs = new JTabbedPane();
  final SpectrogramTab spectrogram;
  final ComparisonTab comparison = new ComparisonTab();
  final ChromaTab chroma = new ChromaTab();
  final CompareClipsTab compareClips;
  final PitchTab pitch;
  private final LabContext context;
  private final PlaybackCursor cursor = new PlaybackCursor();
  private final Player player;
  private final CompletableFuture<Void> firstRender = new CompletableFuture<>();
  private AudioClip clip;
  private String clipName;

  public AudioView(LabContext context) {
    this(context, javax.sound.sampled.AudioSystem::getClip);
  }

  /** As {@link #AudioView(LabContext)}, with clips from {@code lines} (tests: no device). */
  AudioView(LabContext context, Player.Lines lines) {
    super(new BorderLayout());
    this.context = context;
    this.player = new Player(cursor, lines);
    spectrogram =
        new SpectrogramTab(
            context.tasks(),
            this::ended,
            a -> {
              chroma.show(a);
              firstRender.complete(null);
            });
    pitch = new PitchTab(hz -> playSamples(Player.tone(hz, 0.8, 22050), 22050));
    compareClips = new CompareClipsTab(context.datasets(), context.tasks(), this::ended);
    JPanel bar = Toolbars.row();
    bar.add(Localized.text(new JLabel(), () -> T.get("audio.sample")));
    bar.add(samples);
    bar.add(open);
    bar.add(play);
    bar.add(status);
    samples.addActionListener(e -> loadSample((BundledSamples.Sample) samples.getSelectedItem()));
    open.addActionListener(e -> chooseFile());
    play.addActionListener(e -> togglePlay());
    tabs.addTab("", spectrogram);
    tabs.addTab("", comparison);
    tabs.addTab("", chroma);
    tabs.addTab("", compareClips);
    tabs.addTab("", pitch);
    Localized.tab(tabs, spectrogram, () -> T.get("audio.tab.spectrogram"));
    Localized.tab(tabs, comparison, () -> T.get("audio.tab.comparison"));
    Localized.tab(tabs, chroma, () -> T.get("audio.tab.chroma"));
    Localized.tab(tabs, compareClips, () -> T.get("audio.tab.compare"));
    Localized.tab(tabs, pitch, () -> T.get("audio.tab.pitch"));
    tabs.addChangeListener(
        e -> {
          if (tabs.getSelectedComponent() == comparison) {
            comparison.load(context.datasets(), context.tasks(), this::ended);
          } else if (tabs.getSelectedComponent() == compareClips) {
            compareClips.load();
          }
        });
    cursor.addListener(spectrogram::cursor);
    cursor.addListener(chroma::cursor);
    setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
    add(bar, BorderLayout.NORTH);
    add(tabs, BorderLayout.CENTER);
    setTransferHandler(FileDrop.first(this::open, m -> say(() -> m, true)));
    loadSample(BundledSamples.GUITAR);
  }

  /** Opens a file as if chosen in the dialog (also used by tests). */
  public void open(Path file) {
    load(file.getFileName().toString(), p -> AudioFiles.load(file, AudioFiles.DEFAULT_RATE));
  }

  private void loadSample(BundledSamples.Sample s) {
    load(
        s.file(),
        p ->
            AudioFiles.load(
                BundledSamples.resolve(context.datasets(), s, p), AudioFiles.DEFAULT_RATE));
  }

  private void load(String name, LabTask<AudioClip> reader) {
    player.stop();
    playing(false);
    say(() -> T.get("audio.reading", name), false);
    OnEdt.after(
        context.tasks().submit(T.get("audio.task.reading", name), reader),
        c -> {
          clip = c;
          clipName = name;
          say(
              () ->
                  T.get(
                      "audio.loaded",
                      name,
                      c.seconds(),
                      c.source().channels(),
                      c.source().bitsPerSample(),
                      c.source().container(),
                      c.source().sampleRate(),
                      c.sampleRate()),
              false);
          spectrogram.show(c);
        },
        this::ended);
  }

  private void ended(TaskEnd end) {
    firstRender.complete(null);
    if (end instanceof TaskEnd.Failed failed) {
      say(failed::message, true);
    }
  }

  /** Shows {@code text} in the status line, in the error colour when it reports a problem. */
  private void say(java.util.function.Supplier<String> text, boolean error) {
    Localized.text(status, text);
    status.setForeground(error ? ErrorColour.get() : UIManager.getColor("Label.foreground"));
  }

  private void chooseFile() {
    JFileChooser chooser = new JFileChooser();
    chooser.setFileFilter(
        new FileNameExtensionFilter(
            T.get("audio.open.filter"), "wav", "flac", "aif", "aiff", "au"));
    if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
      open(chooser.getSelectedFile().toPath());
    }
  }

  private void togglePlay() {
    if (player.isPlaying()) {
      player.stop();
      playing(false);
    } else if (clip != null) {
      playSamples(clip.samples(), clip.sampleRate());
    }
  }

  /** The Play button's text: Stop while a sound plays. */
  private void playing(boolean on) {
    Localized.text(play, on ? () -> T.get("audio.stop") : () -> T.get("audio.play"));
  }

  private void playSamples(float[] y, int sampleRate) {
    if (player.play(y, sampleRate, () -> playing(false))) {
      playing(true);
    } else {
      // once is enough: the button stays off and its tooltip keeps the reason
      play.setEnabled(false);
      Localized.tip(play, Player::noDevice);
      say(Player::noDevice, true);
    }
  }

  /** Completes once the first clip's spectrogram and chroma are drawn (or loading failed). */
  @Override
  public CompletionStage<?> rendered() {
    return firstRender;
  }

  String clipName() {
    return clipName;
  }
}
