# librosa side of scripts/bench/bench-audio: |stft| + chroma_stft (with estimate_tuning) of one clip,
# after warm-up, median of REPS timed runs, printed as JSON. Needs librosa 0.10.2 unpacked as in
# ../shared/tools/librosa-0.10.2/README.md (PYTHONPATH=/tmp/librosa).
#   PYTHONPATH=/tmp/librosa /usr/bin/python3 scripts/bench/bench-audio-librosa.py CLIP.wav REPS
import json
import sys
import time

import numpy as np

import librosa

path, reps = sys.argv[1], int(sys.argv[2])
y, sr = librosa.load(path, sr=None)


def once():
    S = np.abs(librosa.stft(y))
    chroma = librosa.feature.chroma_stft(S=S**2, sr=sr)
    return float(chroma.sum())


for _ in range(2):
    once()
seconds = []
for _ in range(reps):
    t0 = time.perf_counter()
    once()
    seconds.append(time.perf_counter() - t0)
seconds.sort()
print(json.dumps({"median": seconds[len(seconds) // 2], "samples": len(y), "librosa": librosa.__version__}))
