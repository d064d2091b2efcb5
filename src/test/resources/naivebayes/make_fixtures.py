#!/usr/bin/python3
"""Reference numbers for the naive-bayes lab, produced by Debian's python3-sklearn.

Run from the repository root:
    /usr/bin/python3 src/test/resources/naivebayes/make_fixtures.py

Writes, beside this script:
  blobs20-gnb.json        fitted GaussianNB values on data/blobs20/blobs20.csv for
                          var_smoothing 1e-9 and 0, with predict_proba/predict_log_proba
                          on the tutorial's three points
  blobs20-grid-<vs>.csv.gz predict_proba on a 101x101 grid (x1 in [-9,10], x2 in [-4,10])
  digits-cv.json          10-fold cross_val_score of GaussianNB on data/digits (default and
                          var_smoothing=0.1), of MultinomialNB(alpha=10) and
                          BernoulliNB(alpha=10, on X > 4), and the fold assignment
  discrete-nb.json        MultinomialNB / BernoulliNB fitted on the first 1000 digits,
                          predict_log_proba on the next 20 rows
  partial-fit.json        GaussianNB.partial_fit on blobs20 in two batches (the second batch
                          recomputes epsilon_ from its own rows, as sklearn does)
Floats are written with repr (round-trip exact).
"""
import gzip
import json
import os

import numpy as np
import sklearn
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.naive_bayes import BernoulliNB, GaussianNB, MultinomialNB

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
POINTS = [[-2.0, 5.0], [0.0, 0.0], [6.0, -0.3]]
GRID_X1 = np.linspace(-9.0, 10.0, 101)
GRID_X2 = np.linspace(-4.0, 10.0, 101)


def floats(a):
    return np.asarray(a, dtype=float).tolist()


def blobs():
    data = np.loadtxt(os.path.join(ROOT, "data/blobs20/blobs20.csv"), delimiter=",", skiprows=1)
    return data[:, :2], data[:, 2].astype(int)


def blobs_fixtures():
    X, y = blobs()
    out = {"sklearn": sklearn.__version__, "numpy": np.__version__, "points": POINTS, "fits": []}
    for vs in [1e-9, 0.0]:
        clf = GaussianNB(var_smoothing=vs).fit(X, y)
        out["fits"].append({
            "varSmoothing": vs,
            "classes": clf.classes_.tolist(),
            "classCount": floats(clf.class_count_),
            "classPrior": floats(clf.class_prior_),
            "theta": floats(clf.theta_),
            "var": floats(clf.var_),
            "epsilon": float(clf.epsilon_),
            "jointLogProba": floats(clf.predict_joint_log_proba(POINTS)),
            "logProba": floats(clf.predict_log_proba(POINTS)),
            "proba": floats(clf.predict_proba(POINTS)),
            "predict": clf.predict(POINTS).tolist(),
        })
        grid = np.array([[a, b] for b in GRID_X2 for a in GRID_X1])
        proba = clf.predict_proba(grid)
        name = "blobs20-grid-%s.csv.gz" % ("0" if vs == 0 else repr(vs))
        with gzip.open(os.path.join(HERE, name), "wt") as f:
            f.write("x1,x2,p0,p1,p2\n")
            for (a, b), p in zip(grid, proba):
                f.write(",".join(repr(float(v)) for v in (a, b, *p)) + "\n")
    with open(os.path.join(HERE, "blobs20-gnb.json"), "w") as f:
        json.dump(out, f, indent=1)


def digits():
    data = np.loadtxt(os.path.join(ROOT, "data/digits/digits.csv.gz"), delimiter=",")
    return data[:, :-1], data[:, -1].astype(int)


def digits_fixtures():
    X, y = digits()
    cv = StratifiedKFold(n_splits=10)
    folds = np.empty(len(y), dtype=int)
    for k, (_, test) in enumerate(cv.split(X, y)):
        folds[test] = k
    out = {
        "testFold": folds.tolist(),
        "gaussianDefault": floats(cross_val_score(GaussianNB(), X, y, cv=10)),
        "gaussianVs01": floats(cross_val_score(GaussianNB(var_smoothing=0.1), X, y, cv=10)),
        "multinomialAlpha10": floats(cross_val_score(MultinomialNB(alpha=10), X, y, cv=10)),
        "bernoulliAlpha10Above4": floats(cross_val_score(BernoulliNB(alpha=10), X > 4, y, cv=10)),
    }
    with open(os.path.join(HERE, "digits-cv.json"), "w") as f:
        json.dump(out, f)

    train, test = slice(0, 1000), slice(1000, 1020)
    mnb = MultinomialNB(alpha=1.0).fit(X[train], y[train])
    bnb = BernoulliNB(alpha=1.0, binarize=4.0).fit(X[train], y[train])
    discrete = {
        "multinomial": {"alpha": 1.0, "classLogPrior": floats(mnb.class_log_prior_),
                        "logProba": floats(mnb.predict_log_proba(X[test]))},
        "bernoulli": {"alpha": 1.0, "binarize": 4.0, "classLogPrior": floats(bnb.class_log_prior_),
                      "logProba": floats(bnb.predict_log_proba(X[test]))},
    }
    with open(os.path.join(HERE, "discrete-nb.json"), "w") as f:
        json.dump(discrete, f, indent=1)


def partial_fit_fixture():
    X, y = blobs()
    clf = GaussianNB().partial_fit(X[:8], y[:8], classes=[0, 1, 2])
    first = {"theta": floats(clf.theta_), "var": floats(clf.var_), "epsilon": float(clf.epsilon_)}
    clf.partial_fit(X[8:], y[8:])
    out = {"first": first, "second": {
        "classCount": floats(clf.class_count_), "classPrior": floats(clf.class_prior_),
        "theta": floats(clf.theta_), "var": floats(clf.var_), "epsilon": float(clf.epsilon_)}}
    with open(os.path.join(HERE, "partial-fit.json"), "w") as f:
        json.dump(out, f, indent=1)


if __name__ == "__main__":
    blobs_fixtures()
    digits_fixtures()
    partial_fit_fixture()
