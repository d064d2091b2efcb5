"""scikit-learn side of scripts/bench/bench-naive-bayes (run that script).

  bench-naive-bayes-sklearn.py gen WORK ROWS COLS CLASSES   writes X.f64, y.i32 (seeded) and
                                                            proba_head.f64 (the first 1000 rows)
  bench-naive-bayes-sklearn.py run WORK ROWS COLS REPEATS   times GaussianNB fit + predict_proba

`run` prints one JSON line: the first and the median run's seconds.
"""
import json
import statistics
import sys
import time

import numpy as np
import sklearn
from sklearn.naive_bayes import GaussianNB

mode, work = sys.argv[1], sys.argv[2]
n, d = int(sys.argv[3]), int(sys.argv[4])
if mode == "gen":
    k = int(sys.argv[5])
    rng = np.random.RandomState(0)
    y = rng.randint(0, k, size=n).astype(np.int32)
    centres = rng.normal(scale=3.0, size=(k, d))
    scales = rng.uniform(0.5, 2.0, size=(k, d))
    X = centres[y] + rng.normal(size=(n, d)) * scales[y]
    X.astype("<f8").tofile(f"{work}/X.f64")
    y.astype("<i4").tofile(f"{work}/y.i32")
    GaussianNB().fit(X, y).predict_proba(X[:1000]).astype("<f8").tofile(f"{work}/proba_head.f64")
else:
    X = np.fromfile(f"{work}/X.f64", dtype="<f8").reshape(n, d)
    y = np.fromfile(f"{work}/y.i32", dtype="<i4")
    times = []
    for _ in range(int(sys.argv[5])):
        t = time.perf_counter()
        GaussianNB().fit(X, y).predict_proba(X)
        times.append(time.perf_counter() - t)
    print(json.dumps({"firstSeconds": times[0], "medianSeconds": statistics.median(times),
                      "sklearn": sklearn.__version__, "numpy": np.__version__}))
