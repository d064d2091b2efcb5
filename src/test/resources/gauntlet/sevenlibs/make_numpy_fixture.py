#!/usr/bin/python3
"""NumPy's reading of the .npy file DJL wrote for the arrays pack (section 3's product).

arrays-product-djl.npy was written by the pack's own steps in DJL 0.36 / PyTorch 2.7.1 (seed 42:
array1 with values > 10 set to 0, times array2 with values < 5 set to 10), saved as section 4
saves: the one .npy entry of NDList.encode(NDList.Encoding.NPZ), written out as it is. This
script loads it with np.load, as the tutorial's "save it as .npy so NumPy reads it back" asks,
and records what NumPy sees; NumpyReadsDjlTest checks that DJL still writes the same bytes and
decodes the same values.

Run from this folder:  /usr/bin/python3 make_numpy_fixture.py
"""
import json

import numpy as np

product = np.load("arrays-product-djl.npy")
with open("arrays-product-djl.npy", "rb") as f:
    magic = f.read(6)
    version = tuple(f.read(2))

# a bare .npy (not a zip); the tutorial's own conditions hold in what NumPy read: no factor from
# array1 above 10, none from array2 below 5, so every non-zero product is at least 5, at most 10 * 19
assert magic == b"\x93NUMPY", magic
assert product.shape == (10, 10) and product.dtype == np.int32
assert all(v == 0 or 5 <= v <= 10 * 19 for v in product.ravel()), product

with open("arrays-numpy.json", "w") as out:
    json.dump(
        {
            "numpy": np.__version__,
            "format": "npy %d.%d" % version,
            "dtype": str(product.dtype),
            "shape": list(product.shape),
            "values": [int(v) for v in product.ravel()],
        },
        out,
        indent=1,
    )
print("NumPy", np.__version__, "read a .npy", version, product.dtype, product.shape, "sum", int(product.sum()))
