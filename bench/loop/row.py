"""bench/loop: the first data row of a raw CSV (target, the last column, dropped) as a /predict JSON body."""
import csv
import json
import sys

with open(sys.argv[1], newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    values = next(reader)


def value(text):
    try:
        return float(text)
    except ValueError:
        return text


print(json.dumps({name: value(v) for name, v in zip(header[:-1], values[:-1])}))
