# Produces numpy_random_state.json: sequences from NumPy's legacy RandomState that
# NumpyRandomStateTest compares with dev.learninglab.core.random.NumpyRandomState.
# Run: /usr/bin/python3 src/test/resources/core/random/make_fixtures.py  (Debian numpy 1.24.2,
#      scikit-learn 1.2.1)
import json, os
import numpy as np
from sklearn.model_selection import train_test_split

out = {"numpy": np.__version__, "cases": []}
for seed in [0, 1, 3, 42, 123456789, 4294967295]:
    rs = np.random.RandomState(seed)
    case = {"seed": seed}
    case["random_sample"] = rs.random_sample(7).tolist()
    case["permutation_10"] = rs.permutation(10).tolist()
    case["randint_0_100"] = rs.randint(0, 100, size=8).tolist()
    case["randint_big"] = rs.randint(-5, 2**40, size=4).tolist()
    case["permutation_1000"] = rs.permutation(1000).tolist()
    arr = np.arange(20, dtype=float) * 0.5
    rs.shuffle(arr)
    case["shuffle_20"] = arr.tolist()
    case["after_sample"] = float(rs.random_sample())
    out["cases"].append(case)

rs = np.random.RandomState([1, 2, 3, 4294967295])
out["array_seed"] = {"key": [1, 2, 3, 4294967295], "random_sample": rs.random_sample(5).tolist(),
                     "permutation_12": rs.permutation(12).tolist()}

# scikit-learn's train_test_split (ShuffleSplit) indices for a few sizes
splits = []
for n, test_size, seed in [(6027, 0.2, 3), (10, 0.3, 0), (101, 0.25, 42)]:
    idx = np.arange(n)
    tr, te = train_test_split(idx, test_size=test_size, random_state=seed)
    splits.append({"n": n, "test_size": test_size, "seed": seed, "train": tr.tolist(), "test": te.tolist()})
out["train_test_split"] = splits

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "numpy_random_state.json"), "w") as f:
    json.dump(out, f)
