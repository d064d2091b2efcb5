"""pandas side of scripts/bench/bench-gauntlet (run that script): what a learner doing the wrangling
pack in a notebook waits for. From process start (interpreter start, `import pandas`, reading
mpg.csv) to section 1's pandas equivalents executed; then section 2's pandas equivalents executed
again and again (plain execution: nothing compares the results, unlike the Gauntlet's checker).
Prints one JSON line: {"openToFirstRunSeconds", "section2WarmSeconds" (median of WARM runs)}.
  /usr/bin/python3 scripts/bench/bench-gauntlet-pandas.py [WARM]
"""
import os
import statistics
import sys
import time


def since_process_start():
    """Seconds since this process was started (Linux /proc; clock-tick resolution)."""
    with open("/proc/self/stat") as f:
        start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as f:
        uptime = float(f.read().split()[0])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "src", "test", "resources", "gauntlet"))
import json  # noqa: E402

import make_pandas_fixtures as pack  # noqa: E402  (imports pandas and NumPy)
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

warm = int(sys.argv[1]) if len(sys.argv) > 1 else 10
mpg = pd.read_csv(os.path.join(here, "..", "data", "mpg", "mpg.csv"))
origins = pd.DataFrame({
    "manufacturer": ["audi", "chevrolet", "dodge", "ford", "honda", "hyundai", "jeep", "nissan", "toyota", "volkswagen"],
    "country": ["Germany", "USA", "USA", "USA", "Japan", "Korea", "USA", "Japan", "Japan", "Germany"],
})
prompts = list(pack.prompts(pack.PACK.read_text()))


def run(section):
    code = "\n".join("\n".join(p["pandas"]) for p in prompts if p["section"] == section)
    exec(code, {"pd": pd, "np": np, "mpg": mpg.copy(), "origins": origins.copy()})


run(1)
first = since_process_start()
run(2)
times = []
for _ in range(warm):
    t = time.perf_counter()
    run(2)
    times.append(time.perf_counter() - t)
print(json.dumps({"openToFirstRunSeconds": first, "section2WarmSeconds": statistics.median(times)}))
