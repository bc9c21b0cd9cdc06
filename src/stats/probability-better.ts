// The chance that a step really improved, in the Bayesian sense: the period comparison's
// "chance it got better" column.
import { logBeta } from "./log-gamma.ts";

/** Terms this far (in log) below the largest one summed add less than 1e-17 of it each. */
const negligible = 40;

function assertProportion(x: number, n: number, name: string): void {
  if (!Number.isInteger(x) || !Number.isInteger(n) || x < 0 || x > n) {
    throw new RangeError(`probabilityBetter needs whole numbers with 0 ≤ x ≤ n for ${name}, got ${x} of ${n}`);
  }
}

/**
 * The chance that the after rate is truly higher than the before rate, P(q2 > q1), with
 * q1 ~ Beta(a1, b1) = Beta(1 + x1, 1 + n1 − x1) and q2 ~ Beta(a2, b2) = Beta(1 + x2, 1 + n2 − x2):
 * uniform Beta(1, 1) priors updated with each period's counts. Exact, by Evan Miller's closed form
 *   P(q2 > q1) = Σ_{i=0}^{a2−1} t(i),   t(i) = B(a1 + i, b1 + b2) / ((b2 + i) · B(1 + i, b2) · B(a1, b1)),
 * no sampling and no normal approximation.
 * The terms rise while i < (a1·b2 − a1 − b1 − b2) / (b1 + 1) and fall after, so the sum starts at
 * its largest term (ln t through ln B) and walks outwards with the exact ratio
 *   t(i + 1) / t(i) = (a1 + i)(b2 + i) / ((a1 + b1 + b2 + i)(1 + i)),
 * adding in log space (log-sum-exp) and stopping once terms are negligible: a sample of a
 * billion costs milliseconds, and no term under- or overflows.
 * With nobody on a side, that side's rate is the flat prior (both empty gives 0.5).
 * Clamped to [0, 1]. Throws a RangeError for counts that are not whole numbers in 0…n.
 * Reference: Evan Miller, "Formulas for Bayesian A/B testing" (2015), evanmiller.org;
 * checked against scipy numerical integration of one Beta density times the other's distribution function.
 */
export function probabilityBetter(x1: number, n1: number, x2: number, n2: number): number {
  assertProportion(x1, n1, "before");
  assertProportion(x2, n2, "after");
  const [a1, b1, a2, b2] = [1 + x1, 1 + n1 - x1, 1 + x2, 1 + n2 - x2];
  const last = a2 - 1;
  const logTermAt = (i: number) => logBeta(a1 + i, b1 + b2) - Math.log(b2 + i) - logBeta(1 + i, b2) - logBeta(a1, b1);
  const logRatio = (i: number) => Math.log(((a1 + i) * (b2 + i)) / ((a1 + b1 + b2 + i) * (1 + i)));
  const turn = (a1 * b2 - a1 - b1 - b2) / (b1 + 1);
  const peak = Math.min(last, Math.max(0, Math.ceil(turn)));
  const logPeak = logTermAt(peak);
  let scaled = 1; // Σ exp(ln t(i) − ln t(peak)) over the terms added so far
  let logTerm = 0;
  for (let i = peak; i < last; i++) {
    logTerm += logRatio(i);
    if (logTerm < -negligible) break;
    scaled += Math.exp(logTerm);
  }
  logTerm = 0;
  for (let i = peak - 1; i >= 0; i--) {
    logTerm -= logRatio(i);
    if (logTerm < -negligible) break;
    scaled += Math.exp(logTerm);
  }
  return Math.min(1, Math.max(0, Math.exp(logPeak + Math.log(scaled))));
}
