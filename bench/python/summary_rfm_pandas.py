"""SUMMARY + RFM with pandas, as an analyst would write it: groupby, then quantile scores.

argv: ids.f64 dates.f64 amounts.f64 runs. Prints one JSON line with the median time in ms
(timed inside Python, file I/O excluded) and a checksum of the results for comparison.
"""
import json
import sys
import time

import numpy as np
import pandas as pd


def summary_rfm(ids, dates, amounts):
    frame = pd.DataFrame({"id": ids, "date": np.floor(dates), "amount": amounts})
    as_of = frame["date"].max()
    g = frame.groupby("id", sort=False)
    out = g.agg(first=("date", "min"), last=("date", "max"), orders=("date", "nunique"),
                amount=("amount", "sum"), lines=("date", "size"))
    out["days_since_last"] = as_of - out["last"]
    gaps = out["orders"] - 1
    out["average_gap"] = np.where(gaps > 0, (out["last"] - out["first"]) / gaps.where(gaps > 0, 1), np.nan)
    # RFM quintile scores: breaks at the 20/40/60/80 % quantiles (linear, = R type 7), closed on the left.
    scores = {}
    for name, column, reverse in (("R", "days_since_last", True), ("F", "lines", False), ("M", "amount", False)):
        v = out[column].to_numpy(dtype=np.float64)
        breaks = np.quantile(v, [0.2, 0.4, 0.6, 0.8])
        s = np.searchsorted(breaks, v, side="right") + 1
        scores[name] = 6 - s if reverse else s
    return out, scores


def main():
    ids = np.fromfile(sys.argv[1], dtype=np.float64)
    dates = np.fromfile(sys.argv[2], dtype=np.float64)
    amounts = np.fromfile(sys.argv[3], dtype=np.float64)
    runs = int(sys.argv[4])
    summary_rfm(ids, dates, amounts)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        summary_rfm(ids, dates, amounts)
        times.append((time.perf_counter() - t0) * 1000)
    out, scores = summary_rfm(ids, dates, amounts)
    check = {"customers": int(len(out)), "orders": int(out["orders"].sum()), "R5": int((scores["R"] == 5).sum()),
             "F5": int((scores["F"] == 5).sum()), "M5": int((scores["M"] == 5).sum())}
    print(json.dumps({"median_ms": float(np.median(times)), "check": check, "pandas": pd.__version__}))


main()
