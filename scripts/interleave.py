#!/usr/bin/env python3
"""Times two commands interleaved, A B A B ..., and reports for each compared figure the median
of the per-round ratios A/B with its spread (min-max), each side's median, and the load average
before and after. Interleaving keeps a shared machine's drift out of the ratio; no side keeps
its best round.

By default the figure is each command's whole wall time (process start included). With
--metric, the figure is a time the command prints itself: the last JSON object of its standard
output (from a line starting with "{" to the end) is read, and `--metric NAME=A.key:B.key`
compares A's `key` with B's `key`. Either side may be named on both ends (A.onnxMs:A.torchMs
compares two figures of one run) and a dotted key reads a nested value (A.redraw.median). A list
counts as its median. Every figure is a time: lower is better.

Usage:
  scripts/interleave.py --rounds 5 --label-a A --label-b B --out FILE \\
      [--title T] [--about 'what is compared' ...] [--metric NAME=A.k:B.k ...] -- 'cmd a' 'cmd b'
Commands run through /bin/sh; stderr is discarded; a failing command stops the run.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def timed(command):
    start = time.perf_counter()
    done = subprocess.run(command, shell=True, check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return time.perf_counter() - start, last_json(done.stdout)


def last_json(out):
    """The last JSON object of the output: a line starting with "{" and everything after it."""
    lines = out.splitlines()
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].lstrip().startswith("{"):
            try:
                found = json.loads("\n".join(lines[i:]))
            except json.JSONDecodeError:
                continue
            if isinstance(found, dict):
                return found
    return {}


def value(outputs, ref):
    side, *path = ref.split(".")
    v = outputs[side]
    for key in path:
        v = v[key]
    return statistics.median(v) if isinstance(v, list) else float(v)


def parse_metric(spec):
    name, _, refs = spec.partition("=")
    a, _, b = refs.partition(":")
    if not (a[:2] in ("A.", "B.") and b[:2] in ("A.", "B.")):
        sys.exit(f"--metric {spec}: expected NAME=A.key:B.key")
    return name, a, b


def spread(xs):
    return f"median {statistics.median(xs):.4g} (min {min(xs):.4g}, max {max(xs):.4g})"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--warmup", type=int, default=1, help="untimed runs of each side first")
    p.add_argument("--label-a", default="A")
    p.add_argument("--label-b", default="B")
    p.add_argument("--title", default="")
    p.add_argument("--about", action="append", default=[], help="a line saying what is compared")
    p.add_argument("--metric", action="append", default=[], help="NAME=A.key:B.key (a time)")
    p.add_argument("--out", required=True, help="file the report is appended to")
    p.add_argument("a")
    p.add_argument("b")
    args = p.parse_args()
    if args.rounds < 5:
        sys.exit("at least 5 rounds")
    metrics = [parse_metric(m) for m in args.metric]
    load_before = os.getloadavg()
    for _ in range(args.warmup):
        timed(args.a)
        timed(args.b)
    wall = {"A": [], "B": []}
    rounds = []
    for _ in range(args.rounds):
        wa, oa = timed(args.a)
        wb, ob = timed(args.b)
        wall["A"].append(wa)
        wall["B"].append(wb)
        rounds.append({"A": oa, "B": ob})
    load_after = os.getloadavg()

    lines = [f"## {args.title}" if args.title else "##", f"date {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}"]
    lines += [f"about: {line}" for line in args.about]
    lines += [
        f"A = {args.label_a}: {args.a}",
        f"B = {args.label_b}: {args.b}",
        f"rounds {args.rounds} (interleaved A B), warm-up {args.warmup} of each; cores {os.cpu_count()}",
        f"load average (1/5/15 min) before {load_before[0]:.2f}/{load_before[1]:.2f}/{load_before[2]:.2f},"
        f" after {load_after[0]:.2f}/{load_after[1]:.2f}/{load_after[2]:.2f}",
    ]
    figures = [("whole-process wall time, s", "A", "B", wall["A"], wall["B"])]
    for name, ra, rb in metrics:
        figures.append((name, ra, rb, [value(r, ra) for r in rounds], [value(r, rb) for r in rounds]))
    for name, ra, rb, xa, xb in figures:
        ratios = [x / y for x, y in zip(xa, xb)]
        lines += [
            f"- {name}: {ra} {spread(xa)}; {rb} {spread(xb)}",
            f"  {ra}/{rb} median ratio {statistics.median(ratios):.3f} (spread {min(ratios):.3f}-{max(ratios):.3f});"
            f" per round {' '.join(f'{r:.3f}' for r in ratios)}",
        ]
    report = "\n".join(lines) + "\n"
    print(report)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "a") as f:
        f.write(report + "\n")


if __name__ == "__main__":
    main()
