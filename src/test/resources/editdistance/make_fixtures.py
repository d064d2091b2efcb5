"""Reference fixtures for the edit-distance lab's tests.

Run from the repository root:
    /usr/bin/python3 src/test/resources/editdistance/make_fixtures.py

Writes, beside this script:
  tutorial.json  the tutorial's recursive and DP functions (re-typed from the tutorial, slips
                 kept) run on a few pairs: distance, narration, DP operation path
  random.json    seeded random pairs (ASCII, accented letters, CJK, emoji) with distances from
                 python-Levenshtein: Levenshtein.distance (insert/delete/substitute 1) and the
                 InDel distance round((1 - ratio) * (len a + len b)) (substitute 2)
  demo.json      the tutorial's matching loop and accuracy on the project's demo pair
"""
import json
import os
import random

import Levenshtein
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(HERE, "..", "..", "..", "main", "resources", "editdistance")

ins_cost, del_cost, sub_cost = 1, 1, 2


def edit_distance_recurse(seq1, seq2, operations=[]):
    # the tutorial's recursion, narration strings as printed there
    if len(seq2) == 0:
        operations = operations + ([f"Delete `{seq1}` from sequence1."] if len(seq1) else [])
        return len(seq1), operations
    if len(seq1) == 0:
        operations = operations + ([f"Insert `{seq2}` into sequence1."] if len(seq2) else [])
        return len(seq2), operations
    if seq1[0] == seq2[0]:
        operations = operations + [f"Make no change for character `{seq1[0]}`."]
        return edit_distance_recurse(seq1[1:], seq2[1:], operations)
    ins_ops = operations + [f"Insert `{seq2[0]}` in sequence1."]
    insertion, ins_ops = edit_distance_recurse(seq1, seq2[1:], ins_ops)
    del_ops = operations + [f"Delete `{seq1[0]}` from sequence1."]
    deletion, del_ops = edit_distance_recurse(seq1[1:], seq2, del_ops)
    sub_ops = operations + [f"Replace `{seq1[0]}` in sequence1 with `{seq2[0]}`."]
    substitution, sub_ops = edit_distance_recurse(seq1[1:], seq2[1:], sub_ops)
    min_cost = min(insertion + ins_cost, deletion + del_cost, substitution + sub_cost)
    if min_cost == substitution + sub_cost:
        return min_cost, sub_ops
    elif min_cost == deletion + del_cost:
        return min_cost, del_ops
    return min_cost, ins_ops


def min_cost_path(cost, operations):
    path = [operations[cost.shape[0] - 1][cost.shape[1] - 1]]
    row, col = cost.shape[0] - 1, cost.shape[1] - 1
    while row > 0 and col > 0:
        if cost[row - 1][col - 1] <= cost[row - 1][col] and cost[row - 1][col - 1] <= cost[row][col - 1]:
            path.append(operations[row - 1][col - 1]); row -= 1; col -= 1
        elif cost[row - 1][col] <= cost[row - 1][col - 1] and cost[row - 1][col] <= cost[row][col - 1]:
            path.append(operations[row - 1][col]); row -= 1
        else:
            path.append(operations[row][col - 1]); col -= 1
    return "".join(path[::-1][1:])


def edit_distance_dp(seq1, seq2):
    cost = np.zeros((len(seq1) + 1, len(seq2) + 1))
    cost[0] = [i for i in range(len(seq2) + 1)]
    cost[:, 0] = [i for i in range(len(seq1) + 1)]
    operations = np.asarray([['-' for j in range(len(seq2) + 1)] for i in range(len(seq1) + 1)])
    operations[0] = ['I' for i in range(len(seq2) + 1)]
    operations[:, 0] = ['D' for i in range(len(seq1) + 1)]
    operations[0, 0] = '-'
    for row in range(1, len(seq1) + 1):
        for col in range(1, len(seq2) + 1):
            if seq1[row - 1] == seq2[col - 1]:
                cost[row][col] = cost[row - 1][col - 1]
            else:
                insertion_cost = cost[row][col - 1] + ins_cost
                deletion_cost = cost[row - 1][col] + del_cost
                substitution_cost = cost[row - 1][col - 1] + sub_cost
                cost[row][col] = min(insertion_cost, deletion_cost, substitution_cost)
                if cost[row][col] == substitution_cost:
                    operations[row][col] = 'S'
                elif cost[row][col] == ins_cost:
                    operations[row][col] = 'I'
                else:
                    operations[row][col] = 'D'
    return cost[len(seq1), len(seq2)], min_cost_path(cost, operations)


def tutorial_cases():
    pairs = [("numpy", "numexpr"), ("kitten", "sitting"), ("intention", "execution"),
             ("abc", ""), ("", "xyz"), ("flaw", "lawn"), ("pandas", "pandas==1.2.1"),
             ("xlrd", "rsa==4.7"), ("héllo", "hello"), ("日本語", "日本")]
    out = []
    for a, b in pairs:
        rd, narration = edit_distance_recurse(a, b)
        dd, path = edit_distance_dp(a, b)
        out.append({"source": a, "target": b, "recursiveDistance": rd, "narration": narration,
                    "dpDistance": int(dd), "dpPath": path})
    return out


def random_cases():
    rng = random.Random(20261126)
    alphabets = ["ab", "acgt", "abcdefghijklmnopqrstuvwxyz-=.0123456789", "aéèêü", "日本語中文", "😀😃a"]
    out = []
    for k in range(600):
        alpha = alphabets[k % len(alphabets)]
        la = rng.choice([0, 1, 2, 5, 10, 30, 63, 64, 65, 100, 130, 200]) if k % 3 else rng.randint(0, 12)
        lb = rng.randint(0, la + 10) if k % 2 else rng.choice([0, 64, 65, 128, 129, 150])
        a = "".join(rng.choice(alpha) for _ in range(la))
        b = "".join(rng.choice(alpha) for _ in range(lb))
        indel = round((1 - Levenshtein.ratio(a, b)) * (len(a) + len(b)))
        out.append({"source": a, "target": b, "levenshtein": Levenshtein.distance(a, b), "indel": indel})
    return out


def demo_case():
    def read(name):
        with open(os.path.join(DEMO, name), encoding="utf-8") as f:
            lines = [l.split(" #")[0] for l in f.readlines()]
        return [l.lower().strip() for l in lines if l.strip() and not l.strip().startswith("#")]

    py36, py39 = read("demo-py36.txt"), read("demo-py39.txt")
    matches = []
    for p36 in py36:
        best_score, best_package = float("inf"), None
        for p39 in py39:
            score, _ = edit_distance_dp(p36, p39)
            if score < best_score:
                best_score, best_package = score, p39
        matches.append({"package": p36, "best": best_package, "distance": int(best_score),
                        "correct": p36.split("==")[0] == best_package.split("==")[0]})
    correct = sum(m["correct"] for m in matches)
    return {"total": len(py36), "correct": correct, "accuracy": correct / len(py36), "matches": matches}


def dump(name, value):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=1)
        f.write("\n")


dump("tutorial.json", tutorial_cases())
dump("random.json", random_cases())
dump("demo.json", demo_case())
