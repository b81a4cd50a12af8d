"""The minimal scikit-learn pipeline bench/scale compares `mlops pipeline run` with (issue #16).

Drop exact duplicates, stratified 80/20 split (seed 42), one-hot encode the categorical columns and standard-scale the
numeric ones (fitted on the training rows), RandomForestClassifier(n_estimators=100, random_state=42, n_jobs=1),
accuracy and macro-F1 on the test rows. Columns and target come from params.yaml's schema, nothing is named here.
Prints one line per step with its seconds, then `name=value` pairs.

Usage: /usr/bin/python3 bench/sklearn/pipeline.py --params params.yaml --data data.csv
"""
import argparse
import time

import pandas as pd
import yaml
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--params", required=True)
    parser.add_argument("--data", required=True)
    args = parser.parse_args()
    with open(args.params, encoding="utf-8") as f:
        params = yaml.safe_load(f)
    columns = params["schema"]["columns"]
    categorical = [name for name, spec in columns.items() if spec["type"] == "categorical"]
    numeric = [name for name, spec in columns.items() if spec["type"] == "numeric"]
    target = params["data"]["target"]

    steps = {}
    started = last = time.perf_counter()

    def step(name):
        nonlocal last
        now = time.perf_counter()
        steps[name] = now - last
        last = now
        print(f"{name:<10} {steps[name]:8.2f} s", flush=True)

    frame = pd.read_csv(args.data, dtype={c: str for c in categorical})
    step("read")
    frame = frame.drop_duplicates()
    step("dedup")
    train, test = train_test_split(frame, test_size=0.2, random_state=42, stratify=frame[target])
    encoder = ColumnTransformer([
        ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False), categorical),
        ("scale", StandardScaler(), numeric),
    ])
    x_train = encoder.fit_transform(train[categorical + numeric])
    x_test = encoder.transform(test[categorical + numeric])
    step("features")
    model = RandomForestClassifier(n_estimators=100, random_state=42, n_jobs=1)
    model.fit(x_train, train[target])
    step("train")
    predicted = model.predict(x_test)
    accuracy = accuracy_score(test[target], predicted)
    macro_f1 = f1_score(test[target], predicted, average="macro")
    step("evaluate")
    total = time.perf_counter() - started
    pairs = {"rows": len(frame), "train_rows": len(train), "test_rows": len(test),
             "accuracy": f"{accuracy:.6f}", "macro_f1": f"{macro_f1:.6f}"}
    pairs.update({f"{name}_s": f"{seconds:.2f}" for name, seconds in steps.items()})
    pairs["total_s"] = f"{total:.2f}"
    print(" ".join(f"{k}={v}" for k, v in pairs.items()))


if __name__ == "__main__":
    main()
