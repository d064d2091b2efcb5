#!/usr/bin/python3
"""Writes data/catalog.json: every dataset the labs use, with sha256 and size of each file.

Run from the project root with the shared data beside it:
    /usr/bin/python3 scripts/make-catalog.py ../shared/data
Registry-package datasets are marked bundled (copied into data/<id>/ and the jar);
public-repo-snapshot datasets are only catalogued, with their public download URL.
"""
import hashlib, json, os, sys
from urllib.parse import quote

RAW = "https://raw.githubusercontent.com/{repo}/{commit}/{path}"
AIRFLOW = ("mbhavya/airflow", "8db842a50dd1bbad02fc7287793e4e39ded18a97")
SR_SETS = ("majedelhelou/denoising_datasets", "58234876fef6f1b56306705c78dfd40cdb837b86")
DCSCN = ("jiny2001/dcscn-super-resolution", "d382bc30d41c94ac72f8cb148d61cc4864b3b380")
SMELL = ("rangsimanketkaew/learning-to-smell", "17021a82f7fcdda00536a906dd8dc64cb5663261")
POM = ("ARY2260/openpom", "5434c4b7badebca8e7d180aa34d2f787402121ee")
KEDRO = ("kedro-org/kedro-starters", "7350687ba69dd7811bb2d9b90485db9ade9f9008")
MNIST = ("unixpickle/mnistlite", "7e77ce183b42950baacbe6de3986dbdc6ae771e8")
FLICKR = ("prakhar-dhakar/Image-Captioning", "5ab3142167da9315c4287173ed24a643a0425ab8")
VIX = ("datasets/finance-vix", "6f56e27")
MATPLOTLIB = ("matplotlib/matplotlib", "v3.6.3")
KEDRO_RAW = "spaceflights-pandas/{{ cookiecutter.repo_name }}/data/01_raw/"

# id, folder under shared/data, title, licence, origin, url-of(relative path) or None
DATASETS = [
    ("mpg", "mpg", "ggplot2 mpg and economics", "MIT (ggplot2); data US EPA / FRED", "registry-package", None),
    ("iris", "iris", "Iris (scikit-learn copy)", "BSD-3-Clause (scikit-learn)", "registry-package", None),
    ("digits", "digits", "Handwritten digits 8x8 (scikit-learn copy)", "BSD-3-Clause (scikit-learn); UCI data", "registry-package", None),
    ("blobs20", "blobs20", "20-point make_blobs set of the naive Bayes tutorial", "BSD-3-Clause (generated with scikit-learn)", "registry-package", None),
    ("sample-photos", "sample-photos", "scikit-image sample photos", "public domain / CC0 per image", "registry-package", None),
    ("audio", "audio", "Sonic Pi samples: guitar, kick, snare", "CC0 1.0", "registry-package", None),
    ("pip-requirements", "pip-requirements", "Airflow CI pip freeze at Python 3.6 and 3.9", "Apache-2.0", "public-repo-snapshot",
     lambda p: RAW.format(repo=AIRFLOW[0], commit=AIRFLOW[1], path={"py36.txt": "constraints-3.6.txt", "py39.txt": "constraints-3.9.txt"}[p])),
    ("sr-set5", "sr/Set5", "Set5 super-resolution benchmark", "research benchmark, no licence stated", "public-repo-snapshot",
     lambda p: RAW.format(repo=SR_SETS[0], commit=SR_SETS[1], path="CSet5/" + p)),
    ("sr-set14", "sr/Set14", "Set14 super-resolution benchmark", "research benchmark, no licence stated", "public-repo-snapshot",
     lambda p: RAW.format(repo=SR_SETS[0], commit=SR_SETS[1], path="CSet14/" + p)),
    ("sr-t91", "sr/T91", "T91 (Yang et al.) training images", "research benchmark, no licence stated", "public-repo-snapshot",
     lambda p: RAW.format(repo=DCSCN[0], commit=DCSCN[1], path="data/yang91/" + p)),
    ("sr-bsd100", "sr/BSD100", "BSD100 super-resolution benchmark", "research benchmark, no licence stated", "public-repo-snapshot",
     lambda p: RAW.format(repo=DCSCN[0], commit=DCSCN[1], path="data/bsd100/" + p)),
    ("learning-to-smell", "odor/learning-to-smell", "AIcrowd Learning to Smell (round 1)", "not stated; teaching use, attribute AIcrowd", "public-repo-snapshot",
     lambda p: RAW.format(repo=SMELL[0], commit=SMELL[1], path="data/" + {"train.csv": "train_ori.csv"}.get(p, p))),
    ("openpom-gs-lf", "odor/openpom-gs-lf", "OpenPOM GoodScents + Leffingwell", "MIT (OpenPOM)", "public-repo-snapshot",
     lambda p: RAW.format(repo=POM[0], commit=POM[1], path="openpom/data/curated_datasets/" + p)),
    ("spaceflights", "spaceflights", "Kedro spaceflights raw data", "Apache-2.0; synthetic data", "public-repo-snapshot",
     lambda p: RAW.format(repo=KEDRO[0], commit=KEDRO[1], path=KEDRO_RAW + p) if p in ("companies.csv", "reviews.csv", "shuttles.xlsx") else None),
    ("mnist-test", "mnist-test", "MNIST test split (10,000 images)", "none stated (MNIST)", "public-repo-snapshot",
     lambda p: RAW.format(repo=MNIST[0], commit=MNIST[1], path="data/" + p)),
    ("housing", "housing", "California housing 1990, with 207 missing total_bedrooms", "StatLib data (Pace & Barry 1997); no licence file upstream", "public-repo-snapshot",
     lambda p: "https://raw.githubusercontent.com/ageron/data/main/housing/housing.csv"),
    ("flickr8k-text", "flickr8k-text", "Flickr8k captions and splits (no images)", "research use; cite Hodosh et al. 2013", "public-repo-snapshot",
     lambda p: RAW.format(repo=FLICKR[0], commit=FLICKR[1], path=p)),
    ("stocks", "stocks", "GOOG daily 2004-2008 (matplotlib sample data goog.npz)", "matplotlib licence (PSF-based); prices from Yahoo Finance", "registry-package", None),
    ("stocks-monthly", "stocks", "10 tickers monthly since 1990 (matplotlib sample data Stocks.csv)", "matplotlib licence (PSF-based); prices from Yahoo Finance", "public-repo-snapshot",
     lambda p: RAW.format(repo=MATPLOTLIB[0], commit=MATPLOTLIB[1], path="lib/matplotlib/mpl-data/sample_data/Stocks.csv")),
    ("vix-daily", "stocks", "CBOE VIX daily closes since 1990", "ODC-PDDL-1.0", "public-repo-snapshot",
     lambda p: RAW.format(repo=VIX[0], commit=VIX[1], path="data/" + p)),
    ("orderbook-ftmusdt", "orderbook", "Binance FTMUSDT depth snapshot and diff stream", "MIT (cryptofeed); Binance public market data", "public-repo-snapshot",
     lambda p: None),
]


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def files_of(folder):
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            if name == "PROVENANCE.md":
                continue
            full = os.path.join(root, name)
            yield os.path.relpath(full, folder).replace(os.sep, "/"), full


# Datasets that are not in the shared folder: published with MD5 checksums only, sizes unknown.
FASHION = "https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/"
EXTERNAL = [
    {"id": "fashion-mnist", "title": "Fashion-MNIST (60,000 + 10,000 images)",
     "licence": "MIT (Zalando Research)", "origin": "public-download", "mirrorDir": "fashion-mnist",
     "bundled": False,
     "files": [{"path": name, "sha256": None, "md5": md5, "size": 0, "url": FASHION + name}
               for name, md5 in [
                   ("train-images-idx3-ubyte.gz", "8d4fb7e6c68d591d4c3dfef9ec88bf0d"),
                   ("train-labels-idx1-ubyte.gz", "25c81989df183df01b3e8a0aad5dffbe"),
                   ("t10k-images-idx3-ubyte.gz", "bef4ecab320f06d8554ea6380940ec79"),
                   ("t10k-labels-idx1-ubyte.gz", "bb300cfdad3c16e7a12a480ee83cd310")]]},
    # Flickr8k's 8,091 photos, one zip (Flicker8k_Dataset/*.jpg inside, about 1 GB). No sha256 or
    # size is published; the MD5 is the one torchvision for R checks its download against
    # (mlverse/torchvision R/dataset-flickr.R, commit ce3b0a1ec2fa1af53a14916f88dd353379ec43df).
    # Too big for CI: scripts/fetch-mirror fetches it only when asked for by id.
    {"id": "flickr8k-images", "title": "Flickr8k photos (8,091 JPEGs in one zip, about 1 GB)",
     "licence": "research use; Flickr users' photos; cite Hodosh et al. 2013",
     "origin": "public-download", "mirrorDir": "flickr8k-images", "bundled": False,
     "fetchByDefault": False,
     "files": [{"path": "Flickr8k_Dataset.zip", "sha256": None,
                "md5": "f18a1e2920de5bd84dae7cf08ec78978", "size": 0,
                "url": "https://github.com/jbrownlee/Datasets/releases/download/Flickr8k/Flickr8k_Dataset.zip"}]},
]


# Folders that hold files of more than one dataset: which files each dataset takes.
# goog-daily.csv is a CSV made from goog.npz; the lab reads the .npz itself, so it is left out.
ONLY = {"stocks": {"goog.npz"}, "stocks-monthly": {"stocks-monthly.csv"}, "vix-daily": {"vix-daily.csv"},
        "housing": {"housing.csv"}}


def main(shared):
    out = []
    for ident, folder, title, licence, origin, url_of in DATASETS:
        files = []
        for rel, full in files_of(os.path.join(shared, folder)):
            if ident in ONLY and rel not in ONLY[ident]:
                continue
            entry = {"path": rel, "sha256": sha256(full), "size": os.path.getsize(full)}
            url = url_of(rel) if url_of else None
            if url:
                # paths such as "{{ cookiecutter.repo_name }}" must be percent-encoded in a URL
                scheme, rest = url.split("://", 1)
                url = scheme + "://" + quote(rest, safe="/")
            if url:
                entry["url"] = url
            files.append(entry)
        out.append({"id": ident, "title": title, "licence": licence, "origin": origin,
                    "mirrorDir": folder, "bundled": origin == "registry-package", "files": files})
    out.extend(EXTERNAL)
    with open("data/catalog.json", "w") as f:
        json.dump({"datasets": out}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
