#!/usr/bin/python3
"""Writes interp1d-quadratic.json: scipy's interp1d(kind="quadratic", fill_value="extrapolate")
on a few (size, accuracy) series, evaluated inside and beyond the points. Run from this folder with
Debian's python3-scipy: /usr/bin/python3 make-interp1d-fixture.py"""
import json

import numpy as np
import scipy
from scipy.interpolate import interp1d

cases = {
    # sizes 5k..30k as the tutorial's first six rows; illustrative accuracies
    "six-sizes": ([5000, 10000, 15000, 20000, 25000, 30000],
                  [0.8601, 0.8785, 0.8862, 0.8931, 0.8968, 0.8994]),
    "three-points": ([100, 200, 400], [0.5, 0.7, 0.75]),
    "uneven": ([250, 500, 1000, 2000, 3000, 4000, 6000, 8000],
               [0.62, 0.71, 0.78, 0.83, 0.851, 0.86, 0.874, 0.881]),
}
out = {"scipy": scipy.__version__, "cases": []}
for name, (x, y) in cases.items():
    f = interp1d(x, y, kind="quadratic", fill_value="extrapolate")
    lo, hi = min(x), max(x)
    query = sorted(set(list(np.linspace(lo * 0.5, hi * 2.0, 23)) + list(map(float, x))))
    out["cases"].append({"name": name, "x": x, "y": y, "query": query,
                         "value": [float(v) for v in f(query)]})
with open("interp1d-quadratic.json", "w") as fh:
    json.dump(out, fh, indent=1)
