"""Human-agreement BLEU on Flickr8k's test split with NLTK, for Flickr8kTextTest.

Caption #0 of each test image against its other captions (the `.jpg.1#0` id filed under its
image). Needs the catalogued flickr8k-text files (not in the repository):
  /usr/bin/python3 src/test/resources/captioning/make_flickr_agreement.py /work/shared/data/flickr8k-text \
      > src/test/resources/captioning/flickr_agreement_nltk.json
"""
import json
import sys
import warnings
from collections import defaultdict

from nltk.translate.bleu_score import corpus_bleu

warnings.simplefilter("ignore")
d = sys.argv[1]
caps = defaultdict(dict)
for line in open(f"{d}/Flickr8k.token.txt", encoding="utf-8"):
    if not line.strip():
        continue
    key, text = line.rstrip("\n").split("\t", 1)
    image, n = key.rsplit("#", 1)
    if image.endswith(".jpg.1"):
        image = image[:-2]
    caps[image][int(n)] = text


def tokens(s):
    return [w for w in s.lower().split() if w.isalpha()]


hyps, refs = [], []
for image in (l.strip() for l in open(f"{d}/Flickr_8k.testImages.txt")):
    if not image:
        continue
    c = [caps[image][k] for k in sorted(caps[image])]
    hyps.append(tokens(c[0]))
    refs.append([tokens(x) for x in c[1:]])
weights = [(1.0,), (1 / 2, 1 / 2), (1 / 3, 1 / 3, 1 / 3), (1 / 4,) * 4]
print(json.dumps({"split": "test", "images": len(hyps),
                  "bleu": [float(corpus_bleu(refs, hyps, weights=w)) for w in weights]}))
