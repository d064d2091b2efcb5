# scikit-learn's StratifiedKFold fold of every sample: the reference that
# dev.learninglab.core.learn.StratifiedKFold must match, unshuffled and shuffled, for iris, for an
# unbalanced unsorted label vector, and for random label vectors including those scikit-learn
# refuses (every class smaller than n_splits). Regenerate from the worktree root with:
#   /usr/bin/python3 src/test/resources/core/learn/make_stratified_kfold.py \
#     > src/test/resources/core/learn/stratified-kfold.json
import json
import warnings

import numpy as np
import sklearn
from sklearn.model_selection import StratifiedKFold

warnings.filterwarnings("ignore")  # "the least populated class has only n members"



def test_folds(cv, labels):
    folds = np.empty(len(labels), dtype=int)
    for f, (_, test) in enumerate(cv.split(np.zeros((len(labels), 1)), labels)):
        folds[test] = f
    return folds.tolist()


iris = np.loadtxt("data/iris/iris.csv", delimiter=",", skiprows=1)[:, 4].astype(int)
y_odd = np.random.RandomState(7).choice([2, 0, 5], size=31, p=[0.2, 0.5, 0.3])
named = {
    "irisLabels": iris.tolist(),
    "irisNoShuffle": test_folds(StratifiedKFold(5), iris),
    "irisShuffle0": test_folds(StratifiedKFold(5, shuffle=True, random_state=0), iris),
    "oddLabels": y_odd.tolist(),
    "oddNoShuffle": test_folds(StratifiedKFold(4), y_odd),
    "oddShuffle42": test_folds(StratifiedKFold(4, shuffle=True, random_state=42), y_odd),
}

rng = np.random.RandomState(2024)
cases = []
for case in range(400):
    n = int(rng.randint(2, 60))
    classes = int(rng.randint(1, 7))
    values = rng.choice(np.arange(-5, 50), size=classes, replace=False)
    y = rng.choice(values, size=n, p=rng.dirichlet(np.ones(classes)))
    k = int(rng.randint(2, min(n, 8) + 1))
    seed = None if case % 2 == 0 else int(rng.randint(0, 2**32 - 1, dtype=np.int64))
    cv = StratifiedKFold(k, shuffle=seed is not None, random_state=seed)
    try:
        result = test_folds(cv, y)
    except ValueError:
        result = None  # refused
    cases.append({"y": y.tolist(), "k": k, "seed": seed, "folds": result})

print(json.dumps({"sklearn": sklearn.__version__, "numpy": np.__version__, **named, "cases": cases}))
