#!/usr/bin/python3
"""scikit-learn's values for the machine-learning pack, as the probe describes them.

Runs the tutorial's steps on the California housing data with Debian's python3-sklearn and NumPy
(pandas is not installed there, so NumPy reads the CSV): median imputation of total_bedrooms,
a look at median_house_value, StandardScaler on median_income, LinearRegression on the 8 numeric
columns, a depth-2 DecisionTreeRegressor on median_income, and (section 9) a 5-nearest-neighbour
regression on the 8 standardised columns of districts 0-3,999, scored on districts 4,000-4,999.
Keys are the pack's check expressions;
EquivalentsAgreementTest compares them with the Java references (Tribuo and Tablesaw), within 1e-9.
Sections 7 and 8 (random forest, k-means) are checked by results that do not depend on the
implementation and are not compared here. Section 9's neighbours do not depend on how ties are
broken: the script stops if any scored district's 5th and 6th nearest neighbours are equally far.

Run from this folder:  /usr/bin/python3 make_sklearn_fixtures.py [/path/to/housing.csv]
(default: the shared mirror, /work/shared/data/housing/housing.csv)
"""
import json
import sys

import numpy as np
import sklearn
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LinearRegression
from sklearn.neighbors import KNeighborsRegressor
from sklearn.pipeline import make_pipeline
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
knn = make_pipeline(StandardScaler(), KNeighborsRegressor(n_neighbors=5)).fit(X[:4000], y[:4000])
distances, _ = knn[1].kneighbors(knn[0].transform(X[4000:5000]), n_neighbors=6)
ties = int((np.abs(distances[:, 4] - distances[:, 5]) <= 1e-9 * distances[:, 5]).sum())
assert ties == 0, f"{ties} scored districts have a tie at the 5th neighbour"

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
    "9": {
        "knnR2": number(knn.score(X[4000:5000], y[4000:5000])),
        "knnFirstPredictions": numbers(knn.predict(X[4000:4003])),
    },
}
with open("sklearn-fixtures.json", "w") as out:
    json.dump(fixtures, out, indent=1)
print("scikit-learn", sklearn.__version__, "NumPy", np.__version__,
      "median", imputer.statistics_[4], "R2", linear.score(X, y), "tree R2", fixtures["6"]["treeR2"]["value"], "KNN R2", fixtures["9"]["knnR2"]["value"],
      "smallest gap 5th-6th neighbour", (distances[:, 5] - distances[:, 4]).min())
