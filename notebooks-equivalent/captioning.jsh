// Image captioning: CNN encoder + LSTM decoder, the tutorial's collapse reproduced and fixed.
// Run: jshell --class-path target/learning-lab.jar notebooks-equivalent/captioning.jsh
// (Flickr8k's captions come from the catalogued dataset flickr8k-text: set
//  LEARNING_LAB_DATA_MIRROR or run `learning-lab data fetch flickr8k-text`; step 6 skips without.)
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.captioning.model.*;

// 1. The data with known truth: 8,000 generated scenes, five grammar captions each.
var shapes = ShapesDataset.standard();
var example = shapes.split(Split.TEST).get(0);
System.out.println(example.scene().objects());
example.captions().forEach(c -> System.out.println("  " + c + "   true? " + SemanticChecker.isTrue(c, example.scene())));
System.out.println("false caption: " + SemanticChecker.isTrue("a purple triangle to the left of a red square", example.scene()));

// 2. Tokens and vocabulary, as the tutorial cleans captions.
System.out.println(Tokenizer.tokens("A dog, 2 cats and a T-shirt ."));
var train = shapes.split(Split.TRAIN);
var stats = CaptionStats.of(train.stream().flatMap(e -> e.captions().stream()).map(Tokenizer::tokens).toList(), 10);
System.out.printf("%d captions, mean %.1f tokens, %d words%n", stats.captions(), stats.meanLength(), stats.vocabulary());

// 3. BLEU as NLTK's corpus_bleu (uniform weights, no smoothing).
double[] bleu = Bleu.corpus(
    java.util.List.of(java.util.List.of(Tokenizer.tokens("a big red circle to the left of a small blue square"))),
    java.util.List.of(Tokenizer.tokens("a red circle to the left of a blue square")));
System.out.printf("BLEU-1..4 %.4f %.4f %.4f %.4f%n", bleu[0], bleu[1], bleu[2], bleu[3]);

// 4. The three shipped models on the test split: v1 collapses, v3 reads the picture.
var test = shapes.split(Split.TEST);
for (var kind : ModelKind.values()) {
  try (var captioner = ModelLibrary.bundled(kind)) {
    var e = Evaluator.evaluate(captioner, kind.id(), test, Split.TEST, 1, Progress.none());
    System.out.printf("%s: BLEU-4 %.3f, semantic %.3f, %d distinct, <end> %.2f, collapsed %s (\"%s\" for %.0f%%)%n",
        kind.id(), e.bleu()[3], e.semanticAccuracy(), e.distinctCaptions(), e.endRate(), e.collapsed(),
        e.mostCommonCaption(), 100 * e.mostCommonShare());
  }
}

// 5. Step through v3's decoding of one picture, and beam search.
try (var v3 = ModelLibrary.bundled(ModelKind.V3)) {
  for (var step : v3.trace(example.pixels())) {
    System.out.printf("%-10s top-5 %s %s%n", step.word(), step.topWords(), step.topProbabilities());
  }
  System.out.println("beam 3: " + v3.caption(example.pixels(), 3).text());
  // the beam as a tree: what was kept after each word, with its parent and summed log-probability
  var tree = v3.beamTree(example.pixels(), 3);
  for (int t = 0; t < tree.steps().size(); t++) {
    var column = tree.steps().get(t).stream()
        .map(n -> "%s%s(from %d, %.2f)".formatted(n.carried() ? "(done)" : n.word(), " ", n.parent(), n.logProb()))
        .toList();
    System.out.printf("step %2d: %s%n", t + 1, column);
  }
}

// 6. Flickr8k captions: how well do people agree with each other?
if (System.getenv("LEARNING_LAB_DATA_MIRROR") != null) {
  var tokens = DatasetResolver.standard().resolveFile(Flickr8kText.DATASET_ID, Flickr8kText.TOKENS, Progress.none());
  var flickr = Flickr8kText.read(tokens.getParent());
  double[] h = flickr.humanAgreementBleu(Split.TEST);
  System.out.printf("Flickr8k human agreement BLEU-1..4: %.3f %.3f %.3f %.3f%n", h[0], h[1], h[2], h[3]);
}
/exit
