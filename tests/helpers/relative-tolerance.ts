// Numbers compared with a tolerance relative to the expected value: an absolute one (toBeCloseTo's
// 4 decimals) would pass a p-value of 1.4e-6 as 0, which is a different answer for a coach.
import { expect } from "vitest";

/** Passes when |actual − expected| ≤ relative × |expected| (and exactly equal values, zero included). */
export function expectRelativelyClose(actual: number | null | undefined, expected: number, relative = 1e-6): void {
  expect(actual, `expected a number near ${expected}`).toBeTypeOf("number");
  const difference = Math.abs((actual as number) - expected);
  const allowed = relative * Math.abs(expected);
  expect(
    difference <= allowed,
    `${actual} is not within a relative ${relative} of ${expected} (off by ${difference.toPrecision(3)})`,
  ).toBe(true);
}
