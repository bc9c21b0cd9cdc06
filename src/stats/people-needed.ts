// How many people a period needs at a step's start to tell a change of a given size: the sample size
// of a two-sided test of two proportions at the 5% level with 80% power, on the arcsine scale, as
// statsmodels' NormalIndPower().solve_power(effect_size=|h|, alpha=0.05, power=0.8, ratio=1,
// alternative="two-sided") with h = proportion_effectsize(p2, p1) computes it.

/** The standard normal's 97.5th and 80th percentiles (scipy's norm.isf(0.025) and norm.ppf(0.8)). */
const z975 = 1.959963984540054;
const z80 = 0.8416212335729143;
const targetPower = 0.8;

/**
 * erfc(z) for z ≥ 0, to about 1e-15 relative: below 2 by erf's series with positive terms,
 * 2/√π·e^(−z²)·Σ 2ⁿz^(2n+1)/(1·3·…·(2n+1)); from 2 on by its continued fraction,
 * e^(−z²)/√π / (z + ½/(z + 1/(z + (3/2)/(z + …)))), evaluated from the tail.
 */
function erfc(z: number): number {
  if (z < 2) {
    let term = z;
    let sum = z;
    for (let n = 1; term > sum * 1e-17; n++) {
      term *= (2 * z * z) / (2 * n + 1);
      sum += term;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-z * z) * sum;
  }
  let fraction = z;
  for (let n = 80; n >= 1; n--) fraction = z + n / 2 / fraction;
  return Math.exp(-z * z) / Math.sqrt(Math.PI) / fraction;
}

/** P(Z ≤ x) for a standard normal Z. */
export function normalCdf(x: number): number {
  const z = x / Math.SQRT2;
  return z < 0 ? erfc(-z) / 2 : 1 - erfc(z) / 2;
}

/** Cohen's h: 2·asin(√p2) − 2·asin(√p1), the change on the arcsine scale. */
export const arcsineEffect = (p1: number, p2: number): number =>
  2 * Math.asin(Math.sqrt(p2)) - 2 * Math.asin(Math.sqrt(p1));

/** Power with n people in each period: both tails count, as statsmodels' normal_power adds them. */
export function twoSidedPower(effect: number, perPeriod: number): number {
  const shift = Math.abs(effect) * Math.sqrt(perPeriod / 2);
  return 1 - normalCdf(z975 - shift) + normalCdf(-z975 - shift);
}

/**
 * People per period, unrounded, that give 80% power for a change from p1 to p2; null when the
 * rates are equal (no change to tell). Solved by bisection: the one-tail closed form
 * 2·((z975 + z80)/h)² is an upper bound (the second tail only adds power) and half of it a lower one.
 */
export function peopleNeededExact(p1: number, p2: number): number | null {
  const effect = Math.abs(arcsineEffect(p1, p2));
  if (!(effect > 0)) return null;
  let high = 2 * ((z975 + z80) / effect) ** 2;
  let low = high / 2;
  for (let i = 0; i < 200 && high - low > high * 1e-15; i++) {
    const middle = (low + high) / 2;
    if (twoSidedPower(effect, middle) < targetPower) low = middle;
    else high = middle;
  }
  return high;
}

/** People per period, rounded up to a whole person; null when the rates are equal. */
export function peopleNeeded(p1: number, p2: number): number | null {
  const exact = peopleNeededExact(p1, p2);
  return exact === null ? null : Math.ceil(exact);
}
