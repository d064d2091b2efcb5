#!/usr/bin/python3
"""Writes the damaged pictures PictureFilesTest refuses, with Debian's python3-pil:
    /usr/bin/python3 src/test/resources/dev/learninglab/core/image/make_bad_images.py
cmyk.jpg: a 32x32 gradient saved as a CMYK JPEG (as print software saves them);
truncated.jpg: a 64x64 RGB JPEG without its last 200 bytes (cut inside the scan data)."""
import io
import os

from PIL import Image

here = os.path.dirname(os.path.abspath(__file__))
gradient = Image.new("RGB", (64, 64))
gradient.putdata([(4 * x, 4 * y, 128) for y in range(64) for x in range(64)])
gradient.resize((32, 32)).convert("CMYK").save(os.path.join(here, "cmyk.jpg"), quality=90)
buffer = io.BytesIO()
gradient.save(buffer, format="JPEG", quality=90)
data = buffer.getvalue()
with open(os.path.join(here, "truncated.jpg"), "wb") as f:
    f.write(data[:-200])
