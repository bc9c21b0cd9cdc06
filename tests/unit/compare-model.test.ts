import fc from "fast-check";
import { describe, expect, it } from "vitest";
import stages from "../../_data/stages.json" with { type: "json" };
import { comparePeriods } from "../../src/compare/compare-model.ts";
import { comparisonWords } from "../../src/compare/compare-words.ts";
import { compareCsvColumns, comparisonCsv } from "../../src/compare/compare-csv.ts";

const ids = stages.map((s) => s.id);
const names = stages.map((s) => s.name);
const october = [1000, 300, 40, 12, 5];
const november = [1200, 330, 52, 15, 6];
const words = (before: number[], after: number[], fixFirstStep: number | null = null) =>
  comparisonWords({
    comparison: comparePeriods(before, after, ids),
    stageNames: names,
    beforeName: "October",
    afterName: "November",
    fixFirstStep,
  });

describe("comparePeriods", () => {
  it("compares each step and overall, with the change after minus before", () => {
    const c = comparePeriods(october, november, ids);
    expect(c.steps.map((s) => s.key)).toEqual([
      "awareness→consideration",
      "consideration→decision",
      "decision→retention",
      "retention→advocacy",
    ]);
    expect(c.steps[0]!.before.rate).toBeCloseTo(0.3, 12);
    expect(c.steps[0]!.after.rate).toBeCloseTo(0.275, 12);
    expect(c.steps[0]!.change).toBeCloseTo(-0.025, 12);
    expect(c.overall.before).toEqual({ from: 1000, to: 5, rate: 0.005 });
    expect(c.overall.after.from).toBe(1200);
  });

  it("says better only when the interval is above zero, worse only when below", () => {
    const clear = comparePeriods([1000, 300, 40, 12, 5], [1000, 380, 40, 12, 5], ids).steps[0]!;
    expect(clear.interval!.low).toBeGreaterThan(0);
    expect(clear.verdict).toBe("better");
    const drop = comparePeriods([1000, 380, 40, 12, 5], [1000, 300, 40, 12, 5], ids).steps[0]!;
    expect(drop.verdict).toBe("worse");
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 5, maxLength: 5 }),
        (a, b) => {
          const before = [...a].sort((x, y) => y - x);
          const after = [...b].sort((x, y) => y - x);
          for (const step of [
            ...comparePeriods(before, after, ids).steps,
            comparePeriods(before, after, ids).overall,
          ]) {
            if (step.verdict === "n/a") {
              expect(step.before.from === 0 || step.after.from === 0).toBe(true);
              continue;
            }
            expect(step.verdict).toBe(
              step.interval!.low > 0 ? "better" : step.interval!.high < 0 ? "worse" : "unclear",
            );
            for (const value of [step.change, step.pValue, step.probBetter, step.interval!.low, step.interval!.high])
              expect(Number.isFinite(value)).toBe(true);
          }
        },
      ),
    );
  });

  it("gives n/a with no base on either side, and n/a with the mixed-periods warning when a count increases", () => {
    const c = comparePeriods([100, 0, 0, 0, 0], [100, 30, 10, 5, 1], ids);
    expect(c.steps[1]!.verdict).toBe("n/a");
    expect(c.steps[1]!.notApplicable).toBe("no-base");
    expect(c.mixedPeriods).toBe(false);
    const mixed = comparePeriods([100, 30, 40, 5, 1], [100, 30, 10, 5, 1], ids);
    expect(mixed.steps[1]!.verdict).toBe("n/a");
    expect(mixed.steps[1]!.notApplicable).toBe("increasing");
    expect(mixed.mixedPeriods).toBe(true);
    const w = words([100, 30, 40, 5, 1], [100, 30, 10, 5, 1]);
    expect(w.rows[1]!.sentence).toBe(
      "More people reached Decision than Consideration in October, so the counts look like they mix different periods; this step is left out of the comparison.",
    );
    expect(w.mixedWarning).not.toBe("");
  });

  it("flags too few people under 30 at a step's start on either side, and its words say so", () => {
    const c = comparePeriods(october, november, ids);
    expect(c.steps.map((s) => s.tooFew)).toEqual([false, false, false, true]);
    const w = words(october, november);
    expect(w.rows[3]!.verdictText).toBe("Too few people to tell");
    expect(w.rows[3]!.sentence).toBe(
      "Retention → Advocacy fell from 41.7% to 40.0%, but only 12 people started this step in October: too few people to tell whether it really changed.",
    );
  });

  it("refuses a count list of the wrong length", () => {
    expect(() => comparePeriods([1, 2], november, ids)).toThrow(RangeError);
  });
});

describe("comparison words", () => {
  it("an unclear change says it could still be chance, with the interval", () => {
    const w = words(october, november);
    expect(w.rows[1]!.sentence).toBe(
      "Consideration → Decision rose from 13.3% to 15.8%; with this many people that could still be chance (the real change could be anywhere from −3.2 to +7.9 points).",
    );
    expect(w.rows[1]!.verdictText).toBe("No clear change");
    expect(w.headline).toBe("No step changed by more than chance could explain between October and November.");
  });

  it("a clear change is called better, and never stronger than the interval's low end", () => {
    const w = words([1000, 300, 40, 12, 5], [1000, 380, 40, 12, 5], 2);
    expect(w.rows[0]!.verdictText).toBe("Better");
    expect(w.rows[0]!.sentence).toMatch(
      /^Awareness → Consideration improved from 30\.0% to 38\.0%\. The 95% interval \(\+3\.\d to \+12\.\d points\) is above zero, so this is unlikely to be chance alone, though the real gain may be as small as 3\.\d points\.$/,
    );
    expect(w.headline).toBe(
      "One step changed by more than chance between October and November: Awareness → Consideration got better.",
    );
    expect(w.next).toBe(
      "For November, the calculator's fix-first step is Consideration → Decision (open that period in the calculator to see why).",
    );
  });

  it("a clear drop comes first in what to do next; one person is 'person'", () => {
    const w = words([1000, 380, 40, 12, 5], [1000, 300, 40, 12, 5]);
    expect(w.rows[0]!.verdictText).toBe("Worse");
    expect(w.next).toBe("Look first at Awareness → Consideration: it is the step that clearly got worse.");
    expect(words([1, 1, 1, 1, 1], [1, 1, 1, 1, 1]).rows[0]!.sentence).toBe(
      "Awareness → Consideration stayed at 100.0%, but 1 person started this step in each period: too few people to tell whether it really changed.",
    );
  });

  it("shows no NaN, Infinity or undefined for any counts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 5, maxLength: 5 }),
        (a, b) => {
          const text = JSON.stringify(words(a, b));
          expect(text).not.toMatch(/NaN|Infinity|undefined/);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("comparison CSV", () => {
  it("has exactly the issue's columns, a BOM, one row per step and overall, unrounded fractions and points", () => {
    const csv = comparisonCsv(comparePeriods(october, november, ids));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "step,before_from,before_to,before_rate,after_from,after_to,after_rate,change_points,ci_low_points,ci_high_points,p_value,prob_better,verdict",
    );
    expect(lines[0]!.split(",")).toEqual([...compareCsvColumns]);
    expect(lines.map((l) => l.split(",")[0])).toEqual([
      "step",
      "awareness→consideration",
      "consideration→decision",
      "decision→retention",
      "retention→advocacy",
      "overall",
    ]);
    const first = lines[1]!.split(",");
    expect(first.slice(1, 7)).toEqual(["1000", "300", "0.3", "1200", "330", "0.275"]);
    expect(Number(first[7])).toBeCloseTo(-2.5, 10);
    expect(first[8]!.split(".")[1]!.length).toBeGreaterThanOrEqual(6);
    expect(first[12]).toBe("unclear");
  });

  it("an n/a row keeps its counts and leaves its computed cells empty", () => {
    const csv = comparisonCsv(comparePeriods([100, 0, 0, 0, 0], [100, 30, 10, 5, 1], ids));
    expect(csv.split("\r\n")[2]).toBe("consideration→decision,0,0,,30,10,,,,,,,n/a");
  });
});
