#!/usr/bin/python3
"""cv2's results for the images pack, as the probe describes them.

Runs the tutorial's steps with Debian's python3-opencv on the pack's photo (scikit-image's
chelsea.png, bundled in data/sample-photos): read, grey, bilateral filter, erode then dilate,
Canny, save; then resize and Gaussian blur, Otsu's threshold, outer contours. Every image is
written losslessly as a PNG into cv2/ (cv2.imwrite), and cv2-fixtures.json names it under the
pack's check expression; numbers are written as the probe describes them.
EquivalentsAgreementTest.imagesMatchCv2 decodes the PNGs (blue, green, red order, as cv2 holds
them) and compares every pixel with the Java references run in the learner VM.

Run from this folder:  /usr/bin/python3 make_cv2_fixtures.py [/path/to/chelsea.png]
(default: the repository's data/sample-photos/chelsea.png)
"""
import json
import os
import sys

import cv2
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
PHOTO = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    HERE, "..", "..", "..", "..", "..", "data", "sample-photos", "chelsea.png")


def image(name, array):
    cv2.imwrite(os.path.join(HERE, "cv2", name + ".png"), array)
    return {"kind": "png", "file": "cv2/" + name + ".png",
            "shape": list(array.shape), "dtype": str(array.dtype)}


def number(v):
    return {"kind": "number", "value": float(v), "class": "Double"}


def whole(v):
    return {"kind": "number", "value": int(v), "class": "Integer"}


photo = cv2.imread(PHOTO)
grey = cv2.cvtColor(photo, cv2.COLOR_BGR2GRAY)
smooth = cv2.bilateralFilter(grey, 9, 75, 75)
kernel = np.ones((3, 3), np.uint8)
eroded = cv2.erode(smooth, kernel, iterations=1)
dilated = cv2.dilate(eroded, kernel, iterations=1)
edges = cv2.Canny(dilated, 100, 200)
saved = cv2.imwrite(os.path.join(HERE, "cv2", "edges-saved.png"), edges)
readBack = cv2.imread(os.path.join(HERE, "cv2", "edges-saved.png"), cv2.IMREAD_UNCHANGED)
os.remove(os.path.join(HERE, "cv2", "edges-saved.png"))
half = cv2.resize(photo, (226, 150), interpolation=cv2.INTER_AREA)
blurred = cv2.GaussianBlur(grey, (5, 5), 0)
otsuLevel, binary = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
contours, _ = cv2.findContours(binary, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)

fixtures = {
    "producer": "cv2 " + cv2.__version__ + ", numpy " + np.__version__,
    "1": {"photo": image("photo", photo)},
    "2": {"grey": image("grey", grey)},
    "3": {"smooth": image("smooth", smooth)},
    "4": {"eroded": image("eroded", eroded), "dilated": image("dilated", dilated)},
    "5": {"edges": image("edges", edges), "edgePixels": whole(cv2.countNonZero(edges))},
    "6": {"saved": {"kind": "boolean", "value": bool(saved)},
          'Imgcodecs.imread("edges.png", Imgcodecs.IMREAD_UNCHANGED)': image("edges", readBack)},
    "7": {"half": image("half", half), "blurred": image("blurred", blurred)},
    "8": {"otsuLevel": number(otsuLevel), "binary": image("binary", binary)},
    "9": {"contourCount": whole(len(contours)),
          "largestArea": number(max(cv2.contourArea(c) for c in contours))},
}
with open(os.path.join(HERE, "cv2-fixtures.json"), "w") as out:
    json.dump(fixtures, out, indent=1)
    out.write("\n")
print(fixtures["producer"], "edges", fixtures["5"]["edgePixels"]["value"], "otsu", otsuLevel,
      "contours", len(contours), "largest", fixtures["9"]["largestArea"]["value"])
