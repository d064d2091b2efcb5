"""PCA fixtures for PcaTest, from scikit-learn.

Run with Debian's python (it has python3-sklearn):
    /usr/bin/python3 src/test/resources/smell/sklearn_pca.py > src/test/resources/smell/sklearn-pca.json
"""
import json

import numpy as np
from sklearn.decomposition import PCA

rng = np.random.default_rng(11)
cases = []
# correlated columns with different scales, a tall and a wide matrix
for rows, cols in [(40, 6), (12, 20)]:
    latent = rng.normal(size=(rows, 3))
    mix = rng.normal(size=(3, cols)) * np.linspace(0.5, 3.0, cols)
    x = latent @ mix + 0.1 * rng.normal(size=(rows, cols)) + rng.normal(size=cols) * 5
    pca = PCA(n_components=2, svd_solver="full").fit(x)
    cases.append(
        {
            "x": x.tolist(),
            "components": pca.components_.tolist(),
            "explainedVarianceRatio": pca.explained_variance_ratio_.tolist(),
            "scores": pca.transform(x).tolist(),
        }
    )
print(json.dumps({"sklearn": __import__("sklearn").__version__, "cases": cases}))
