#!/usr/bin/env python3
"""Writes one /predict/batch body of N records drawn from clean.csv with a fixed seed (inputs only, numbers as numbers)."""
import csv
import json
import random
import sys

clean, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(clean, newline="") as f:
    rows = list(csv.DictReader(f))
target = list(rows[0].keys())[-1]


def value(text):
    try:
        return float(text)
    except ValueError:
        return text


records = [{k: value(v) for k, v in row.items() if k != target} for row in random.Random(1).choices(rows, k=n)]
with open(out, "w") as f:
    json.dump({"records": records}, f)
