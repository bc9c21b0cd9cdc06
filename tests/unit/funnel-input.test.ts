import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCount, parseMoney, parseTargetPercent } from "../../src/calculator/funnel-input.ts";

describe("parseCount: every bad input has its own message", () => {
  it.each([
    ["", "empty", "Enter how many people reached Awareness. Use 0 if nobody did."],
    ["abc", "not-a-number", "“abc” is not a number of people. Use digits only, such as 250 or 1,200."],
    ["-5", "negative", "A count can't be below zero. Use 0 if nobody reached this stage."],
    ["12.5", "fraction", "Count whole people: 12 or 13, not 12.5."],
    ["2000000000", "too-large", "That is more than a billion people. Check for an extra zero."],
  ])("%j → %s", (raw, problem, message) => {
    expect(parseCount(raw, "Awareness")).toEqual({ ok: false, problem, message });
  });

  it.each([
    ["0", 0],
    ["1000", 1000],
    ["1,000", 1000],
    [" 250 ", 250],
    ["1e3", null],
  ])("%j", (raw, value) => {
    const result = parseCount(raw, "x");
    if (value === null) expect(result.ok).toBe(false);
    else expect(result).toEqual({ ok: true, value });
  });

  it("never throws, and any string either parses to a whole number in range or explains why not", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (raw) => {
        const result = parseCount(raw, "x");
        if (result.ok) {
          expect(Number.isInteger(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(0);
          expect(result.value).toBeLessThanOrEqual(1e9);
        } else {
          expect(result.message.length).toBeGreaterThan(10);
          expect(result.message.length).toBeLessThan(160);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("parseTargetPercent and parseMoney", () => {
  it("reads a percentage with or without the sign", () => {
    expect(parseTargetPercent("50")).toEqual({ ok: true, value: 0.5 });
    expect(parseTargetPercent("12.5%")).toEqual({ ok: true, value: 0.125 });
    expect(parseTargetPercent("0").ok).toBe(false);
    expect(parseTargetPercent("150").ok).toBe(false);
  });

  it("treats an empty price as not given, and rejects a negative one", () => {
    expect(parseMoney("")).toEqual({ ok: true, value: undefined });
    expect(parseMoney("1,200")).toEqual({ ok: true, value: 1200 });
    expect(parseMoney("-4").ok).toBe(false);
  });
});
