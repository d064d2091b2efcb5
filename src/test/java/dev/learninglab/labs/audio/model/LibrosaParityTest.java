package dev.learninglab.labs.audio.model;

import static dev.learninglab.labs.audio.model.LibrosaFixture.assertClose;
import static dev.learninglab.labs.audio.model.LibrosaFixture.assertSummary;
import static dev.learninglab.labs.audio.model.LibrosaFixture.doubles;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every clip's load, |STFT|, dB, tuning, chroma, mel and MFCC against librosa 0.10.2. */
class LibrosaParityTest {

  static Stream<String> clips() {
    return Stream.of(
        "chord_a445_44k_pcm16",
        "sweep_22k_float",
        "click_8k_u8",
        "stereo_48k_pcm24",
        "silence_22k_pcm16",
        "short_1001_pcm16",
        "kick-n1024",
        "guit_em9",
        "guit_e_fifths",
        "drum_heavy_kick",
        "drum_snare_hard");
  }

  private static Path file(JsonNode ref) {
    String name = ref.get("file").asText();
    Path signal = Path.of("src/test/resources/audio/signals", name);
    return signal.toFile().isFile() ? signal : LibrosaFixture.bundled(name);
  }

  private static void assertSignal(JsonNode ref, float[] y, String what) {
    assertThat(y).as(what + " samples").hasSize(ref.get("samples").asInt());
    int stride = ref.get("stride").asInt();
    double[] strided = new double[(y.length + stride - 1) / stride];
    for (int i = 0; i < strided.length; i++) {
      strided[i] = y[i * stride];
    }
    assertClose(doubles(ref.get("strided")), strided, ref.get("absMax").asDouble(), what);
  }

  @ParameterizedTest
  @MethodSource("clips")
  void loadingMatchesLibrosaAtNativeRateAnd22050(String clip) {
    JsonNode ref = LibrosaFixture.json(clip + ".json");
    AudioClip nativeClip = AudioFiles.load(file(ref), AudioFiles.NATIVE_RATE);
    assertThat(nativeClip.sampleRate()).isEqualTo(ref.get("nativeSr").asInt());
    assertSignal(ref.get("native"), nativeClip.samples(), clip + " native signal");
    AudioClip clip22k = AudioFiles.load(file(ref), AudioFiles.DEFAULT_RATE);
    assertSignal(ref.get("signal"), clip22k.samples(), clip + " signal at 22050");
  }

  @ParameterizedTest
  @MethodSource("clips")
  void spectralFeaturesMatchLibrosa(String clip) {
    JsonNode ref = LibrosaFixture.json(clip + ".json");
    AudioClip audio = AudioFiles.load(file(ref), ref.get("sr").asInt());
    StftSettings s = new StftSettings(ref.get("nFft").asInt(), ref.get("hop").asInt());
    FrameMatrix mag = Stft.magnitude(audio.samples(), s);
    assertSummary(ref.get("stft"), mag, clip + " |stft|");
    assertSummary(
        ref.get("dbRefMax"),
        Decibels.amplitudeToDb(mag, Decibels.Ref.MAX),
        clip + " dB ref=max",
        Decibels.TOP_DB);
    assertSummary(
        ref.get("dbRefOne"),
        Decibels.amplitudeToDb(mag, Decibels.Ref.ONE),
        clip + " dB ref=1",
        Decibels.TOP_DB);
    assertSummary(
        ref.get("powerDbRefMax"),
        Decibels.powerToDb(mag.squared(), Decibels.Ref.MAX),
        clip + " power dB",
        Decibels.TOP_DB);

    Chromagram.Result auto =
        Chromagram.fromMagnitude(mag, audio.sampleRate(), s, OptionalDouble.empty());
    assertThat(auto.tuning()).as(clip + " tuning").isEqualTo(ref.get("tuning").asDouble());
    assertSummary(ref.get("chroma"), auto.chroma(), clip + " chroma (estimated tuning)");
    assertSummary(
        ref.get("chromaTuning0"),
        Chromagram.fromMagnitude(mag, audio.sampleRate(), s, OptionalDouble.of(0)).chroma(),
        clip + " chroma (tuning 0)");

    FrameMatrix mel = Mfcc.melSpectrogram(audio.samples(), audio.sampleRate(), s);
    assertSummary(ref.get("mel"), mel, clip + " mel");
    assertSummary(ref.get("mfcc"), Mfcc.fromMel(mel, 20), clip + " mfcc");
  }
}
