import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeFunnel, type FunnelAnalysis } from "../../src/funnel/funnel.ts";
import stages from "../../_data/stages.json" with { type: "json" };

const defaultTargets = stages.slice(1).map((stage) => stage.targetRate as number);
const analyze = (counts: number[], targets = defaultTargets, extra = {}) =>
  analyzeFunnel({ counts, targets, ...extra });

describe("the worked example from DESIGN.md (1000 / 300 / 40 / 12 / 5)", () => {
  const result = analyze([1000, 300, 40, 12, 5]);

  it("shows the people lost and the drop at each step", () => {
    expect(result.steps.map((s) => s.lost)).toEqual([700, 260, 28, 7]);
    expect(result.steps[0]!.drop).toBeCloseTo(0.7, 10);
    expect(result.steps[1]!.drop).toBeCloseTo(0.8667, 4);
  });

  it("has 0.5% overall conversion", () => {
    expect(result.overall).toBeCloseTo(0.005, 10);
  });

  it("says fix awareness → consideration first, with the gain in people", () => {
    expect(result.fixFirst).toMatchObject({ kind: "step", step: 1 });
    expect(result.steps[0]!.growth).toBeCloseTo(0.5 / 0.3, 10);
    expect(result.steps[0]!.gainPeople).toBeCloseTo(5 * (0.5 / 0.3 - 1), 10);
  });

  it("values the fix in money when prices are given", () => {
    const priced = analyze([1000, 300, 40, 12, 5], defaultTargets, {
      prices: { price: 50, value: 600 },
      money: { paid: 2, continuing: 3 },
    });
    expect(priced.revenue).toBe(40 * 50 + 12 * 600);
    expect(priced.fixFirst).toMatchObject({ kind: "step", step: 1 });
    expect(priced.steps[0]!.gainMoney).toBeCloseTo((40 * 50 + 12 * 600) * (0.5 / 0.3 - 1), 6);
  });
});

describe("edge cases from DESIGN.md", () => {
  it("a blocked step (rate 0 with people at its start) wins, the first from the top", () => {
    const result = analyze([1000, 300, 0, 0, 0]);
    expect(result.fixFirst).toMatchObject({ kind: "step", step: 2 });
    expect(result.steps[1]!.blocked).toBe(true);
    // 300 × the decision target reach decision; later steps have no rate, so they carry at their targets.
    const decisionTarget = defaultTargets[1]!;
    expect(result.steps[1]!.projected?.[2]).toBeCloseTo(300 * decisionTarget, 10);
    expect(result.steps[1]!.projected?.[4]).toBeCloseTo(
      300 * decisionTarget * defaultTargets[2]! * defaultTargets[3]!,
      10,
    );
  });

  it("ties go to the earlier step", () => {
    // Both steps are at half their target, so each would double the end of the journey.
    const result = analyze([1000, 250, 50, 20, 5], [0.5, 0.4, 0.4, 0.25]);
    expect(result.steps[0]!.growth).toBeCloseTo(2, 10);
    expect(result.steps[1]!.growth).toBeCloseTo(2, 10);
    expect(result.fixFirst).toMatchObject({ kind: "step", step: 1 });
  });

  it("when every step meets its target the answer is reach", () => {
    expect(analyze([1000, 600, 200, 100, 50], [0.5, 0.3, 0.5, 0.5]).fixFirst).toEqual({ kind: "reach" });
  });

  it("a later stage larger than an earlier one shows over 100%, is warned about and is not ranked", () => {
    const result = analyze([100, 150, 20, 10, 4]);
    expect(result.steps[0]!.rate).toBe(1.5);
    expect(result.steps[0]!.class).toBe("increasing");
    expect(result.steps[0]!.interval).toBeNull();
    expect(result.overallUntrusted).toBe(true);
    expect(result.steps[0]!.lost).toBe(0);
    expect(result.warnings).toContainEqual({ kind: "increasing", step: 1, from: 100, to: 150 });
    expect(result.fixFirst).toMatchObject({ kind: "step" });
    if (result.fixFirst.kind === "step") expect(result.fixFirst.step).not.toBe(1);
  });

  it("flags steps whose base is under 30 people as noisy", () => {
    const result = analyze([1000, 300, 40, 12, 5]);
    expect(result.warnings).toContainEqual({ kind: "small-sample", step: 4, base: 12 });
    expect(result.steps[2]!.smallSample).toBe(false);
  });

  it("all zeros is its own case, with no advice and no NaN", () => {
    const result = analyze([0, 0, 0, 0, 0]);
    expect(result.fixFirst).toEqual({ kind: "none", reason: "all-zero" });
    expect(result.warnings).toContainEqual({ kind: "all-zero" });
    expect(result.overall).toBeNull();
  });
});

describe("goal back-solve and what-if", () => {
  it("works out the people needed at awareness for N continuing clients", () => {
    const result = analyze([1000, 300, 40, 12, 5], defaultTargets, { goal: 24, money: { paid: 2, continuing: 3 } });
    // At current rates 12 continuing clients come from 1000 people, so 24 need 2000.
    expect(result.goal).toEqual({
      clients: 24,
      atCurrentRates: 2000,
      atTargetRates: Math.ceil(24 / (0.5 * 0.2 * 0.4)),
    });
  });

  it("says the goal can't be reached when a step converts nobody", () => {
    expect(
      analyze([1000, 300, 0, 0, 0], defaultTargets, { goal: 5, money: { paid: 2, continuing: 3 } }).goal
        ?.atCurrentRates,
    ).toBeNull();
  });

  it("a what-if rate flows through every count after its step", () => {
    const result = analyze([1000, 300, 40, 12, 5], defaultTargets, { whatIf: { step: 2, rate: 0.2 } });
    expect(result.whatIf?.counts[2]).toBeCloseTo(60, 10);
    expect(result.whatIf?.counts[4]).toBeCloseTo(5 * 1.5, 10);
  });
});

// Property tests over any counts a person could type.
const count = fc.integer({ min: 0, max: 1_000_000_000 });
const counts = fc.array(count, { minLength: 5, maxLength: 5 });
const target = fc.double({ min: 0.001, max: 1, noNaN: true });
const targets = fc.array(target, { minLength: 4, maxLength: 4 });

function everyNumber(analysis: FunnelAnalysis): number[] {
  const numbers: number[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "number") numbers.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(analysis);
  return numbers;
}

describe("properties", () => {
  it("never returns NaN, Infinity or a negative count", () => {
    fc.assert(
      fc.property(counts, targets, fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }), (n, t, goal) => {
        const result = analyzeFunnel({
          counts: n,
          targets: t,
          prices: { price: 80, value: 900 },
          money: { paid: 2, continuing: 3 },
          ...(goal ? { goal } : {}),
          whatIf: { step: 2, rate: 0.3 },
        });
        for (const value of everyNumber(result)) expect(Number.isFinite(value)).toBe(true);
        for (const step of result.steps) {
          expect(step.lost).toBeGreaterThanOrEqual(0);
          expect(step.from).toBeGreaterThanOrEqual(0);
        }
        for (const step of result.steps)
          if (step.gainPeople !== null) expect(step.gainPeople).toBeGreaterThanOrEqual(-1e-9);
      }),
      { numRuns: 500 },
    );
  });

  it("every rate shown is finite and never negative", () => {
    fc.assert(
      fc.property(counts, targets, (n, t) => {
        for (const step of analyzeFunnel({ counts: n, targets: t }).steps) {
          if (step.rate !== null) {
            expect(Number.isFinite(step.rate)).toBe(true);
            expect(step.rate).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("scaling every count by the same factor leaves the rates, and which steps are below target, unchanged", () => {
    const small = fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(small, targets, fc.integer({ min: 2, max: 5000 }), (n, t, factor) => {
        const before = analyzeFunnel({ counts: n, targets: t });
        const after = analyzeFunnel({ counts: n.map((c) => c * factor), targets: t });
        after.steps.forEach((step, i) => {
          const rate = before.steps[i]!.rate;
          if (rate === null) expect(step.rate).toBeNull();
          else expect(step.rate).toBeCloseTo(rate, 12);
        });
        const below = (a: FunnelAnalysis) =>
          a.steps.filter((s) => s.class === "clearly-below" || s.class === "may-be-below").map((s) => s.index);
        expect(below(after)).toEqual(below(before));
      }),
      { numRuns: 500 },
    );
  });
});
