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
    afterIsMonth: true,
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
      "Retention → Advocacy fell from 41.7% to 40.0%, but only 12 people started this step in October: too few people to tell whether it really changed. To tell a change this size, each period needs about 13,652 people reaching Retention: about 910 more months like November (911 in all).",
    );
  });

  it("names the people needed only for an unclear change between different rates", () => {
    const c = comparePeriods(october, november, ids);
    // statsmodels: NormalIndPower().solve_power(|proportion_effectsize(330/1200, 0.3)|, 0.05, 0.8), rounded up.
    expect(c.steps[0]!.peopleNeeded).toBe(5143);
    const clear = comparePeriods([1000, 300, 40, 12, 5], [1000, 380, 40, 12, 5], ids);
    expect(clear.steps[0]!.peopleNeeded).toBeNull();
    expect(comparePeriods([100, 40, 4, 2, 1], [100, 40, 4, 2, 1], ids).steps[0]!.peopleNeeded).toBeNull();
  });

  it("refuses a count list of the wrong length", () => {
    expect(() => comparePeriods([1, 2], november, ids)).toThrow(RangeError);
  });
});

describe("comparison words", () => {
  it("an unclear change says it could still be chance, and how long until it could be told", () => {
    const w = words([1000, 300, 40, 12, 5], [1000, 330, 38, 12, 5]);
    expect(w.rows[1]!.sentence).toBe(
      "Consideration → Decision fell from 13.3% to 11.5%. That could still be chance. To tell a change this size, each period needs about 5,161 people reaching Consideration: about 15 more months like November (16 in all).",
    );
    expect(w.rows[1]!.verdictText).toBe("Could still be chance");
    expect(w.rows[1]!.neededText).toBe("5,161 people a period");
    expect(w.headline).toBe("No step changed clearly between October and November: each change could still be chance.");
  });

  it("a 90% chance it improved with an unclear interval reads 'probably better, not yet sure'", () => {
    const w = words(october, [1000, 300, 52, 12, 5]);
    expect(w.rows[1]!.probText).toBe("91%");
    expect(w.rows[1]!.verdict).toBe("unclear");
    expect(w.rows[1]!.verdictText).toBe("Probably better, not yet sure");
    expect(w.rows[1]!.sentence).toMatch(
      /^Consideration → Decision rose from 13\.3% to 17\.3%: probably better, but not yet sure, as a change this size could still be chance\. To tell/,
    );
    // The words never contradict the numbers: a lean only with a 90% (or 10%) chance, a verdict only with the interval.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 5, maxLength: 5 }),
        (a, b) => {
          const before = [...a].sort((x, y) => y - x);
          const after = [...b].sort((x, y) => y - x);
          const c = comparePeriods(before, after, ids);
          const w = words(before, after);
          c.steps.forEach((step, i) => {
            const text = w.rows[i]!.verdictText;
            if (text === "Better") expect(step.interval!.low).toBeGreaterThan(0);
            if (text === "Worse") expect(step.interval!.high).toBeLessThan(0);
            if (text.startsWith("Probably better")) expect(step.probBetter!).toBeGreaterThanOrEqual(0.9);
            if (text.startsWith("Probably worse")) expect(step.probBetter!).toBeLessThanOrEqual(0.1);
            if (/Better|better/.test(text)) expect(step.probBetter!).toBeGreaterThan(0.5);
            if (/Worse|worse/.test(text)) expect(step.probBetter!).toBeLessThan(0.5);
          });
        },
      ),
      { numRuns: 80 },
    );
  });

  it("a clear change leads the headline in plain words", () => {
    const w = comparisonWords({
      comparison: comparePeriods([1000, 120, 40, 12, 5], [1000, 190, 63, 19, 8], ids),
      stageNames: ["Saw the post", "Booked a call", "Decision", "Retention", "Advocacy"],
      beforeName: "October",
      afterName: "November",
    });
    expect(w.rows[0]!.verdictText).toBe("Better");
    expect(w.headline).toBe(
      "Saw the post → Booked a call rose from 12.0% to 19.0%. That is very unlikely to be chance.",
    );
    expect(w.rows[0]!.neededText).toBe("—");
  });

  it("a clear drop comes first in what to do next; one person is 'person'", () => {
    const w = words([1000, 380, 40, 12, 5], [1000, 300, 40, 12, 5], 2);
    expect(w.rows[0]!.verdictText).toBe("Worse");
    expect(w.next).toBe("Look first at Awareness → Consideration: it is the step that clearly got worse.");
    expect(words([1, 1, 1, 1, 1], [1, 1, 1, 1, 1]).rows[0]!.sentence).toBe(
      "Awareness → Consideration stayed at 100.0%, but 1 person started this step in each period: too few people to tell whether it really changed.",
    );
    expect(words(october, november, 2).next).toBe(
      "For November, the calculator's fix-first step is Consideration → Decision (open that period in the calculator to see why).",
    );
  });

  it("the headline says so when no step could be compared, or when every step had too few people", () => {
    expect(words([0, 0, 0, 0, 0], [10, 5, 2, 1, 0]).headline).toBe(
      "No step could be compared between October and November: each one had nobody at its start, or more people at its end than its start, in one of the periods.",
    );
    expect(words([20, 10, 5, 2, 1], [25, 12, 6, 3, 1]).headline).toBe(
      "Too few people reached each step between October and November to tell whether anything really changed.",
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
    const labels = ["Saw the post", "Booked a call", "Decision", "Retention", "Advocacy"];
    const csv = comparisonCsv(comparePeriods(october, november, ids), labels);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "step,step_label,before_from,before_to,before_rate,after_from,after_to,after_rate,change_points,ci_low_points,ci_high_points,p_value,prob_better,verdict,people_needed",
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
    expect(first[1]).toBe("Saw the post → Booked a call");
    expect(first.slice(2, 8)).toEqual(["1000", "300", "0.3", "1200", "330", "0.275"]);
    expect(first[8]).toBe("-2.5");
    expect(first[9]).toBe("-6.306839"); // −6.306838821…: six decimals, no more
    expect(first[13]).toBe("unclear");
    expect(first[14]).toBe("5143");
    expect(lines[5]!.split(",")[1]).toBe("Overall (Saw the post → Advocacy)");
    for (const line of lines.slice(1))
      for (const cell of line.split(",")) expect(cell.split(".")[1]?.length ?? 0).toBeLessThanOrEqual(6);
  });

  it("an n/a row keeps its counts and leaves its computed cells empty", () => {
    const csv = comparisonCsv(comparePeriods([100, 0, 0, 0, 0], [100, 30, 10, 5, 1], ids), names);
    expect(csv.split("\r\n")[2]).toBe("consideration→decision,Consideration → Decision,0,0,,30,10,,,,,,,n/a,");
  });
});
