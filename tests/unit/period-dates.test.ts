import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareCoverage,
  coverageProblem,
  coverageText,
  lastMonth,
  monthCoverage,
  monthFromName,
} from "../../src/funnel/period-dates.ts";
import { readStoredPeriod, sortPeriods, type SavedPeriod } from "../../src/funnel/period-model.ts";
import { defaultPair, findRepeat, sameContent } from "../../src/funnel/period-repeats.ts";

const period = (id: string, name: string, from: string, to: string, counts = [100, 50, 20, 10, 5]): SavedPeriod => ({
  id,
  name,
  from,
  to,
  savedAt: "2026-12-01T10:00:00.000Z",
  note: "",
  counts,
  labels: ["", "", "", "", ""],
  targets: [0.5, 0.2, 0.4, 0.25],
  prices: { decision: null, retention: null, currency: "GBP" },
});

describe("what a period covers", () => {
  it("is last month by default, across a new year too", () => {
    expect(lastMonth(new Date(2026, 11, 3))).toEqual({ from: "2026-11-01", to: "2026-11-30" });
    expect(lastMonth(new Date(2027, 0, 1))).toEqual({ from: "2026-12-01", to: "2026-12-31" });
    expect(monthCoverage(2028, 2)).toEqual({ from: "2028-02-01", to: "2028-02-29" });
  });

  it("reads a month from a name, and nothing from a name that is not one", () => {
    expect(monthFromName("November 2026")).toEqual({ from: "2026-11-01", to: "2026-11-30" });
    expect(monthFromName(" sept. 2026 ")).toEqual({ from: "2026-09-01", to: "2026-09-30" });
    expect(monthFromName("Mar 2027")?.from).toBe("2027-03-01");
    expect(monthFromName("2026-02")?.to).toBe("2026-02-28");
    for (const name of ["November", "Spring launch", "2026-13", "Ma 2026", "November 2026 (copy)", "Nov 0999"])
      expect(monthFromName(name)).toBeNull();
  });

  it("is written as a month, or as a range of days", () => {
    expect(coverageText({ from: "2026-11-01", to: "2026-11-30" })).toBe("November 2026");
    expect(coverageText({ from: "2026-11-03", to: "2026-11-16" })).toBe("3\u2009–\u200916 November 2026");
    expect(coverageText({ from: "2026-12-20", to: "2027-01-10" })).toBe("20 December 2026\u2009–\u200910 January 2027");
    expect(coverageProblem("2026-04-31", "2026-05-01")).toBe("Give the day the period starts.");
    expect(coverageProblem("2026-05-02", "2026-05-01")).toMatch(/ends before it starts/);
    expect(coverageProblem("2026-05-01", "2026-05-01")).toBe("");
  });

  it("orders periods by their dates, whatever order they were saved in", () => {
    const november = { ...period("a", "November 2026", "2026-11-01", "2026-11-30"), savedAt: "2026-12-01T10:00:00Z" };
    const october = { ...period("b", "October 2026", "2026-10-01", "2026-10-31"), savedAt: "2026-12-02T10:00:00Z" };
    const august = { ...period("c", "August 2026", "2026-08-01", "2026-08-31"), savedAt: "2026-12-03T10:00:00Z" };
    expect(sortPeriods([november, october, august, october]).map((p) => p.name)).toEqual([
      "August 2026",
      "October 2026",
      "October 2026",
      "November 2026",
    ]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 12 }), (days) => {
        const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
        const periods = days.map((n, i) => period(`p${i}`, `P${i}`, day(n), day(n + (i % 3))));
        const sorted = sortPeriods(periods);
        for (let i = 1; i < sorted.length; i++)
          expect(compareCoverage(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe("a period stored before periods had dates", () => {
  it("gets them from its name when it names a month, else from the month it was saved in, and is kept", () => {
    const { from: _from, to: _to, ...old } = period("old", "October 2026", "x", "x");
    expect(readStoredPeriod({ ...old, savedAt: "2026-12-01T10:00:00.000Z" })).toMatchObject({
      from: "2026-10-01",
      to: "2026-10-31",
    });
    expect(readStoredPeriod({ ...old, name: "Spring launch", savedAt: "2026-04-20T10:00:00.000Z" })).toMatchObject({
      from: "2026-04-01",
      to: "2026-04-30",
    });
    expect(readStoredPeriod({ ...old, from: "2026-05-02", to: "2026-05-01" })).toBeNull();
  });
});

describe("repeats and the default pair", () => {
  const october = period("oct", "October 2026", "2026-10-01", "2026-10-31", [1000, 300, 40, 12, 5]);
  const november = period("nov", "November 2026", "2026-11-01", "2026-11-30", [1200, 330, 52, 15, 6]);

  it("a period with the same name or the same dates repeats a saved one; the same numbers make it identical", () => {
    const again = { ...november, id: "new", savedAt: "2026-12-03T10:00:00.000Z" };
    expect(findRepeat([october, november], again)).toBe(november);
    expect(sameContent(november, again)).toBe(true);
    expect(sameContent(november, { ...again, counts: [1200, 331, 52, 15, 6] })).toBe(false);
    expect(findRepeat([october, november], { ...again, name: "november 2026 ", from: "2026-11-02" })).toBe(november);
    expect(findRepeat([october, november], { ...again, name: "Launch" })).toBe(november);
    expect(findRepeat([october, november], { ...again, name: "Launch", from: "2026-12-01", to: "2026-12-31" })).toBe(
      undefined,
    );
    expect(findRepeat([november], november)).toBe(undefined);
  });

  it("pairs the two most recent distinct periods, never a month with itself", () => {
    const copy = { ...november, id: "copy", name: "November 2026 (copy)" };
    expect(defaultPair(sortPeriods([november, october, copy]))).toEqual({ before: "oct", after: "nov" });
    expect(defaultPair([november, copy])).toBeNull();
    expect(defaultPair([october])).toBeNull();
  });
});
