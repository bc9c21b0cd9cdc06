// Fisher's exact test for a 2×2 table: the p-value the period comparison shows for each step.
import { logChoose } from "./log-gamma.ts";

/** Tables whose probability is within this relative distance of the observed one count as ties. */
const tieTolerance = 1e-7;
/** Terms this far (in log) below the largest one summed add less than 1e-17 of it each. */
const negligible = 40;

function assertProportion(x: number, n: number, name: string): void {
  if (!Number.isInteger(x) || !Number.isInteger(n) || x < 0 || x > n) {
    throw new RangeError(`fisherExact needs whole numbers with 0 ≤ x ≤ n for ${name}, got ${x} of ${n}`);
  }
}

/**
 * Two-sided p-value of Fisher's exact test on the table [[x2, n2 − x2], [x1, n1 − x1]]
 * (after in the first row, before in the second).
 * With the margins fixed, the top-left cell k follows the hypergeometric distribution
 *   P(k) = C(n2, k) · C(n1, K − k) / C(n1 + n2, K),   K = x1 + x2,
 * and the p-value is the sum of P(k) over every k with P(k) ≤ P(x2) · (1 + 1e-7): the relative
 * tolerance counts tables that tie in exact arithmetic but not in floating point.
 * P is unimodal, so those k form two tails. Each tail's inner end is found by bisection on
 * ln P (ln C through the log-gamma function); the tail is then summed outwards with the exact ratio
 * P(k + 1) / P(k) = (n2 − k)(K − k) / ((k + 1)(n1 − K + k + 1)) until its terms are negligible,
 * so a sample of a billion costs milliseconds and nothing under- or overflows.
 * Returns 1 when a margin is 0 (every table is the observed one). Never more than 1.
 * Throws a RangeError for counts that are not whole numbers in 0…n.
 * Reference: R. A. Fisher, "On the interpretation of χ² from contingency tables", JRSS 85 (1922);
 * scipy.stats.fisher_exact(alternative="two-sided"); R's fisher.test uses the same 1e-7.
 */
export function fisherExact(x1: number, n1: number, x2: number, n2: number): number {
  assertProportion(x1, n1, "before");
  assertProportion(x2, n2, "after");
  const total = n1 + n2;
  const successes = x1 + x2;
  const lowest = Math.max(0, successes - n1);
  const highest = Math.min(n2, successes);
  if (lowest === highest) return 1;
  const logNormaliser = logChoose(total, successes);
  const logP = (k: number) => logChoose(n2, k) + logChoose(n1, successes - k) - logNormaliser;
  const threshold = logP(x2) + Math.log1p(tieTolerance);
  const mode = Math.min(highest, Math.max(lowest, Math.floor(((n2 + 1) * (successes + 1)) / (total + 2))));
  if (logP(mode) <= threshold) return 1; // the observed table is (tied with) the most likely one
  /** log P(k ± 1) − log P(k). */
  const logRatioUp = (k: number) => Math.log(((n2 - k) * (successes - k)) / ((k + 1) * (n1 - successes + k + 1)));
  let sum = 0;
  for (const side of ["left", "right"] as const) {
    // Bisection keeps `inside` above the threshold and `outside` at or below it (or past the end).
    let inside = mode;
    let outside = side === "left" ? lowest - 1 : highest + 1;
    while (Math.abs(outside - inside) > 1) {
      const middle = Math.floor((inside + outside) / 2);
      if (logP(middle) <= threshold) outside = middle;
      else inside = middle;
    }
    if (outside < lowest || outside > highest) continue; // this tail has no table as unlikely
    let k = outside;
    let logTerm = logP(k);
    const stopBelow = logTerm - negligible;
    while (k >= lowest && k <= highest && logTerm >= stopBelow) {
      sum += Math.exp(logTerm);
      if (side === "left") {
        k -= 1;
        if (k >= lowest) logTerm -= logRatioUp(k);
      } else {
        if (k + 1 <= highest) logTerm += logRatioUp(k);
        k += 1;
      }
    }
  }
  return Math.min(1, sum);
}
