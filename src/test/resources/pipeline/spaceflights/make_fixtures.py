# Reference for the spaceflights parity test: Kedro's spaceflights-pandas node code run with
# pandas + scikit-learn on the catalogued raw files.
# Run: /usr/bin/python3 src/test/resources/pipeline/spaceflights/make_fixtures.py /work/shared/data/spaceflights
#      (Debian python3-pandas 1.5.3, python3-sklearn 1.2.1, python3-openpyxl 3.0.9)
import json, os, sys
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.metrics import r2_score
from sklearn.model_selection import train_test_split


def _is_true(x):
    return x == "t"


def _parse_percentage(x):
    return x.str.replace("%", "").astype(float) / 100


def _parse_money(x):
    return x.str.replace("$", "", regex=False).str.replace(",", "", regex=False).astype(float)


def preprocess_companies(companies):
    companies["iata_approved"] = _is_true(companies["iata_approved"])
    companies["company_rating"] = _parse_percentage(companies["company_rating"])
    return companies


def preprocess_shuttles(shuttles):
    shuttles["d_check_complete"] = _is_true(shuttles["d_check_complete"])
    shuttles["moon_clearance_complete"] = _is_true(shuttles["moon_clearance_complete"])
    shuttles["price"] = _parse_money(shuttles["price"])
    return shuttles


def create_model_input_table(shuttles, companies, reviews):
    rated_shuttles = shuttles.merge(reviews, left_on="id", right_on="shuttle_id")
    rated_shuttles = rated_shuttles.drop("id", axis=1)
    model_input_table = rated_shuttles.merge(companies, left_on="company_id", right_on="id")
    return model_input_table.dropna()


FEATURES = ["engines", "passenger_capacity", "crew", "d_check_complete", "moon_clearance_complete",
            "iata_approved", "company_rating", "review_scores_rating"]


def run(raw):
    companies = pd.read_csv(os.path.join(raw, "companies.csv"))
    reviews = pd.read_csv(os.path.join(raw, "reviews.csv"))
    shuttles = pd.read_excel(os.path.join(raw, "shuttles.xlsx"), engine="openpyxl")
    table = create_model_input_table(preprocess_shuttles(shuttles), preprocess_companies(companies), reviews)
    X = table[FEATURES]
    y = table["price"]
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=3)
    reg = LinearRegression().fit(X_train, y_train)
    r2 = r2_score(y_test, reg.predict(X_test))
    return table, X_train, X_test, reg, r2


if __name__ == "__main__":
    table, X_train, X_test, reg, r2 = run(sys.argv[1])
    out = {
        "pandas": pd.__version__,
        "model_input_rows": len(table),
        "model_input_columns": list(table.columns),
        "train_rows": len(X_train),
        "test_rows": len(X_test),
        # positions (0-based) within model_input_table, in split order
        "test_positions_head": [int(table.index.get_loc(i)) for i in X_test.index[:20]],
        "features": FEATURES,
        "coefficients": [float(c) for c in reg.coef_],
        "intercept": float(reg.intercept_),
        "r2": float(r2),
    }
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "reference.json"), "w") as f:
        json.dump(out, f, indent=1)
    print(json.dumps(out["coefficients"]), out["intercept"], out["r2"])
