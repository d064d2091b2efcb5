#!/usr/bin/python3
"""Writes baselines.json: the forecast lab's protocol and baselines computed with NumPy.

Run from the project root with Debian's python3-numpy and python3-scipy:
    /usr/bin/python3 src/test/resources/dev/learninglab/labs/forecast/make_fixture.py
GOOG's close comes from matplotlib's goog.npz (data/stocks), VIX from the data mirror. For each
series and window: window i = rows i..i+W-1, target row i+W; M = N - W windows, the first floor(0.8 M)
train, the rest test; persistence, SMA-W and AR(W) with an intercept (numpy.linalg.lstsq on the
training windows) scored on the test windows in price units; MASE divides by the mean absolute
one-step change over the training rows 0..T+W-1. The Diebold-Mariano statistic of AR against
persistence (squared error, one step ahead) and its two-sided normal p-value check the test's code. VIX is read from the data mirror when it is there.
"""
import csv
import json
import math
import os
import sys

import numpy as np
from scipy.stats import norm


def read(path, date_col, value_col):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    return [r[date_col] for r in rows], np.array([float(r[value_col]) for r in rows])


def baselines(series, x, w):
    n = len(x)
    m = n - w
    t = int(math.floor(0.8 * m))
    windows = np.lib.stride_tricks.sliding_window_view(x, w)[:m]
    targets = x[w:]
    test = slice(t, m)
    truth = targets[test]
    scale = np.mean(np.abs(np.diff(x[: t + w])))
    design = np.hstack([np.ones((t, 1)), windows[:t]])
    coef, *_ = np.linalg.lstsq(design, targets[:t], rcond=None)
    forecasts = {
        "persistence": windows[test][:, -1],
        "sma": windows[test].mean(axis=1),
        "ar": np.hstack([np.ones((m - t, 1)), windows[test]]) @ coef,
    }
    out = {"series": series, "window": w, "n": n, "windows": m, "train": t, "test": m - t}
    for name, f in forecasts.items():
        e = f - truth
        out[name] = {"mse": float(np.mean(e**2)), "mae": float(np.mean(np.abs(e))),
                     "mase": float(np.mean(np.abs(e)) / scale)}
    out["arFirstForecast"] = float(forecasts["ar"][0])
    # Diebold-Mariano, AR vs persistence, squared error, one step: mean(d) / sqrt(var(d) / n)
    d = (forecasts["ar"] - truth) ** 2 - (forecasts["persistence"] - truth) ** 2
    dm = d.mean() / math.sqrt(d.var() / len(d))
    out["dmArVsPersistence"] = {"statistic": float(dm), "p": float(2 * norm.sf(abs(dm)))}
    return out


def main():
    goog = np.load("data/stocks/goog.npz")["price_data"]["close"]
    cases = [baselines("goog", goog, 50), baselines("goog", goog, 10)]
    mirror = os.environ.get("LEARNING_LAB_DATA_MIRROR", "../shared/data")
    vix_path = os.path.join(mirror, "stocks", "vix-daily.csv")
    if os.path.exists(vix_path):
        _, vix = read(vix_path, "DATE", "CLOSE")
        cases.append(baselines("vix", vix, 50))
    else:
        sys.exit("no " + vix_path + ": set LEARNING_LAB_DATA_MIRROR")
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "baselines.json"), "w") as f:
        json.dump({"numpy": np.__version__, "scipy": __import__("scipy").__version__, "cases": cases}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
