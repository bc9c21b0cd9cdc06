// The Wilson score interval for a proportion (Wilson, 1927), the interval docs/fix-first.md's fix-first
// method and the period comparison use. A closed form: no distribution code is needed, because
// the only quantile it takes is the fixed two-sided 95% normal one.

/** The 97.5th percentile of the standard normal distribution, to the six decimals docs/fix-first.md gives. */
export const z95 = 1.959964;

export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson score interval of `successes / trials`, without continuity correction:
 * (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n).
 * Returns null when `trials` is 0 (no base, so no rate to bound). Throws on counts that are not
 * whole numbers with 0 ≤ successes ≤ trials: an increasing step has no interval.
 * Reference: E. B. Wilson, "Probable inference, the law of succession, and statistical inference",
 * JASA 22 (1927); statsmodels' `proportion_confint(method="wilson")` gives the same numbers.
 */
export function wilsonInterval(successes: number, trials: number, z: number = z95): Interval | null {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || successes > trials) {
    throw new RangeError(
      `wilsonInterval needs whole numbers with 0 ≤ successes ≤ trials, got ${successes} of ${trials}`,
    );
  }
  if (trials === 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  // Clamp float noise at the ends: 0 of n and n of n give exactly 0 and 1 in exact arithmetic.
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - halfWidth),
    high: successes === trials ? 1 : Math.min(1, centre + halfWidth),
  };
}
