#!/usr/bin/python3
"""NLTK's values for the text pack, on the Flickr8k captions (catalogued as flickr8k-text).

Debian's python3-nltk 3.8 has no data packages: word_tokenize needs the punkt sentence model, which
is not there. It is punkt followed by NLTKWordTokenizer, which needs no data; every Flickr8k
caption is one sentence, so this script calls NLTKWordTokenizer on each caption. The stop-word
corpus is not there either: the pack and this script use the same short list (STOP_WORDS below,
written out in the pack's data block; NltkParityTest checks they are the same).

OpenNLP's SimpleTokenizer splits wherever the character class changes (letter, digit, other);
NLTK's tokeniser does not, by design. The two are compared on the "plain" captions: every
space-separated piece all letters, all digits or one punctuation mark from PLAIN_MARKS, and no
"cannot" (NLTK splits it into "can not"). On those the tokens must be the same; the rest are
where the tokenisers differ (hyphens, apostrophes, double quotes, inner periods, letters beside
digits), and the script counts them by mark.

Written (numbers and the most frequent words only; the captions themselves are never copied):
nltk-caption-tokens.json with, for every caption in file order, NLTK's token count and the CRC-32
of its tokens joined by single spaces (UTF-8); nltk-fixtures.json with statistics of the plain captions
(token totals, most frequent tokens, Porter stems with PorterStemmer(mode=MARTIN_EXTENSIONS), the
original algorithm with Martin's extensions, as OpenNLP's PorterStemmer; Snowball English stems;
bigrams; stop-word removal). NltkParityTest runs OpenNLP on the same captions and compares.

Run from this folder:  /usr/bin/python3 make_nltk_fixtures.py [/path/to/Flickr8k.token.txt]
(default: the shared mirror, /work/shared/data/flickr8k-text/Flickr8k.token.txt)
"""
import collections
import json
import re
import sys
import zlib

import nltk
from nltk.stem import PorterStemmer
from nltk.stem.snowball import SnowballStemmer
from nltk.tokenize import NLTKWordTokenizer
from nltk.util import ngrams

TOKENS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/flickr8k-text/Flickr8k.token.txt"
STOP_WORDS = ["a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "with", "by", "for",
              "from", "is", "are", "his", "her", "their", "its", "it", "while", "into", "as"]
PLAIN_MARKS = ".,;!?()&#:"
PIECE = r"(?:[a-z]+|[0-9]+|[" + re.escape(PLAIN_MARKS) + r"])"
PLAIN = re.compile("^" + PIECE + "(?: " + PIECE + ")*$")


def plain(caption):
    return PLAIN.match(caption) is not None and "cannot" not in caption.split()


def top(counter, n):
    """The n most frequent, most frequent first, ties by the word (FreqDist keeps no order)."""
    return [f"{w} {c}" for w, c in sorted(counter.items(), key=lambda e: (-e[1], e[0]))[:n]]


with open(TOKENS, encoding="ascii") as f:
    captions = [line.rstrip("\n").split("\t", 1)[1] for line in f]
lower = [c.lower() for c in captions]
tokeniser = NLTKWordTokenizer()
tokens = [tokeniser.tokenize(c) for c in lower]

is_plain = [plain(c) for c in lower]
plain_tokens = [t for t, p in zip(tokens, is_plain) if p]
flat = [w for t in plain_tokens for w in t]
porter = PorterStemmer(mode=PorterStemmer.MARTIN_EXTENSIONS)
default_porter = PorterStemmer()  # NLTK_EXTENSIONS, NLTK's default
snowball = SnowballStemmer("english")
vocabulary = sorted(set(flat))
porter_of = {w: porter.stem(w) for w in vocabulary}
snowball_of = {w: snowball.stem(w) for w in vocabulary}
stems = collections.Counter(porter_of[w] for w in flat)
words = collections.Counter(flat)
bigrams = collections.Counter(" ".join(g) for t in plain_tokens for g in ngrams(t, 2))
content = collections.Counter(w for w in flat if w not in STOP_WORDS and any(ch.isalpha() for ch in w))
default_differs = [w for w in vocabulary if default_porter.stem(w) != porter_of[w]]

not_plain = [c for c, p in zip(lower, is_plain) if not p]
marks = {m: sum(1 for c in not_plain if m in c) for m in ["-", "'", '"']}
marks["period joined to a word"] = sum(1 for c in not_plain if re.search(r"[a-z0-9]\.", c))
marks["cannot"] = sum(1 for c in not_plain if "cannot" in c.split())
marks["letters and digits in one piece"] = sum(
    1 for c in not_plain if re.search(r"[a-z][0-9]|[0-9][a-z]", c))

fixtures = {
    "nltk": nltk.__version__,
    "stopWords": STOP_WORDS,
    "plainMarks": PLAIN_MARKS,
    "captions": len(captions),
    "tokens": sum(len(t) for t in tokens),
    "notPlainCaptions": len(not_plain),
    "notPlainByMark": marks,
    "plain": {
        "captions": len(plain_tokens),
        "tokens": len(flat),
        "vocabulary": len(vocabulary),
        "topTokens": top(words, 20),
        "hapaxes": sum(1 for c in words.values() if c == 1),
        "porterStems": len(set(porter_of.values())),
        "topStems": top(stems, 20),
        "wordsPorterChanges": sum(1 for w in vocabulary if porter_of[w] != w),
        "snowballStems": len(set(snowball_of.values())),
        "porterSnowballDiffer": sum(1 for w in vocabulary if porter_of[w] != snowball_of[w]),
        "bigrams": sum(bigrams.values()),
        "distinctBigrams": len(bigrams),
        "topBigrams": top(bigrams, 10),
        "contentTokens": sum(content.values()),
        "topContent": top(content, 10),
        "nltkDefaultPorterDiffers": len(default_differs),
    },
}
with open("nltk-caption-tokens.json", "w") as out:
    json.dump({"tokenCounts": [len(t) for t in tokens],
               "tokenCrc32": [zlib.crc32(" ".join(t).encode("utf-8")) for t in tokens]},
              out, separators=(",", ":"))
    out.write("\n")
with open("nltk-fixtures.json", "w") as out:
    json.dump(fixtures, out, indent=1)
    out.write("\n")
print("NLTK", nltk.__version__, "captions", len(captions), "tokens", fixtures["tokens"],
      "plain", len(plain_tokens), "not plain", len(not_plain), marks)
print("plain tokens", len(flat), "vocabulary", len(vocabulary), "Porter stems",
      fixtures["plain"]["porterStems"], "Snowball stems", fixtures["plain"]["snowballStems"],
      "NLTK default Porter differs on", len(default_differs), "e.g.",
      [(w, default_porter.stem(w), porter_of[w]) for w in default_differs[:8]])
