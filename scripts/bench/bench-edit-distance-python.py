"""Benchmark helper for scripts/bench/bench-edit-distance (run that script, not this file).

  bench-edit-distance-python.py gen OUT_DIR          writes specs-a.txt (2000) and specs-b.txt (1000)
  bench-edit-distance-python.py run OUT_DIR REPEATS  times the all-pairs best match with python-Levenshtein

The specs are generated package requirement lines (seeded): a name from random syllables, a
separator style, and usually a pinned version; about half of the names in A also occur in B
with a changed version, as between two pip freezes.

The best match of each A line is the first B line with the smallest InDel distance (insert 1,
delete 1, substitute 2), which python-Levenshtein gives as round((1 - ratio) * (len a + len b)).
"""
import json
import os
import statistics
import random
import sys
import time

import Levenshtein

SYLLABLES = ["py", "data", "net", "lib", "core", "flask", "django", "web", "sql", "json", "xml",
             "test", "tools", "utils", "async", "io", "crypto", "auth", "cloud", "google", "azure",
             "aws", "num", "sci", "plot", "graph", "log", "conf", "yaml", "http", "client", "api"]


def name(rng):
    parts = [rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))]
    return rng.choice(["", "-", "_", "."]).join(parts)


def version(rng):
    return ".".join(str(rng.randint(0, 30)) for _ in range(rng.randint(2, 3)))


def spec(rng, n):
    return n if rng.random() < 0.1 else f"{n}=={version(rng)}"


def gen(out):
    rng = random.Random(42)
    names_b = [name(rng) for _ in range(1000)]
    b = [spec(rng, n) for n in names_b]
    a = [spec(rng, rng.choice(names_b) if rng.random() < 0.5 else name(rng)) for _ in range(2000)]
    for file, lines in (("specs-a.txt", a), ("specs-b.txt", b)):
        with open(os.path.join(out, file), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


def run(out, repeats):
    def read(file):
        with open(os.path.join(out, file), encoding="utf-8") as f:
            return [l.lower().strip() for l in f if l.strip()]

    a, b = read("specs-a.txt"), read("specs-b.txt")
    times = []
    best = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        best = []
        for x in a:
            best_d, best_i = float("inf"), -1
            lx = len(x)
            for i, y in enumerate(b):
                d = round((1 - Levenshtein.ratio(x, y)) * (lx + len(y)))
                if d < best_d:
                    best_d, best_i = d, i
            best.append([best_i, best_d])
        times.append(time.perf_counter() - t0)
    with open(os.path.join(out, "python-best.json"), "w") as f:
        json.dump(best, f)
    print(json.dumps({"pairs": len(a) * len(b), "seconds": statistics.median(times)}))


if __name__ == "__main__":
    if sys.argv[1] == "gen":
        gen(sys.argv[2])
    else:
        run(sys.argv[2], int(sys.argv[3]))
