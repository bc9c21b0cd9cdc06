"""Reference values for the period comparison's statistics (src/stats/), from independent code.

- Newcombe interval: statsmodels confint_proportions_2indep(x2, n2, x1, n1, method="newcomb", compare="diff").
- Fisher p-value: scipy.stats.fisher_exact([[x2, n2 - x2], [x1, n1 - x1]], alternative="two-sided").
- People needed per period (DESIGN: 80% power, two-sided 5% test, arcsine effect size):
  statsmodels NormalIndPower().solve_power(effect_size=abs(proportion_effectsize(p2, p1)),
  alpha=0.05, power=0.8, ratio=1, alternative="two-sided"), unrounded and rounded up; null when
  either side has nobody or the rates are equal.
- P(q2 > q1), q ~ Beta(1 + x, 1 + n - x): numerical integration with scipy.integrate.quad of
  Beta pdf(q2) x Beta cdf(q1), over the range where the pdf is not negligible. For samples up to
  200 people a side it is also computed exactly with Python's fractions (Evan Miller's closed form
  in rational arithmetic), and the script stops if the two disagree by more than 1e-9.

Run: python3 -m venv /tmp/venv && /tmp/venv/bin/pip install scipy statsmodels
     /tmp/venv/bin/python tests/reference/compare-statistics.py
(writes tests/reference/compare-statistics.json)
"""
import json
import math
import warnings
import pathlib
from fractions import Fraction

import scipy
import statsmodels
from scipy import integrate
from scipy.stats import beta, fisher_exact
from statsmodels.stats.power import NormalIndPower
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_effectsize

# (x1, n1, x2, n2): before x1 of n1, after x2 of n2.
CASES = [
    # The worked example, October then November, each step and overall.
    (300, 1000, 330, 1200), (40, 300, 52, 330), (12, 40, 15, 52), (5, 12, 6, 15), (5, 1000, 6, 1200),
    # A clear improvement and a clear drop.
    (300, 1000, 380, 1000), (120, 400, 80, 400),
    # Zeros.
    (0, 10, 0, 10), (0, 50, 3, 50), (0, 1, 0, 1), (0, 30, 0, 45),
    # 100% rates.
    (10, 10, 10, 10), (20, 20, 15, 20), (1, 1, 0, 1), (30, 30, 29, 31),
    # Tiny samples.
    (0, 1, 1, 1), (1, 2, 2, 2), (1, 2, 0, 1), (0, 2, 1, 2), (1, 2, 1, 2), (2, 3, 1, 2),
    # Exact ties between tables (symmetric margins).
    (3, 6, 3, 6), (2, 10, 8, 10), (4, 29, 9, 29),
    # Huge samples.
    (300000, 1000000, 301000, 1000000), (500000, 1000000, 500000, 1000000),
    (1, 1000000, 0, 1000000), (999999, 1000000, 1000000, 1000000), (10, 1000000, 25, 1000000),
    (123456, 1000000, 120000, 990000),
    # Unclear changes whose people needed the page names: small, medium and very large numbers.
    (12, 100, 19, 100), (120, 1000, 190, 1000), (45, 150, 52, 160), (1000, 5000, 1010, 5000), (2, 40, 9, 45),
]


def people_needed(x1, n1, x2, n2):
    if n1 == 0 or n2 == 0 or x1 * n2 == x2 * n1:
        return None, None
    h = proportion_effectsize(x2 / n2, x1 / n1)
    n = NormalIndPower().solve_power(effect_size=abs(h), alpha=0.05, power=0.8, ratio=1, alternative="two-sided")
    n = float(n[0] if hasattr(n, "__len__") else n)
    # statsmodels' solver gives up below 2 people (h near pi, as in 0 of 1 against 1 of 1): no reference.
    return (None, None) if math.isnan(n) else (n, math.ceil(n))


def miller_exact(x1, n1, x2, n2):
    """P(q2 > q1) exactly, for whole-number Beta parameters, in rational arithmetic."""
    a1, b1, a2, b2 = 1 + x1, 1 + n1 - x1, 1 + x2, 1 + n2 - x2

    def beta_fn(a, b):  # B(a, b) for whole a, b
        return Fraction(math.factorial(a - 1) * math.factorial(b - 1), math.factorial(a + b - 1))

    total = Fraction(0)
    for i in range(a2):
        total += beta_fn(a1 + i, b1 + b2) / ((b2 + i) * beta_fn(1 + i, b2) * beta_fn(a1, b1))
    return float(total)


def prob_better_quad(x1, n1, x2, n2):
    a1, b1, a2, b2 = 1 + x1, 1 + n1 - x1, 1 + x2, 1 + n2 - x2
    lo, hi = beta.ppf(1e-15, a2, b2), beta.isf(1e-15, a2, b2)
    mean = a2 / (a2 + b2)
    value, _ = integrate.quad(
        lambda q: beta.pdf(q, a2, b2) * beta.cdf(q, a1, b1), lo, hi,
        points=[min(max(mean, lo), hi)], limit=500, epsabs=1e-13, epsrel=1e-11,
    )
    return min(1.0, max(0.0, value))


warnings.simplefilter("ignore")  # statsmodels' convergence warnings for the cases it cannot solve
rows = []
for x1, n1, x2, n2 in CASES:
    low, high = confint_proportions_2indep(x2, n2, x1, n1, method="newcomb", compare="diff")
    _, p_value = fisher_exact([[x2, n2 - x2], [x1, n1 - x1]], alternative="two-sided")
    better = prob_better_quad(x1, n1, x2, n2)
    if max(n1, n2) <= 200:
        exact = miller_exact(x1, n1, x2, n2)
        assert abs(exact - better) < 1e-9, (x1, n1, x2, n2, exact, better)
        better = exact
    needed_exact, needed = people_needed(x1, n1, x2, n2)
    rows.append({
        "x1": x1, "n1": n1, "x2": x2, "n2": n2,
        "diffLow": float(low), "diffHigh": float(high),
        "pValue": float(p_value), "probBetter": float(better),
        "peopleNeededExact": needed_exact, "peopleNeeded": needed,
    })

out = pathlib.Path(__file__).with_suffix(".json")
out.write_text(json.dumps({
    "generator": (
        f"scipy {scipy.__version__} fisher_exact and integrate.quad (Beta pdf x cdf); "
        f"statsmodels {statsmodels.__version__} confint_proportions_2indep(method='newcomb'); "
        "exact fractions for n <= 200; statsmodels NormalIndPower.solve_power and proportion_effectsize"
    ),
    "cases": rows,
}, indent=2) + "\n")
print(f"wrote {len(rows)} cases to {out}")
