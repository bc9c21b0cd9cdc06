import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCount, parseMoney, parseTargetPercent, pointGroupedSuggestion } from "../../src/funnel/funnel-input.ts";

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

describe("no silent reinterpretation (issue 14, item 2)", () => {
  it.each([
    ["1,200", 1200],
    ["1 200", 1200],
    [" 1 200 ", 1200],
    ["1\u00a0200", 1200],
    ["12,345,678", 12345678],
  ])("reads the count %j as %d", (raw, value) => {
    expect(parseCount(raw, "Awareness")).toEqual({ ok: true, value });
  });

  it.each([
    [
      "1.000",
      "ambiguous",
      "“1.000” could mean 1000 or 1. Did you mean 1000? Type whole numbers without a decimal point, such as 1000 or 1,000.",
    ],
    [
      "1,5",
      "ambiguous",
      "“1,5” is unclear: a comma here separates thousands, as in 1,500. Type the whole number of people, such as 15.",
    ],
    ["1e3", "not-a-number", "“1e3” looks like scientific notation. Type the number in full, such as 1000."],
    ["£90", "not-a-number", "“£90” is not a number of people. Use digits only, such as 250 or 1,200."],
    ["2.0", "fraction", "Type whole numbers without a decimal point: 2, not 2.0."],
    [
      "1,20",
      "ambiguous",
      "“1,20” is unclear: a comma here separates thousands, as in 1,500. Type the whole number of people, such as 120.",
    ],
  ])("refuses the count %j, saying what was understood", (raw, problem, message) => {
    expect(parseCount(raw, "Awareness")).toEqual({ ok: false, problem, message });
  });

  it.each([
    ["£90", "GBP", 90],
    ["90 GBP", "GBP", 90],
    ["$1,200.50", "USD", 1200.5],
    ["€ 90", "EUR", 90],
    ["89.50", "GBP", 89.5],
    // Currency words are read when they match the set currency (issue 33).
    ["90 pounds", "GBP", 90],
    ["90 Pounds.", "GBP", 90],
    ["£90 GBP", "GBP", 90],
    ["90 dollars", "AUD", 90],
    ["1,200 euros", "EUR", 1200],
    ["90gbp", "GBP", 90],
  ])("reads the amount %j in %s", (raw, currency, value) => {
    expect(parseMoney(raw, currency)).toEqual({ ok: true, value });
  });

  it.each([
    [
      "£90",
      "USD",
      "wrong-currency",
      "“£90” has the symbol £, but the currency is set to USD. Change the currency above, or type the amount alone, such as 90.",
    ],
    [
      "90 GBP",
      "EUR",
      "wrong-currency",
      "“90 GBP” is in GBP, but the currency is set to EUR. Change the currency above, or type the amount alone, such as 90.",
    ],
    [
      "1.000",
      "GBP",
      "ambiguous",
      "“1.000” could mean 1000 or 1. Did you mean 1000? Type it as 1000 or 1,000; use a point only for pence or cents, as in 89.50.",
    ],
    [
      "1,5",
      "GBP",
      "ambiguous",
      "“1,5” is unclear: use a point for pence or cents, as in 1.5, and commas only between thousands.",
    ],
    ["1e3", "GBP", "not-a-number", "“1e3” is not an amount. Type digits, such as 90, 1,200 or 89.50."],
    [
      "90 pounds",
      "USD",
      "wrong-currency",
      "“90 pounds” is in pounds, but the currency is set to USD. Change the currency above, or type the amount alone, such as 90.",
    ],
    [
      "90 dollars",
      "GBP",
      "wrong-currency",
      "“90 dollars” is in dollars, but the currency is set to GBP. Change the currency above, or type the amount alone, such as 90.",
    ],
    [
      "90 sessions",
      "GBP",
      "not-a-number",
      "“90 sessions”: “sessions” is not a currency this calculator reads. Type the amount alone, such as 90, and pick the currency above.",
    ],
  ])("refuses the amount %j in %s", (raw, currency, problem, message) => {
    expect(parseMoney(raw, currency)).toEqual({ ok: false, problem, message });
  });

  it("refuses a decimal comma in a target", () => {
    expect(parseTargetPercent("17,3")).toEqual({
      ok: false,
      problem: "ambiguous",
      message: "“17,3” is unclear: use a point for decimals, as in 17.3.",
    });
  });
});

describe("typing forgiven, never guessed (issue 33)", () => {
  it('"2.400" keeps its question and offers "2,400" for one click; other text offers nothing', () => {
    const parsed = parseCount("2.400", "Awareness");
    expect(parsed.ok).toBe(false);
    expect(pointGroupedSuggestion("2.400")).toBe("2,400");
    expect(pointGroupedSuggestion(" 12.500.000 ")).toBe("12,500,000");
    for (const text of ["2400", "2.4", "2,400", "1,5", "abc", ""]) expect(pointGroupedSuggestion(text)).toBe("");
    // What is offered always reads back as the whole number, never as 2.4.
    expect(parseCount(pointGroupedSuggestion("2.400"), "Awareness")).toEqual({ ok: true, value: 2400 });
  });
});
