// logChoose and logBeta, the logarithms the exact tests are built on, checked directly: against exact
// whole-number arithmetic where it is feasible, and against known values and identities beyond it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logBeta, logChoose } from "../../src/stats/log-gamma.ts";
import { expectRelativelyClose } from "../helpers/relative-tolerance.ts";

/** C(n, k) exactly, as a whole number. */
function choose(n: number, k: number): bigint {
  let result = 1n;
  for (let i = 1; i <= k; i += 1) result = (result * BigInt(n - k + i)) / BigInt(i);
  return result;
}

/** ln of a positive whole number too large for a double, from its decimal digits. */
function logOfBig(value: bigint): number {
  const digits = value.toString();
  const head = Number(`0.${digits.slice(0, 17)}`);
  return Math.log(head) + digits.length * Math.LN10;
}

const factorial = (n: number): bigint => (n <= 1 ? 1n : BigInt(n) * factorial(n - 1));

describe("logChoose", () => {
  it.each([
    [0, 0],
    [1, 0],
    [5, 2],
    [10, 5],
    [52, 5],
    [300, 40],
    [1000, 500],
    [3000, 1234],
  ])("C(%i, %i) matches whole-number arithmetic", (n, k) => {
    const exact = choose(n, k);
    // ln 1 is 0, where a relative tolerance means nothing: the value itself must be within rounding of it.
    if (exact === 1n) expect(Math.abs(logChoose(n, k))).toBeLessThan(1e-12);
    else expectRelativelyClose(logChoose(n, k), logOfBig(exact), 1e-9);
  });

  it("is 0 for the ends of a row and symmetric within it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const k = Math.floor(share * n);
        expect(Math.abs(logChoose(n, 0))).toBeLessThan(1e-9 * Math.max(1, Math.log(n + 1)));
        const here = logChoose(n, k);
        expect(Math.abs(logChoose(n, n - k) - here)).toBeLessThanOrEqual(1e-9 * Math.max(1, here));
        expect(here).toBeGreaterThanOrEqual(-1e-6);
      }),
    );
  });

  it("stays finite far beyond a double's range: C(1e9, 5e8) has about 300 million digits", () => {
    // Stirling: ln C(2m, m) ≈ 2m ln 2 − ½ ln(π m).
    const m = 5e8;
    expectRelativelyClose(logChoose(2 * m, m), 2 * m * Math.LN2 - 0.5 * Math.log(Math.PI * m), 1e-9);
  });
});

describe("logBeta", () => {
  it.each([
    [1, 1],
    [1, 7],
    [3, 4],
    [20, 30],
    [150, 90],
  ])("B(%i, %i) matches (a−1)! (b−1)! / (a+b−1)! for whole numbers", (a, b) => {
    const exact = logOfBig(factorial(a - 1)) + logOfBig(factorial(b - 1)) - logOfBig(factorial(a + b - 1));
    // ln B(1, 1) is 0, where a relative tolerance means nothing.
    if (a === 1 && b === 1) expect(Math.abs(logBeta(a, b))).toBeLessThan(1e-12);
    else expectRelativelyClose(logBeta(a, b), exact, 1e-9);
  });

  it("gives ln π for B(½, ½) and ln(1/a) for B(a, 1)", () => {
    expectRelativelyClose(logBeta(0.5, 0.5), Math.log(Math.PI), 1e-9);
    for (const a of [2, 17.5, 1e6]) expectRelativelyClose(logBeta(a, 1), -Math.log(a), 1e-9);
  });

  it("is symmetric and obeys B(a, b) = B(a + 1, b) + B(a, b + 1)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 1e6, noNaN: true }),
        fc.double({ min: 0.5, max: 1e6, noNaN: true }),
        (a, b) => {
          expectRelativelyClose(logBeta(b, a), logBeta(a, b), 1e-9);
          const sum = Math.exp(logBeta(a + 1, b) - logBeta(a, b)) + Math.exp(logBeta(a, b + 1) - logBeta(a, b));
          expectRelativelyClose(sum, 1, 1e-8);
        },
      ),
    );
  });
});
