import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../../src/stats/wilson.ts";
import reference from "../reference/wilson.json" with { type: "json" };

describe("wilsonInterval", () => {
  it.each(reference.cases)(
    "matches statsmodels to 4 decimals for $successes of $trials",
    ({ successes, trials, low, high }) => {
      const interval = wilsonInterval(successes, trials);
      expect(interval).not.toBeNull();
      expect(interval?.low).toBeCloseTo(low, 4);
      expect(interval?.high).toBeCloseTo(high, 4);
    },
  );

  it("has no interval without a base", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it("refuses counts that are not a proportion, instead of returning NaN", () => {
    expect(() => wilsonInterval(5, 3)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 3)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 3)).toThrow(RangeError);
  });

  it("always holds the rate, inside [0, 1]", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 0, max: 1, noNaN: true }), (trials, share) => {
        const successes = Math.round(trials * share);
        const interval = wilsonInterval(successes, trials);
        const rate = successes / trials;
        expect(interval).not.toBeNull();
        if (!interval) return;
        expect(interval.low).toBeGreaterThanOrEqual(0);
        expect(interval.high).toBeLessThanOrEqual(1);
        expect(interval.low).toBeLessThanOrEqual(rate + 1e-12);
        expect(interval.high).toBeGreaterThanOrEqual(rate - 1e-12);
      }),
    );
  });
});
