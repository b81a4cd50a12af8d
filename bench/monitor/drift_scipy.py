#!/usr/bin/env python3
"""The peer of `mlops monitor run` in bench/monitor: the same drift tests with SciPy, as a Python team would write
them without Evidently (Evidently's default rules, stated in issue #12), on the same rows read from CSV.

Usage: drift_scipy.py reference.csv current.csv categorical_columns(comma-separated)
Prints one line per feature (test, score, p-value, drifted) and the drifted share.
"""
import sys

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance


def read(path, categorical):
    """The CSV as pandas reads it, categorical columns as strings."""
    return pd.read_csv(path, dtype={c: str for c in categorical})


def shares(reference, current, numeric):
    """Evidently's get_binned_data: Sturges bins over both samples for numeric columns, else category shares; empty
    bins get a small share so the logarithms stay finite."""
    if numeric and len(np.unique(reference)) > 20:
        edges = np.histogram_bin_edges(np.concatenate([reference, current]), bins="sturges")
        ref = np.histogram(reference, edges)[0] / len(reference)
        cur = np.histogram(current, edges)[0] / len(current)
    else:
        ref, cur = category_shares(reference, current)
    ref = np.where(ref == 0, 0.0001, ref)
    cur = np.where(cur == 0, 0.0001, cur)
    return ref, cur


def category_shares(reference, current):
    keys = np.union1d(reference, current)
    ref = np.zeros(len(keys))
    cur = np.zeros(len(keys))
    values, counts = np.unique(reference, return_counts=True)
    ref[np.searchsorted(keys, values)] = counts / len(reference)
    values, counts = np.unique(current, return_counts=True)
    cur[np.searchsorted(keys, values)] = counts / len(current)
    return ref, cur


def psi(reference, current, numeric, bins=30):
    if numeric:
        edges = np.histogram_bin_edges(reference, bins=bins)
        ref = np.histogram(reference, edges)[0] / len(reference)
        cur = np.histogram(np.clip(current, edges[0], edges[-1]), edges)[0] / len(current)
        ref = np.where(ref == 0, 0.0001, ref)
        cur = np.where(cur == 0, 0.0001, cur)
    else:
        ref, cur = shares(reference, current, False)
    return float(np.sum((cur - ref) * np.log(cur / ref)))


def drift(reference, current, numeric):
    """(test, score, p-value or None, drifted) by Evidently's default rule for the sizes and distinct values."""
    n_values = len(np.unique(np.concatenate([reference, current])))
    if len(reference) <= 1000:
        if numeric and n_values > 5:
            statistic, p = stats.ks_2samp(reference, current)
            return "ks", statistic, p, p <= 0.05
        if n_values > 2:
            ref, cur = category_shares(reference, current)
            statistic, p = stats.chisquare(cur * len(current), ref * len(current))
            return "chisquare", statistic, p, p < 0.05
        first = np.union1d(reference, current)[0]
        successes = np.array([np.sum(reference == first), np.sum(current == first)], dtype=float)
        trials = np.array([len(reference), len(current)], dtype=float)
        pooled = successes.sum() / trials.sum()
        z = (successes[0] / trials[0] - successes[1] / trials[1]) / np.sqrt(pooled * (1 - pooled) * (1 / trials[0] + 1 / trials[1]))
        p = 2 * stats.norm.sf(abs(z))
        return "z", z, p, p < 0.05
    if numeric and n_values > 5:
        score = stats.wasserstein_distance(reference, current) / max(np.std(reference), 0.001)
        return "wasserstein", score, None, score >= 0.1
    ref, cur = shares(reference, current, numeric)
    score = distance.jensenshannon(ref, cur)
    return "jensenshannon", score, None, score >= 0.1


def main():
    reference_path, current_path, categorical = sys.argv[1], sys.argv[2], set(filter(None, sys.argv[3].split(",")))
    reference = read(reference_path, categorical)
    columns = list(reference.columns)
    current = read(current_path, categorical)[columns]
    drifted = 0
    for column in columns:
        numeric = column not in categorical
        dtype = float if numeric else str
        ref, cur = reference[column].to_numpy(dtype=dtype), current[column].to_numpy(dtype=dtype)
        test, score, p, detected = drift(ref, cur, numeric)
        extra = psi(ref, cur, numeric)
        drifted += detected
        print(f"{column}: {test} score={score:.6g} p={'-' if p is None else f'{p:.6g}'} psi={extra:.6g} drift={detected}")
    print(f"drifted_share={drifted / len(columns):.4f}")


if __name__ == "__main__":
    main()
