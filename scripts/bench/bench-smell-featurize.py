"""Python side of scripts/bench/bench-smell: RDKit + ogb's smiles2graph rules (the lab's fixture script),
every SMILES of the CSV once after one warm-up pass; prints the timed seconds and the atom count as one JSON line."""
import csv
import json
import sys
import time

sys.path.insert(0, "src/test/resources/smell")
from rdkit_features import graph  # noqa: E402

with open(sys.argv[1], newline="") as f:
    smiles = [row["SMILES"] for row in csv.DictReader(f)]
for s in smiles:
    graph(s)
start = time.perf_counter()
atoms = sum(len(graph(s)["atoms"]) for s in smiles)
print(json.dumps({"seconds": time.perf_counter() - start, "atoms": atoms}))
