// The period comparison's statistics against values computed independently by scipy and statsmodels
// (tests/reference/compare-statistics.py), each within a relative 1e-6 of the reference value, so that a
// small p-value or a chance close to 0 or 1 is checked as closely as a middling one.

const expectClose = expectRelativelyClose;
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fisherExact } from "../../src/stats/fisher-exact.ts";
import { newcombeDifference } from "../../src/stats/newcombe-difference.ts";
import { probabilityBetter } from "../../src/stats/probability-better.ts";
import { normalCdf, peopleNeeded, peopleNeededExact, twoSidedPower } from "../../src/stats/people-needed.ts";
import reference from "../reference/compare-statistics.json" with { type: "json" };
import { expectRelativelyClose } from "../helpers/relative-tolerance.ts";

const label = "$x1 of $n1 → $x2 of $n2";

describe("the comparison with the reference values", () => {
  it("tells a small p-value from 0, which 4 decimal places would not", () => {
    const smallest = Math.min(...reference.cases.map((c) => c.pValue));
    expect(smallest).toBeLessThan(1e-5);
    expect(() => expectRelativelyClose(0, smallest)).toThrow();
    expect(() => expectRelativelyClose(smallest * 1.01, smallest)).toThrow();
  });
});

describe("newcombeDifference", () => {
  it.each(reference.cases)(`matches statsmodels for ${label}`, ({ x1, n1, x2, n2, diffLow, diffHigh }) => {
    const interval = newcombeDifference(x1, n1, x2, n2);
    expectRelativelyClose(interval?.low, diffLow);
    expectRelativelyClose(interval?.high, diffHigh);
  });

  it("has no interval when either side has nobody", () => {
    expect(newcombeDifference(0, 0, 3, 10)).toBeNull();
    expect(newcombeDifference(3, 10, 0, 0)).toBeNull();
  });

  it("refuses counts that are not proportions", () => {
    expect(() => newcombeDifference(11, 10, 3, 10)).toThrow(RangeError);
    expect(() => newcombeDifference(1, 10, 2.5, 10)).toThrow(RangeError);
  });

  it("always holds the observed change, within [−1, 1]", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n1, n2, s1, s2) => {
          const x1 = Math.round(n1 * s1);
          const x2 = Math.round(n2 * s2);
          const interval = newcombeDifference(x1, n1, x2, n2);
          const change = x2 / n2 - x1 / n1;
          expect(interval).not.toBeNull();
          expect(interval!.low).toBeLessThanOrEqual(change + 1e-12);
          expect(interval!.high).toBeGreaterThanOrEqual(change - 1e-12);
          expect(interval!.low).toBeGreaterThanOrEqual(-1 - 1e-12);
          expect(interval!.high).toBeLessThanOrEqual(1 + 1e-12);
        },
      ),
    );
  });
});

describe("fisherExact", () => {
  it.each(reference.cases)(`matches scipy for ${label}`, ({ x1, n1, x2, n2, pValue }) => {
    expectRelativelyClose(fisherExact(x1, n1, x2, n2), pValue);
  });

  it("is 1 when a margin is empty, and symmetric in before and after", () => {
    expect(fisherExact(0, 0, 3, 10)).toBe(1);
    expect(fisherExact(0, 10, 0, 20)).toBe(1);
    expect(fisherExact(40, 300, 52, 330)).toBeCloseTo(fisherExact(52, 330, 40, 300), 12);
  });

  it("refuses counts that are not proportions", () => {
    expect(() => fisherExact(3, 2, 1, 2)).toThrow(RangeError);
    expect(() => fisherExact(-1, 2, 1, 2)).toThrow(RangeError);
  });

  it("is a probability for any table", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n1, n2, s1, s2) => {
          const p = fisherExact(Math.round(n1 * s1), n1, Math.round(n2 * s2), n2);
          expect(p).toBeGreaterThanOrEqual(0); // 0 only where the true value underflows a double
          expect(p).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe("probabilityBetter", () => {
  it.each(reference.cases)(
    `matches scipy integration (or exact fractions) for ${label}`,
    ({ x1, n1, x2, n2, probBetter }) => {
      const chance = probabilityBetter(x1, n1, x2, n2);
      expectRelativelyClose(chance, probBetter);
      // Near 1 the meaning is in the small chance that it did not improve: that is held as closely.
      expectRelativelyClose(1 - chance, 1 - probBetter);
    },
  );

  it("is one half for identical periods, and the two directions add up to 1", () => {
    expect(probabilityBetter(0, 0, 0, 0)).toBeCloseTo(0.5, 12);
    expect(probabilityBetter(30, 100, 30, 100)).toBeCloseTo(0.5, 10);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n1, n2, s1, s2) => {
          const x1 = Math.round(n1 * s1);
          const x2 = Math.round(n2 * s2);
          const forward = probabilityBetter(x1, n1, x2, n2);
          expect(forward).toBeGreaterThanOrEqual(0);
          expect(forward).toBeLessThanOrEqual(1);
          expect(forward + probabilityBetter(x2, n2, x1, n1)).toBeCloseTo(1, 8);
        },
      ),
    );
  });

  it("refuses counts that are not proportions", () => {
    expect(() => probabilityBetter(3, 2, 1, 2)).toThrow(RangeError);
  });
});

describe("peopleNeeded", () => {
  const solved = reference.cases.filter((c) => c.peopleNeededExact !== null);

  it.each(solved)(`matches statsmodels' NormalIndPower.solve_power for ${label}`, (c) => {
    // statsmodels stops its root search within about 4e-7 of the root (at 6.36 people); ours solves to 1e-15.
    expectClose(peopleNeededExact(c.x1 / c.n1, c.x2 / c.n2), c.peopleNeededExact!, 1e-6);
    expect(peopleNeeded(c.x1 / c.n1, c.x2 / c.n2)).toBe(c.peopleNeeded);
  });

  it("counts both tails: below the one-tail closed form, by a few people in millions", () => {
    const exact = peopleNeededExact(0.3, 0.301)!;
    const oneTail =
      2 *
      ((1.959963984540054 + 0.8416212335729143) / (2 * Math.asin(Math.sqrt(0.301)) - 2 * Math.asin(Math.sqrt(0.3)))) **
        2;
    expect(oneTail - exact).toBeGreaterThan(1);
    expect(twoSidedPower(2 * Math.asin(Math.sqrt(0.301)) - 2 * Math.asin(Math.sqrt(0.3)), exact)).toBeCloseTo(0.8, 12);
  });

  it("is null for equal rates, the same either way round, and fewer people for a bigger change", () => {
    expect(peopleNeeded(0.2, 0.2)).toBeNull();
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (a, b) => {
          fc.pre(Math.abs(a - b) > 1e-6);
          expect(peopleNeeded(a, b)).toBe(peopleNeeded(b, a));
          const wider = peopleNeeded(Math.min(a, b) / 2, Math.max(a, b));
          expect(wider).toBeLessThanOrEqual(peopleNeeded(a, b)!);
        },
      ),
    );
  });

  it("uses a normal distribution accurate far into the tails", () => {
    // scipy.stats.norm.cdf at these points.
    expectClose(normalCdf(0), 0.5, 1e-15);
    expectClose(normalCdf(-1.959963984540054), 0.025, 1e-13);
    expectClose(normalCdf(0.8416212335729143), 0.8, 1e-13);
    expectClose(normalCdf(-5), 2.866515718791939e-7, 1e-12);
    expectClose(normalCdf(-10), 7.61985302416047e-24, 1e-12);
  });
});
