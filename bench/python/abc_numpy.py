"""ABC (reach rule, 80/95) with numpy, as a pandas/numpy user would write it: sort + cumsum.

Reads float64 values from the file given as argv[1]; prints one JSON line with the median time
in ms over argv[2] runs (after one warm-up), timed inside Python, file I/O excluded.
"""
import json
import sys
import time

import numpy as np


def abc(v, cuts=(0.8, 0.95)):
    pos = v[v > 0]
    s = np.sort(pos)[::-1]
    cum = np.cumsum(s)
    total = cum[-1]
    above = cum - s  # value strictly above each element (the first of a tie group decides)
    classes = np.full(v.shape, len(cuts), dtype=np.int8)
    for k in range(len(cuts) - 1, -1, -1):
        reached = np.searchsorted(above, cuts[k] * total, side="left")
        threshold = s[reached - 1]
        classes[(v >= threshold) & (v > 0)] = k
    return classes


def main():
    values = np.fromfile(sys.argv[1], dtype=np.float64)
    runs = int(sys.argv[2])
    abc(values)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        abc(values)
        times.append((time.perf_counter() - t0) * 1000)
    counts = np.bincount(abc(values), minlength=3).tolist()
    print(json.dumps({"median_ms": float(np.median(times)), "counts": counts, "numpy": np.__version__}))


main()
