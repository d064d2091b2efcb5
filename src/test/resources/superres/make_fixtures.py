#!/usr/bin/python3
# Produces fixtures.json for the superres tests with the reference tools:
#   cd src/test/resources/superres && /usr/bin/python3 make_fixtures.py
# (Debian python3-skimage 0.19, python3-pil 9.4, numpy). Inputs are synthetic (seeded) or a
# crop of scikit-image's public-domain "camera" sample; nothing comes from snapshot data.
import json
import numpy as np
from PIL import Image
from skimage import data
from skimage.color import rgb2ycbcr
from skimage.metrics import peak_signal_noise_ratio, structural_similarity

rng = np.random.default_rng(7)

# PSNR / SSIM on Y with a border crop, as the lab's protocol states it
camera = data.camera()[200:248, 240:300].astype(np.float64)  # 48 x 60
noisy = np.clip(np.round(camera + rng.normal(0, 12, camera.shape)), 0, 255)
blurred = np.round((camera + np.roll(camera, 1, 0) + np.roll(camera, 1, 1)) / 3)
metrics = []
for name, other in (("noisy", noisy), ("blurred", blurred)):
    for border in (0, 3):
        a = camera[border:camera.shape[0] - border, border:camera.shape[1] - border]
        b = other[border:other.shape[0] - border, border:other.shape[1] - border]
        metrics.append({
            "name": name, "border": border,
            "psnr": peak_signal_noise_ratio(a, b, data_range=255),
            "ssim": structural_similarity(a, b, gaussian_weights=True, sigma=1.5,
                                          use_sample_covariance=False, data_range=255),
        })

# BT.601 Y (16-235) of 8-bit RGB: skimage's rgb2ycbcr uses MATLAB's matrix
rgb = rng.integers(0, 256, size=(4, 5, 3), dtype=np.uint8)
ycc = rgb2ycbcr(rgb)

# Bicubic with a = -0.5 and a kernel stretched when shrinking: Pillow's resampling on float
# images ("F" mode) matches MATLAB imresize away from the borders (Pillow clips the kernel at
# the edge where MATLAB mirrors), so only the interior is compared
src = (rng.random((36, 42)) * 255).astype(np.float32)
down = np.asarray(Image.fromarray(src, mode="F").resize((14, 12), Image.BICUBIC))
up = np.asarray(Image.fromarray(src, mode="F").resize((126, 108), Image.BICUBIC))

json.dump({
    "camera": camera.tolist(), "noisy": noisy.tolist(), "blurred": blurred.tolist(),
    "metrics": metrics,
    "rgb": rgb.tolist(), "ycbcr": ycc.tolist(),
    "bicubicSource": src.astype(float).tolist(),  # exact float32 values
    "bicubicDown3": np.round(down.astype(float), 4).tolist(),
    "bicubicUp3": np.round(up.astype(float), 4).tolist(),
}, open("fixtures.json", "w"))
print("wrote fixtures.json")
