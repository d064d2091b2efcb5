"""Runs the pandas equivalents of the wrangling pack and writes their results as probe JSON.

Command (from the repository root):
    /usr/bin/python3 src/test/resources/gauntlet/make_pandas_fixtures.py

Output: src/test/resources/gauntlet/pandas-fixtures.json, read by PandasAgreementTest, which
checks that the Java reference solutions give the same values (within 1e-9) as pandas.
Section 10 (charts) is left out: pandas returns Matplotlib axes, not data.
"""
import json
import pathlib

import numpy as np
import pandas as pd

ROOT = pathlib.Path(__file__).resolve().parents[4]
PACK = ROOT / "src/main/resources/gauntlet/wrangling.pack"
OUT = pathlib.Path(__file__).with_name("pandas-fixtures.json")

TYPES = {"int64": "INTEGER", "float64": "DOUBLE", "bool": "BOOLEAN", "object": "STRING"}


def describe(value):
    if isinstance(value, pd.DataFrame):
        columns = []
        for name in value.columns:
            col = value[name]
            values = [None if pd.isna(v) else (v.item() if hasattr(v, "item") else v) for v in col.tolist()]
            columns.append({"name": name, "type": TYPES[str(col.dtype)], "values": values})
        return {"kind": "table", "rows": len(value), "columns": columns}
    if isinstance(value, (int, float, np.integer, np.floating)):
        return {"kind": "number", "value": value.item() if hasattr(value, "item") else value}
    raise TypeError(f"cannot describe {type(value)}")


def prompts(text):
    """Yields (section, pandas code, [check expressions]) per prompt."""
    section, block, current = 0, None, None
    for line in text.splitlines():
        if line.startswith("@@ "):
            words = line[3:].split()
            block = words[0]
            if block == "section":
                section = int(words[1])
            elif block == "prompt":
                current = {"section": section, "pandas": [], "checks": []}
                yield current
            elif block == "check":
                current["checks"].append(words[-1])
        elif block == "pandas":
            current["pandas"].append(line)


def main():
    mpg = pd.read_csv(ROOT / "data/mpg/mpg.csv")
    origins = pd.DataFrame({
        "manufacturer": ["audi", "chevrolet", "dodge", "ford", "honda", "hyundai", "jeep", "nissan", "toyota", "volkswagen"],
        "country": ["Germany", "USA", "USA", "USA", "Japan", "Korea", "USA", "Japan", "Japan", "Germany"],
    })
    fixtures = {}
    for p in list(prompts(PACK.read_text())):
        if p["section"] == 10:
            continue
        scope = {"pd": pd, "np": np, "mpg": mpg.copy(), "origins": origins.copy()}
        exec("\n".join(p["pandas"]), scope)
        for name in p["checks"]:
            fixtures.setdefault(str(p["section"]), {})[name] = describe(scope[name])
    OUT.write_text(json.dumps(fixtures, indent=None, separators=(",", ":")) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
