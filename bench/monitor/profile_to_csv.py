#!/usr/bin/env python3
"""The reference of a model's reference_profile.json as a CSV for the SciPy peer: each numeric input's sample and each
categorical input's counts expanded to rows (columns are independent: per-column tests do not need aligned rows).
Writes the comma-separated categorical names to a third file.

Usage: profile_to_csv.py reference_profile.json reference.csv categorical.txt
"""
import csv
import json
import sys

profile_path, out_path, categorical_path = sys.argv[1:4]
with open(profile_path) as f:
    profile = json.load(f)
columns, categorical = {}, []
for feature in profile["features"]:
    if feature.get("numeric"):
        columns[feature["name"]] = list(feature["numeric"]["sample"])
    else:
        categorical.append(feature["name"])
        columns[feature["name"]] = [c["value"] for c in feature["categories"] for _ in range(c["count"])]
rows = min(len(v) for v in columns.values())
with open(out_path, "w", newline="") as f:
    writer = csv.writer(f)
    writer.writerow(columns.keys())
    for i in range(rows):
        writer.writerow(v[i] for v in columns.values())
with open(categorical_path, "w") as f:
    f.write(",".join(categorical))
