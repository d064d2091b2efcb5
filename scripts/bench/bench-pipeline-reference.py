# The pandas + scikit-learn side of scripts/bench/bench-pipeline: Kedro's spaceflights nodes (the
# functions of the parity fixture's script) with the same CSV intermediates our catalog
# writes, a pickled regressor and a metrics JSON. Prints {"seconds", "r2"}.
# Usage: /usr/bin/python3 scripts/bench/bench-pipeline-reference.py RAW_DIR WORK_DIR
import json, os, pickle, sys, time

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "src", "test", "resources", "pipeline", "spaceflights"))
import make_fixtures as nodes  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.linear_model import LinearRegression  # noqa: E402
from sklearn.metrics import r2_score  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402

raw, work = sys.argv[1], sys.argv[2]
os.makedirs(work, exist_ok=True)
p = lambda name: os.path.join(work, name)  # noqa: E731
t0 = time.perf_counter()
nodes.preprocess_companies(pd.read_csv(os.path.join(raw, "companies.csv"))).to_csv(p("pc.csv"), index=False)
nodes.preprocess_shuttles(pd.read_excel(os.path.join(raw, "shuttles.xlsx"), engine="openpyxl")).to_csv(p("ps.csv"), index=False)
table = nodes.create_model_input_table(pd.read_csv(p("ps.csv")), pd.read_csv(p("pc.csv")),
                                       pd.read_csv(os.path.join(raw, "reviews.csv")))
table.to_csv(p("mit.csv"), index=False)
table = pd.read_csv(p("mit.csv"))
X_train, X_test, y_train, y_test = train_test_split(table[nodes.FEATURES], table["price"], test_size=0.2, random_state=3)
reg = LinearRegression().fit(X_train, y_train)
with open(p("regressor.pickle"), "wb") as f:
    pickle.dump(reg, f)
r2 = r2_score(y_test, reg.predict(X_test))
with open(p("metrics.json"), "w") as f:
    json.dump({"r2": r2}, f)
print(json.dumps({"seconds": time.perf_counter() - t0, "r2": r2}))
