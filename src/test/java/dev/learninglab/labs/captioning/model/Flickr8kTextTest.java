package dev.learninglab.labs.captioning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import dev.learninglab.testing.Mirror;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogued Flickr8k captions (needs LEARNING_LAB_DATA_MIRROR; skipped without it). */
class Flickr8kTextTest {

  static Flickr8kText flickr;

  @BeforeAll
  static void load() throws Exception {
    Mirror.assumeDatasets("flickr8k-text");
    Path tokens =
        DatasetResolver.standard()
            .resolveFile(Flickr8kText.DATASET_ID, Flickr8kText.TOKENS, Progress.none());
    flickr = Flickr8kText.read(tokens.getParent());
  }

  @Test
  void holds8091ImagesWithFiveCaptionsAndTheStandardSplit() {
    assertThat(flickr.captions().values().stream().filter(c -> c.size() == 5).count())
        .isEqualTo(8092);
    assertThat(flickr.images(Split.TRAIN)).hasSize(6000);
    assertThat(flickr.images(Split.DEV)).hasSize(1000);
    assertThat(flickr.images(Split.TEST)).hasSize(1000);
    assertThat(flickr.captionsOf("2258277193_586949ec62.jpg")).hasSize(5);
  }

  @Test
  void humanAgreementBleuEqualsNltks() throws Exception {
    double[] bleu = flickr.humanAgreementBleu(Split.TEST);
    try (var in = getClass().getResourceAsStream("/captioning/flickr_agreement_nltk.json")) {
      var expected = dev.learninglab.core.io.Json.mapper().readTree(in).get("bleu");
      for (int n = 0; n < 4; n++) {
        assertThat(bleu[n]).isCloseTo(expected.get(n).asDouble(), within(1e-9));
      }
    }
  }

  @Test
  void trainingCaptionsHaveAFewThousandWordsAndAboutElevenTokens() {
    List<List<String>> tokens =
        flickr.images(Split.TRAIN).stream()
            .flatMap(i -> flickr.captionsOf(i).stream())
            .map(Tokenizer::tokens)
            .toList();
    CaptionStats stats = CaptionStats.of(tokens, 10);
    assertThat(stats.captions()).isEqualTo(30000);
    assertThat(stats.vocabulary()).isBetween(6000, 9000);
    assertThat(stats.meanLength()).isBetween(9.0, 13.0);
    assertThat(stats.commonWords().get(0).word()).isEqualTo("a");
  }
}
