#!/usr/bin/env python3
"""Times two whole commands interleaved, A B A B ..., and reports each side's median wall time
and the median of the per-round ratios A/B with its spread (min-max), plus the load average
before and after. Interleaving keeps a noisy machine's drift out of the ratio.

Usage: scripts/interleave.py --rounds 5 --label-a A --label-b B --out FILE -- 'cmd a' 'cmd b'
Commands run through /bin/sh; their output is discarded; a failing command stops the run.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--warmup", type=int, default=1, help="untimed runs of each side first")
    p.add_argument("--label-a", default="A")
    p.add_argument("--label-b", default="B")
    p.add_argument("--title", default="")
    p.add_argument("--out", required=True, help="file the report is appended to")
    p.add_argument("a")
    p.add_argument("b")
    args = p.parse_args()
    if args.rounds < 5:
        sys.exit("at least 5 rounds")
    load_before = os.getloadavg()
    for _ in range(args.warmup):
        timed(args.a)
        timed(args.b)
    a, b = [], []
    for _ in range(args.rounds):
        a.append(timed(args.a))
        b.append(timed(args.b))
    load_after = os.getloadavg()
    ratios = [x / y for x, y in zip(a, b)]
    lines = [
        f"## {args.title}" if args.title else "##",
        f"A = {args.label_a}: {args.a}",
        f"B = {args.label_b}: {args.b}",
        f"rounds {args.rounds} (interleaved A B), warm-up {args.warmup}; cores {os.cpu_count()}",
        f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f}",
        f"A median {statistics.median(a):.3f} s (min {min(a):.3f}, max {max(a):.3f})",
        f"B median {statistics.median(b):.3f} s (min {min(b):.3f}, max {max(b):.3f})",
        f"A/B median ratio {statistics.median(ratios):.3f} (spread {min(ratios):.3f}-{max(ratios):.3f})",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "a") as f:
        f.write(report + "\n")


if __name__ == "__main__":
    main()
