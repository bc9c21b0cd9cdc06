"""Reference values for src/stats/wilson.ts, from statsmodels (an independent implementation).

Run: python tests/reference/wilson.py  (needs statsmodels; writes tests/reference/wilson.json)
"""
import json
import pathlib

import statsmodels
from statsmodels.stats.proportion import proportion_confint

CASES = [
    (0, 1), (1, 1), (0, 5), (5, 5), (1, 2), (3, 10), (300, 1000), (40, 300), (12, 40), (5, 12),
    (173, 1000), (1, 29), (29, 30), (0, 1000000), (1, 1000000), (499999, 1000000), (999999, 1000000),
    (7, 1000000000), (123456789, 1000000000),
]

rows = []
for successes, trials in CASES:
    low, high = proportion_confint(successes, trials, alpha=0.05, method="wilson")
    rows.append({"successes": successes, "trials": trials, "low": float(low), "high": float(high)})

out = pathlib.Path(__file__).with_suffix(".json")
out.write_text(json.dumps({"generator": f"statsmodels {statsmodels.__version__} proportion_confint(method='wilson', alpha=0.05)", "cases": rows}, indent=2) + "\n")
print(f"wrote {len(rows)} cases to {out}")
