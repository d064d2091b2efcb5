"""Which SMILES RDKit reads (Chem.MolFromSmiles gives a molecule) and which it refuses.

The smell lab claims RDKit's answers, so it must refuse what RDKit refuses (unknown elements,
valences above the element's allowed ones) and read what RDKit reads. RdkitAcceptanceTest compares.

Regenerate (Debian's python3-rdkit, 2022.09):
  /usr/bin/python3 src/test/resources/smell/rdkit_accepts.py \
      src/test/resources/smell/rdkit-refuses.txt > src/test/resources/smell/rdkit-refuses.json
"""
import json
import sys

import rdkit
from rdkit import Chem, RDLogger

RDLogger.DisableLog("rdApp.*")

cases = []
for line in open(sys.argv[1], encoding="utf-8"):
    smiles = line.strip()
    if smiles:
        cases.append({"smiles": smiles, "rdkit": Chem.MolFromSmiles(smiles) is not None})
print(json.dumps({"rdkit": rdkit.__version__, "cases": cases}, indent=1))
