#!/usr/bin/python3
"""NumPy's reading of the .npz file DJL wrote for the arrays pack (section 3's product).

arrays-product-djl.npz was written by the pack's own steps in DJL 0.36 / PyTorch 2.7.1 (seed 42:
array1 with values > 10 set to 0, times array2 with values < 5 set to 10, saved with
NDList.encode(out, NDList.Encoding.NPZ)). This script loads it with NumPy, as the tutorial's
"save it so NumPy reads it back" asks, and records what NumPy sees; NumpyReadsDjlTest checks that
DJL still writes the same array entry and decodes the same values.

Run from this folder:  /usr/bin/python3 make_numpy_fixture.py
"""
import json

import numpy as np

with np.load("arrays-product-djl.npz") as npz:
    names = list(npz.files)
    product = npz[names[0]]

# the tutorial's own conditions hold in what NumPy read: no factor from array1 above 10, none from
# array2 below 5, so every non-zero product is a multiple of at least 5 and at most 10 * 19
assert product.shape == (10, 10) and product.dtype == np.int32
assert all(v == 0 or 5 <= v <= 10 * 19 for v in product.ravel()), product

with open("arrays-numpy.json", "w") as out:
    json.dump(
        {
            "numpy": np.__version__,
            "entries": names,
            "dtype": str(product.dtype),
            "shape": list(product.shape),
            "values": [int(v) for v in product.ravel()],
        },
        out,
        indent=1,
    )
print("NumPy", np.__version__, "read", names, product.dtype, product.shape, "sum", int(product.sum()))
