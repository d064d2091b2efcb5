"""ROC-AUC and average precision from scikit-learn for the smell lab's metric tests.

Regenerate (Debian's python3-sklearn):
  /usr/bin/python3 src/test/resources/smell/sklearn_metrics.py > src/test/resources/smell/sklearn-metrics.json
"""
import json

import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score

rng = np.random.default_rng(7)
cases = []
for n, positives, levels in [(50, 10, 1000), (200, 41, 12), (31, 3, 5), (400, 83, 100000)]:
    y = np.zeros(n, dtype=int)
    y[rng.choice(n, positives, replace=False)] = 1
    # rounded scores so that ties occur; positives score higher on average
    score = np.round((rng.random(n) + 0.4 * y) * levels) / levels
    cases.append({
        "y": y.tolist(),
        "score": score.tolist(),
        "rocAuc": roc_auc_score(y, score),
        "averagePrecision": average_precision_score(y, score),
    })
print(json.dumps(cases))
