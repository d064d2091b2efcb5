# Reference numbers for the curves lab, produced by scikit-learn (Debian's python3-sklearn).
# Regenerate from the worktree root with:
#   /usr/bin/python3 src/test/resources/curves/make_fixtures.py > src/test/resources/curves/sklearn_fixtures.json
import json
import warnings

import numpy as np
import sklearn
from scipy import optimize
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import learning_curve, validation_curve

warnings.filterwarnings("ignore")


def load_iris_csv(path="data/iris/iris.csv"):
    rows = np.loadtxt(path, delimiter=",", skiprows=1)
    return rows[:, :4], rows[:, 4].astype(int)


X, y = load_iris_csv()
out = {"sklearn": sklearn.__version__, "numpy": np.__version__}

# Coefficients: once at the optimum (newton-cg solved tightly: lbfgs stops early on scipy's
# relative-decrease test whatever tol says), once with the defaults the tutorial uses.
tight = LogisticRegression(C=1.0, solver="newton-cg", tol=1e-12, max_iter=1000).fit(X, y)
default = LogisticRegression(C=1.0, max_iter=1000).fit(X, y)
binary_mask = y > 0
binary = LogisticRegression(C=1.0, solver="newton-cg", tol=1e-12, max_iter=1000).fit(X[binary_mask], y[binary_mask])
out["logistic"] = {
    "multinomialC1": {"coef": tight.coef_.tolist(), "intercept": tight.intercept_.tolist(),
                      "proba_first_rows": tight.predict_proba(X[[0, 60, 120]]).tolist()},
    "multinomialC1Default": {"coef": default.coef_.tolist(), "intercept": default.intercept_.tolist(),
                             "iterations": int(default.n_iter_[0])},
    "binaryC1": {"classes": binary.classes_.tolist(), "coef": binary.coef_.tolist(),
                 "intercept": binary.intercept_.tolist()},
}


# The objective values scipy's L-BFGS-B asks for, in order, when minimising
# sum(log-loss) + ||W||^2 / 2 (C = 1) from zero with parameters laid out class by class
# (4 weights then the intercept): our port of L-BFGS-B must ask for the same points.
def objective(theta):
    W = theta.reshape(3, 5)
    Z = X @ W[:, :4].T + W[:, 4]
    m = Z.max(1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(Z - m).sum(1))
    P = np.exp(Z - lse[:, None])
    R = P - np.eye(3)[y]
    f = np.sum(lse - Z[np.arange(len(y)), y]) + 0.5 * np.sum(W[:, :4] ** 2)
    return f, np.c_[R.T @ X + W[:, :4], R.sum(0)].ravel()


evaluations = []


def recorded(theta):
    f, g = objective(theta)
    evaluations.append(f)
    return f, g


optimize.minimize(recorded, np.zeros(15), method="L-BFGS-B", jac=True,
                  options={"gtol": 1e-4, "maxiter": 1000})
out["scipyLbfgsbEvaluations"] = evaluations[:30]

# StratifiedKFold's folds are checked in src/test/resources/core/learn/make_stratified_kfold.py.

# learning_curve exactly as the tutorial calls it, with accuracy (the default scorer).
curves = {}
for name, C, shuffle in [("C1", 1.0, True), ("C1e-4", 1e-4, True), ("C1e4", 1e4, True),
                         ("C1NoShuffle", 1.0, False)]:
    sizes, train, test = learning_curve(
        LogisticRegression(C=C, max_iter=1000), X, y, cv=5,
        train_sizes=np.linspace(0.1, 1, 10), shuffle=shuffle, random_state=0 if shuffle else None)
    curves[name] = {"C": C, "shuffle": shuffle, "trainSizes": sizes.tolist(),
                    "train": [[None if np.isnan(v) else v for v in r] for r in train.tolist()],
                    "test": [[None if np.isnan(v) else v for v in r] for r in test.tolist()]}
out["learningCurve"] = curves

# validation_curve over C, as the lab draws it.
cs = np.logspace(-4, 4, 9)
train, test = validation_curve(LogisticRegression(max_iter=1000), X, y, param_name="C",
                               param_range=cs, cv=5)
out["validationCurve"] = {"C": cs.tolist(), "train": train.tolist(), "test": test.tolist()}
print(json.dumps(out))
