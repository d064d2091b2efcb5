#!/usr/bin/python3
"""scikit-learn's values for the machine-learning pack, as the probe describes them.

Runs the tutorial's steps on the California housing data with Debian's python3-sklearn and NumPy
(pandas is not installed there, so NumPy reads the CSV): median imputation of total_bedrooms,
a look at median_house_value, StandardScaler on median_income, LinearRegression on the 8 numeric
columns, a depth-2 DecisionTreeRegressor on median_income. Keys are the pack's check expressions;
EquivalentsAgreementTest compares them with the Java references (Tribuo and Tablesaw), within 1e-9.
Sections 7 and 8 (random forest, k-means) are checked by results that do not depend on the
implementation and are not compared here.

Run from this folder:  /usr/bin/python3 make_sklearn_fixtures.py [/path/to/housing.csv]
(default: the shared mirror, /work/shared/data/housing/housing.csv)
"""
import json
import sys

import numpy as np
import sklearn
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LinearRegression
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeRegressor

CSV = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/housing/housing.csv"
NUMERIC = ["longitude", "latitude", "housing_median_age", "total_rooms", "total_bedrooms",
           "population", "households", "median_income"]


def number(v):
    v = float(v)
    return {"kind": "number", "value": int(v) if isinstance(v, int) else v, "class": "Double"}


def whole(v):
    return {"kind": "number", "value": int(v), "class": "Integer"}


def numbers(values):
    return {"kind": "list", "items": [number(v) for v in values]}


with open(CSV) as f:
    header = f.readline().strip().split(",")
table = np.genfromtxt(CSV, delimiter=",", skip_header=1, usecols=range(9))
col = {name: table[:, i] for i, name in enumerate(header[:9])}
bedrooms = col["total_bedrooms"]

imputer = SimpleImputer(strategy="median")
X = imputer.fit_transform(np.column_stack([col[c] for c in NUMERIC]))
filled_bedrooms = X[:, NUMERIC.index("total_bedrooms")]
y = col["median_house_value"]
income = X[:, NUMERIC.index("median_income")]
scaled = StandardScaler().fit_transform(income.reshape(-1, 1))[:, 0]
linear = LinearRegression().fit(X, y)
tree = DecisionTreeRegressor(max_depth=2).fit(income.reshape(-1, 1), y)

fixtures = {
    "1": {"rows": whole(len(y)), "missingBedrooms": whole(np.isnan(bedrooms).sum())},
    "2": {
        "bedroomMedian": number(imputer.statistics_[NUMERIC.index("total_bedrooms")]),
        "missingAfter": whole(np.isnan(filled_bedrooms).sum()),
        "bedroomSum": number(filled_bedrooms.sum()),
    },
    "3": {
        "valueMean": number(y.mean()),
        "valueSd": number(y.std(ddof=1)),
        "incomeCorrelation": number(np.corrcoef(income, y)[0, 1]),
    },
    "4": {
        "Arrays.copyOf(incomeScaled, 5)": numbers(scaled[:5]),
        "Arrays.stream(incomeScaled).sum() / incomeScaled.length": number(scaled.mean()),
        "Math.sqrt(Arrays.stream(incomeScaled).map(x -> x * x).sum() / incomeScaled.length)":
            number(np.sqrt((scaled * scaled).mean())),
    },
    "5": {"r2": number(linear.score(X, y)), "firstPredictions": numbers(linear.predict(X[:3]))},
    "6": {"treeR2": number(tree.score(income.reshape(-1, 1), y))},
}
with open("sklearn-fixtures.json", "w") as out:
    json.dump(fixtures, out, indent=1)
print("scikit-learn", sklearn.__version__, "NumPy", np.__version__,
      "median", imputer.statistics_[4], "R2", linear.score(X, y), "tree R2", fixtures["6"]["treeR2"]["value"])
