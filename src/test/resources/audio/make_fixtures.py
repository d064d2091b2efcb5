# Reference numbers for the audio lab, produced by the real librosa 0.10.2.post1 on Debian's numpy
# and scipy (see ../shared/tools/librosa-0.10.2/README.md for the set-up). Regenerate from the
# worktree root with:
#   mkdir -p /tmp/librosa && tar -xzf ../shared/tools/librosa-0.10.2/librosa-0.10.2.post1-src.tar.gz -C /tmp/librosa
#   cp ../shared/tools/librosa-0.10.2/soxr_stub.py /tmp/librosa/soxr.py
#   PYTHONPATH=/tmp/librosa /usr/bin/python3 src/test/resources/audio/make_fixtures.py
#
# It writes short synthetic WAV files (signals/) in the formats the loader must read, and one JSON
# file per clip (librosa/) holding what librosa computes from it. Large arrays are stored as
# summaries (max, sum, per-frame and per-bin sums) plus full columns at a few frames and a strided
# slice of the signal, so that every fixture stays small.
import json
import os
import warnings

import numpy as np
import scipy
import soundfile as sf

import librosa

warnings.filterwarnings("ignore")

HERE = os.path.dirname(os.path.abspath(__file__))
SIGNALS = os.path.join(HERE, "signals")
OUT = os.path.join(HERE, "librosa")
BUNDLED = os.path.join(HERE, "..", "..", "..", "..", "data", "audio")


def num(v):
    return float("%.8g" % float(v))


def nums(a):
    return [num(v) for v in np.asarray(a).ravel()]


def summary(a, columns=(), rows=()):
    """Summary of a 2-D array: max |value|, sum, sums along each axis, some full columns/rows."""
    a = np.asarray(a, dtype=np.float64)
    out = {
        "shape": list(a.shape),
        "absMax": num(np.max(np.abs(a))),
        "max": num(a.max()),
        "min": num(a.min()),
        "sum": num(a.sum()),
        "columnSums": nums(a.sum(axis=0)),
        "rowSums": nums(a.sum(axis=1)),
        "columns": {str(c): nums(a[:, c]) for c in columns if c < a.shape[1]},
        "rows": {str(r): nums(a[r, :]) for r in rows if r < a.shape[0]},
    }
    return out


def full(a):
    a = np.asarray(a)
    return {"shape": list(a.shape), "absMax": num(np.max(np.abs(a))), "values": [nums(r) for r in a]}


def signal_summary(y, stride):
    return {
        "samples": int(len(y)),
        "absMax": num(np.max(np.abs(y))) if len(y) else 0.0,
        "sum": num(np.sum(y, dtype=np.float64)),
        "stride": stride,
        "strided": nums(y[::stride]),
    }


def spectral(name, path, sr=22050, n_fft=2048, hop=512, stride=7, full_chroma=True):
    y, sr_used = librosa.load(path, sr=sr, res_type="polyphase")
    y_native, sr_native = librosa.load(path, sr=None)
    S = np.abs(librosa.stft(y, n_fft=n_fft, hop_length=hop))
    frames = S.shape[1]
    cols = sorted({0, frames // 2, frames - 1})
    bins = sorted({0, 5, 40, 93, n_fft // 4, n_fft // 2})
    power = S**2
    tuning = float(librosa.estimate_tuning(S=power, sr=sr_used, bins_per_octave=12))
    chroma = librosa.feature.chroma_stft(y=y, sr=sr_used, n_fft=n_fft, hop_length=hop)
    chroma0 = librosa.feature.chroma_stft(y=y, sr=sr_used, n_fft=n_fft, hop_length=hop, tuning=0.0)
    mel = librosa.feature.melspectrogram(y=y, sr=sr_used, n_fft=n_fft, hop_length=hop)
    mfcc = librosa.feature.mfcc(y=y, sr=sr_used, n_fft=n_fft, hop_length=hop)
    fixture = {
        "file": os.path.basename(path),
        "librosa": librosa.__version__,
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "nativeSr": int(sr_native),
        "sr": int(sr_used),
        "nFft": n_fft,
        "hop": hop,
        "native": signal_summary(y_native, stride),
        "signal": signal_summary(y, stride),
        "stft": summary(S, cols, bins),
        "dbRefMax": summary(librosa.amplitude_to_db(S, ref=np.max), cols, bins),
        "dbRefOne": summary(librosa.amplitude_to_db(S), cols[1:2]),
        "powerDbRefMax": summary(librosa.power_to_db(power, ref=np.max), cols[1:2]),
        "tuning": tuning,
        "chroma": full(chroma) if full_chroma else summary(chroma, cols),
        "chromaTuning0": full(chroma0) if full_chroma else summary(chroma0, cols),
        "mel": summary(mel, cols, (0, 10, 64, 127)),
        "mfcc": full(mfcc) if full_chroma else summary(mfcc, cols, (0, 1, 12, 19)),
    }
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(fixture, f, separators=(",", ":"))


def filter_banks():
    banks = {}
    for sr, n_fft, tuning in [(22050, 2048, 0.0), (22050, 2048, -0.3), (44100, 4096, 0.13), (16000, 1000, 0.0)]:
        fb = librosa.filters.chroma(sr=sr, n_fft=n_fft, tuning=tuning)
        rows = range(12) if (sr, n_fft, tuning) == (22050, 2048, 0.0) else (0, 4, 9)
        banks["chroma-%d-%d-%s" % (sr, n_fft, tuning)] = {
            "sr": sr,
            "nFft": n_fft,
            "tuning": tuning,
            **summary(fb, (0, 1, 10, 93, 300, n_fft // 2), rows),
        }
    for sr, n_fft in [(22050, 2048), (44100, 1024)]:
        fb = librosa.filters.mel(sr=sr, n_fft=n_fft)
        banks["mel-%d-%d" % (sr, n_fft)] = {
            "sr": sr,
            "nFft": n_fft,
            **summary(fb, (1, 10, 93, 300), (0, 40, 127)),
        }
    with open(os.path.join(OUT, "filter-banks.json"), "w") as f:
        json.dump(banks, f, separators=(",", ":"))


def stft_shapes():
    """Frame counts and magnitudes for odd lengths, signals shorter than n_fft and odd n_fft."""
    rng = np.random.RandomState(7)
    y = (rng.uniform(-0.5, 0.5, 3001)).astype(np.float32)
    cases = []
    for n, n_fft, hop in [(3001, 2048, 512), (1001, 2048, 512), (300, 256, 64), (3001, 1000, 300), (3001, 1023, 333), (1, 2048, 512)]:
        S = np.abs(librosa.stft(y[:n], n_fft=n_fft, hop_length=hop))
        cases.append({"n": n, "nFft": n_fft, "hop": hop, **full(S)})
    with open(os.path.join(OUT, "stft-shapes.json"), "w") as f:
        json.dump({"seed": 7, "signal": nums(y), "cases": cases}, f, separators=(",", ":"))


def resample_cases():
    """resample_poly at rates the loader meets, on a short random signal."""
    rng = np.random.RandomState(3)
    y = rng.uniform(-1, 1, 4000).astype(np.float32)
    cases = []
    for orig in [44100, 48000, 8000, 16000, 11025, 96000]:
        r = librosa.resample(y, orig_sr=orig, target_sr=22050, res_type="polyphase")
        cases.append({"orig": orig, "target": 22050, "samples": int(len(r)), "values": nums(r)})
    with open(os.path.join(OUT, "resample.json"), "w") as f:
        json.dump({"seed": 3, "signal": nums(y), "cases": cases}, f, separators=(",", ":"))


def write_signals():
    rng = np.random.RandomState(0)
    t = np.arange(44100) / 44100.0
    fade = np.minimum(1.0, np.minimum(t, t[::-1]) / 0.01)
    # a C major triad tuned to A = 445 Hz (a fifth of a semitone sharp) with a little noise
    chord = sum(0.25 * np.sin(2 * np.pi * 445.0 * 2 ** ((m - 69) / 12.0) * t) for m in (60, 64, 67))
    chord = chord * fade + 0.003 * rng.standard_normal(len(t))
    sf.write(os.path.join(SIGNALS, "chord_a445_44k_pcm16.wav"), chord, 44100, subtype="PCM_16")
    # a logarithmic sweep 110 Hz -> 3520 Hz, already at 22,050 Hz, stored as 32-bit float
    ts = np.arange(int(1.5 * 22050)) / 22050.0
    sweep = 0.5 * scipy.signal.chirp(ts, 110, ts[-1], 3520, method="logarithmic")
    sf.write(os.path.join(SIGNALS, "sweep_22k_float.wav"), sweep.astype(np.float32), 22050, subtype="FLOAT")
    # a click at 8 kHz, 8-bit unsigned
    click = np.zeros(4000)
    click[2000:2003] = [0.9, -0.6, 0.3]
    sf.write(os.path.join(SIGNALS, "click_8k_u8.wav"), click, 8000, subtype="PCM_U8")
    # stereo at 48 kHz, 24-bit: A4 left, E5 right
    t48 = np.arange(36000) / 48000.0
    stereo = np.stack([0.3 * np.sin(2 * np.pi * 440 * t48), 0.3 * np.sin(2 * np.pi * 659.255 * t48)], axis=1)
    sf.write(os.path.join(SIGNALS, "stereo_48k_pcm24.wav"), stereo, 48000, subtype="PCM_24")
    # silence and a clip shorter than one FFT window
    sf.write(os.path.join(SIGNALS, "silence_22k_pcm16.wav"), np.zeros(5512), 22050, subtype="PCM_16")
    short = 0.4 * np.sin(2 * np.pi * 1000 * np.arange(1001) / 22050.0) + 0.01 * rng.standard_normal(1001)
    sf.write(os.path.join(SIGNALS, "short_1001_pcm16.wav"), short, 22050, subtype="PCM_16")


def main():
    os.makedirs(SIGNALS, exist_ok=True)
    os.makedirs(OUT, exist_ok=True)
    write_signals()
    for f in sorted(os.listdir(SIGNALS)):
        spectral(f[:-4], os.path.join(SIGNALS, f))
    spectral("kick-n1024", os.path.join(BUNDLED, "drum_heavy_kick.wav"), n_fft=1024, hop=256)
    for f in ["guit_em9", "guit_e_fifths", "drum_heavy_kick", "drum_snare_hard"]:
        spectral(f, os.path.join(BUNDLED, f + ".wav"), stride=97, full_chroma=f.startswith("drum"))
    for f in ["guit_e_fifths", "drum_heavy_kick"]:
        y, sr = librosa.load(os.path.join(BUNDLED, "flac-original", f + ".flac"), sr=None)
        with open(os.path.join(OUT, f + ".flac.json"), "w") as out:
            json.dump({"file": f + ".flac", "sr": int(sr), **signal_summary(y, 97)}, out, separators=(",", ":"))
    filter_banks()
    stft_shapes()
    resample_cases()


if __name__ == "__main__":
    main()
