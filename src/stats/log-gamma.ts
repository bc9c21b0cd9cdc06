// ln Γ, ln B and ln C for the exact tests, from simple-statistics' Lanczos log-gamma.
// simple-statistics is plain ES modules, so the bundle carries only this one function
// (jStat's single UMD file is 20 KB gzip whatever one imports: most of the compare page's budget).
import { gammaln } from "simple-statistics";

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0.
 * Reference: Abramowitz & Stegun, Handbook of Mathematical Functions, 6.2.2.
 */
export function logBeta(a: number, b: number): number {
  return gammaln(a) + gammaln(b) - gammaln(a + b);
}

/**
 * ln C(n, k) = ln Γ(n + 1) − ln Γ(k + 1) − ln Γ(n − k + 1), for whole 0 ≤ k ≤ n: binomial
 * coefficients far beyond the range of a double (C(10⁹, 5·10⁸) has 300 million digits).
 */
export function logChoose(n: number, k: number): number {
  return gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1);
}
