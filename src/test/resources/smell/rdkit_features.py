"""Reference features for the smell lab, computed with RDKit exactly as ogb's smiles2graph does.

ogb.utils.features is re-implemented below from its published vocabularies (ogb is not packaged
in Debian); the functions follow ogb's atom_to_feature_vector / bond_to_feature_vector and the
edge order of ogb.utils.smiles2graph (for each bond (i, j): i->j, then j->i).

Regenerate (Debian's python3-rdkit, 2022.09):
  /usr/bin/python3 src/test/resources/smell/rdkit_features.py hard \
      src/test/resources/smell/hard-cases.txt > src/test/resources/smell/hard-cases-rdkit.json
  /usr/bin/python3 src/test/resources/smell/rdkit_features.py hashes \
      /work/shared/data/odor/learning-to-smell/train.csv > src/test/resources/smell/train-feature-hashes.csv

The second file holds numbers only (row index, atom and bond counts, hashes of the features), never
the SMILES of the catalogued data set, which must not be committed.
"""
import csv
import hashlib
import json
import sys

from rdkit import Chem, RDLogger

RDLogger.DisableLog("rdApp.*")

VOCAB = {
    "atomic_num": list(range(1, 119)) + ["misc"],
    "chirality": ["CHI_UNSPECIFIED", "CHI_TETRAHEDRAL_CW", "CHI_TETRAHEDRAL_CCW", "CHI_OTHER", "misc"],
    "degree": list(range(11)) + ["misc"],
    "formal_charge": list(range(-5, 6)) + ["misc"],
    "num_hs": list(range(9)) + ["misc"],
    "radical_e": list(range(5)) + ["misc"],
    "hybridization": ["SP", "SP2", "SP3", "SP3D", "SP3D2", "misc"],
    "bond_type": ["SINGLE", "DOUBLE", "TRIPLE", "AROMATIC", "misc"],
    "bond_stereo": ["STEREONONE", "STEREOZ", "STEREOE", "STEREOCIS", "STEREOTRANS", "STEREOANY"],
}


def safe_index(values, value):
    return values.index(value) if value in values else len(values) - 1


def atom_features(atom):
    return [
        safe_index(VOCAB["atomic_num"], atom.GetAtomicNum()),
        VOCAB["chirality"].index(str(atom.GetChiralTag())),
        safe_index(VOCAB["degree"], atom.GetTotalDegree()),
        safe_index(VOCAB["formal_charge"], atom.GetFormalCharge()),
        safe_index(VOCAB["num_hs"], atom.GetTotalNumHs()),
        safe_index(VOCAB["radical_e"], atom.GetNumRadicalElectrons()),
        safe_index(VOCAB["hybridization"], str(atom.GetHybridization())),
        int(atom.GetIsAromatic()),
        int(atom.IsInRing()),
    ]


def bond_features(bond):
    return [
        safe_index(VOCAB["bond_type"], str(bond.GetBondType())),
        VOCAB["bond_stereo"].index(str(bond.GetStereo())),
        int(bond.GetIsConjugated()),
    ]


def graph(smiles):
    mol = Chem.MolFromSmiles(smiles)
    if mol is None:
        return None
    nodes = [atom_features(a) for a in mol.GetAtoms()]
    src, dst, edge_features = [], [], []
    for bond in mol.GetBonds():
        i, j = bond.GetBeginAtomIdx(), bond.GetEndAtomIdx()
        f = bond_features(bond)
        src += [i, j]
        dst += [j, i]
        edge_features += [f, f]
    return {
        "smiles": smiles,
        "atoms": [a.GetSymbol() for a in mol.GetAtoms()],
        "nodeFeatures": nodes,
        "edges": {"src": src, "dst": dst},
        "edgeFeatures": edge_features,
    }


def digest(text):
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:16]


def node_text(g):
    return ";".join(",".join(map(str, f)) for f in g["nodeFeatures"])


def edge_text(g):
    rows = zip(g["edges"]["src"], g["edges"]["dst"], g["edgeFeatures"])
    return ";".join(f"{s},{d}," + ",".join(map(str, f)) for s, d, f in rows)


def main():
    mode, path = sys.argv[1], sys.argv[2]
    if mode == "hard":
        with open(path) as f:
            smiles = [line.split()[0] for line in f if line.strip() and not line.startswith("#")]
        print(json.dumps([graph(s) for s in smiles], indent=None))
    elif mode == "hashes":
        print("row,atoms,bonds,nodeHash,edgeHash")
        with open(path, newline="") as f:
            for row, rec in enumerate(csv.DictReader(f)):
                g = graph(rec["SMILES"])
                if g is None:
                    print(f"{row},-1,-1,,")
                    continue
                print(f"{row},{len(g['atoms'])},{len(g['edgeFeatures']) // 2},"
                      f"{digest(node_text(g))},{digest(edge_text(g))}")
    elif mode == "full":
        # local debugging only (not committed): full graphs of a CSV, one JSON per line
        with open(path, newline="") as f:
            for row, rec in enumerate(csv.DictReader(f)):
                print(json.dumps({"row": row, "graph": graph(rec["SMILES"])}))
    else:
        raise SystemExit("mode must be hard, hashes or full")


if __name__ == "__main__":
    main()
