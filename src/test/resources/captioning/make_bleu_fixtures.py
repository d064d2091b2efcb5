"""Corpus BLEU-1..4 fixtures from NLTK for BleuTest.

Run with Debian's python3-nltk (3.8):
  /usr/bin/python3 src/test/resources/captioning/make_bleu_fixtures.py \
      > src/test/resources/captioning/bleu_nltk.json
Tokens: lowercase, split on whitespace, keep tokens of letters only (str.isalpha), the rule
the lab's Tokenizer implements. Weights uniform, no smoothing (NLTK's method0).
"""
import json
import random
import warnings

import nltk
from nltk.translate.bleu_score import corpus_bleu

warnings.simplefilter("ignore")  # method0 warns on zero higher-order matches


def tokens(s):
    return [w for w in s.lower().split() if w.isalpha()]


WEIGHTS = [(1.0,), (1 / 2, 1 / 2), (1 / 3, 1 / 3, 1 / 3), (1 / 4, 1 / 4, 1 / 4, 1 / 4)]


def case(name, hypotheses, references):
    hyp = [tokens(h) for h in hypotheses]
    refs = [[tokens(r) for r in rs] for rs in references]
    scores = [float(corpus_bleu(refs, hyp, weights=w)) for w in WEIGHTS]
    return {
        "name": name,
        "hypotheses": hypotheses,
        "references": references,
        "hypothesisTokens": hyp,
        "bleu": scores,
    }


cases = [
    case(
        "identical",
        ["a red circle to the left of a blue square"],
        [["a red circle to the left of a blue square", "there is a red circle"]],
    ),
    case(
        "brevity penalty",
        ["a dog runs", "the girl"],
        [
            ["a brown dog runs across the grass", "a dog runs on the grass ."],
            ["the girl in pink is climbing stairs", "a little girl climbs"],
        ],
    ),
    case(
        "no unigram match",
        ["zebra zebra"],
        [["a red circle", "a blue square"]],
    ),
    case(
        "no four-gram match",
        ["a red circle and a blue square", "a dog"],
        [["a blue square and a red circle"], ["the dog is running"]],
    ),
    case(
        "empty hypothesis and punctuation",
        ["", "A Dog, jumps over 2 logs ."],
        [["a dog jumps"], ["A dog jumps over the logs .", "The dog leaps over logs"]],
    ),
    case(
        "closest reference tie goes to the shorter",
        ["one two three four five"],
        [["one two three four", "one two three four five six"]],
    ),
    case(
        "clipping",
        ["the the the the the the the"],
        [["the cat is on the mat", "there is a cat on the mat"]],
    ),
]

rng = random.Random(12)
words = "a the red blue green circle square triangle big small left right of to and is there dog".split()
hyps, refs = [], []
for _ in range(300):
    hyps.append(" ".join(rng.choice(words) for _ in range(rng.randint(0, 12))))
    refs.append(
        [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(rng.randint(1, 5))]
    )
cases.append(case("random corpus", hyps, refs))

small = "a red circle and blue".split()  # few words: higher-order n-grams do match
hyps = [" ".join(rng.choice(small) for _ in range(rng.randint(1, 9))) for _ in range(200)]
refs = [
    [" ".join(rng.choice(small) for _ in range(rng.randint(1, 9))) for _ in range(5)]
    for _ in range(200)
]
cases.append(case("random corpus, small vocabulary", hyps, refs))

print(json.dumps({"nltk": nltk.__version__, "cases": cases}, indent=1))
