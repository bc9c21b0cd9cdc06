// Newcombe's hybrid score interval for the difference of two independent proportions: the
// interval the period comparison shows for each step's change.
import { wilsonInterval, z95, type Interval } from "./wilson.ts";

/**
 * 95% interval for `after − before`, where before = x1/n1 and after = x2/n2 (fractions, not points).
 * Newcombe's method 10: with Wilson intervals (l1, u1) of p1 and (l2, u2) of p2, no continuity
 * correction,
 *   low  = (p2 − p1) − √((p2 − l2)² + (u1 − p1)²)
 *   high = (p2 − p1) + √((u2 − p2)² + (p1 − l1)²).
 * Returns null when either side has nobody (n1 or n2 is 0): there is no rate to compare.
 * Throws a RangeError (from wilsonInterval) when a count is not a whole number in 0…n.
 * Reference: R. G. Newcombe, "Interval estimation for the difference between independent
 * proportions: comparison of eleven methods", Statistics in Medicine 17 (1998), method 10;
 * statsmodels' `confint_proportions_2indep(x2, n2, x1, n1, method="newcomb", compare="diff")`.
 */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number, z: number = z95): Interval | null {
  const before = wilsonInterval(x1, n1, z);
  const after = wilsonInterval(x2, n2, z);
  if (!before || !after) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const difference = p2 - p1;
  return {
    low: difference - Math.hypot(p2 - after.low, before.high - p1),
    high: difference + Math.hypot(after.high - p2, p1 - before.low),
  };
}
