// The fix-first method v2 (DESIGN.md): evidence from Wilson intervals, a ranking that follows the
// money, blocked steps, the runner-up, and the cases with no answer.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeFunnel, meetsTarget } from "../../src/funnel/funnel.ts";
import { parseTargetPercent } from "../../src/funnel/funnel-input.ts";

const even = [0.5, 0.5, 0.5, 0.5];
/** The default roles: the first payment at stage 2, continuing clients at stage 3. */
const defaultMoney = { paid: 2, continuing: 3 };
const analyze = (counts: number[], targets = even, prices?: { price?: number; value?: number }) =>
  analyzeFunnel({ counts, targets, money: defaultMoney, ...(prices ? { prices } : {}) });

describe("exact targets", () => {
  it("173 of 1,000 at a typed 17.3% is on target, not below", () => {
    const target = parseTargetPercent("17.3");
    if (!target.ok) throw new Error("17.3 should parse");
    expect(analyze([1000, 173, 100, 50, 25], [target.value, 0.5, 0.5, 0.5]).steps[0]!.class).toBe("on-target");
  });

  it("every one-decimal target is met by exactly that rate, and missed by one person fewer", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (tenths) => {
        const target = parseTargetPercent((tenths / 10).toFixed(1));
        if (!target.ok) throw new Error("a one-decimal target must parse");
        expect(meetsTarget(tenths / 1000, target.value)).toBe(true);
        expect(meetsTarget((tenths - 1) / 1000, target.value)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("evidence", () => {
  it("is clearly below when the whole 95% interval is under the target", () => {
    const step = analyze([1000, 300, 150, 75, 40]).steps[0]!;
    expect(step.interval?.low).toBeCloseTo(0.2724, 4);
    expect(step.interval?.high).toBeCloseTo(0.3291, 4);
    expect(step.class).toBe("clearly-below");
  });

  it("may be below when the target lies inside the interval", () => {
    expect(analyze([10, 3, 3, 3, 3]).steps[0]!.class).toBe("may-be-below");
  });

  it("prefers a clearly-below step to a may-be one with more to gain, and says why the other came second", () => {
    const result = analyze([1000, 450, 90, 40, 16], [0.5, 0.2, 0.5, 0.4]);
    expect(result.steps.map((s) => s.class)).toEqual(["clearly-below", "on-target", "may-be-below", "on-target"]);
    expect(result.steps[2]!.growth).toBeGreaterThan(result.steps[0]!.growth ?? Infinity);
    expect(result.fixFirst).toEqual({ kind: "step", step: 1, runnerUp: 3, runnerUpReason: "less-evidence" });
  });

  it("increasing and no-base steps get no interval and are never ranked", () => {
    const result = analyze([100, 150, 0, 0, 0]);
    expect(result.steps.map((s) => s.class)).toEqual(["increasing", "clearly-below", "no-base", "no-base"]);
    expect(result.steps[0]!.interval).toBeNull();
    expect(result.fixFirst).toMatchObject({ kind: "step", step: 2, runnerUp: null });
  });
});

describe("ranking by money", () => {
  // Steps 1–2 meet target; step 3 (into retention) may be below; step 4 (into advocacy) is clearly below.
  const counts = [1000, 600, 300, 140, 1];

  it("without prices, follows the evidence, then growth at the end of the journey", () => {
    expect(analyze(counts).fixFirst).toMatchObject({
      kind: "step",
      step: 4,
      runnerUp: 3,
      runnerUpReason: "less-evidence",
    });
  });

  it("with prices, a fix worth money beats one worth none, even with weaker evidence", () => {
    const result = analyze(counts, even, { price: 100, value: 500 });
    expect(result.steps[3]!.gainMoney).toBe(0); // advocacy comes after the last priced stage
    expect(result.steps[2]!.gainMoney).toBeCloseTo((300 * 0.5 - 140) * 500, 6);
    expect(result.fixFirst).toMatchObject({ kind: "step", step: 3, runnerUp: 4, runnerUpReason: "no-money" });
  });

  it("between two steps that add money, the one that adds more", () => {
    // Both multiply every priced stage; step 2 is further below its target (×2.25 against ×1.67), so it adds more.
    const result = analyze([1000, 300, 40, 12, 5], [0.5, 0.3, 0.3, 0.4], { price: 90, value: 900 });
    const [first, second] = [result.steps[0]!, result.steps[1]!];
    expect(first.gainMoney).toBeCloseTo((40 * 90 + 12 * 900) * (0.5 / 0.3 - 1), 6);
    expect(second.gainMoney).toBeCloseTo((40 * 90 + 12 * 900) * (0.3 / (40 / 300) - 1), 6);
    expect(result.fixFirst).toMatchObject({ kind: "step", step: 2, runnerUp: 1, runnerUpReason: "less-value" });
  });

  it("a price of zero ranks as no prices", () => {
    expect(analyze(counts, even, { price: 0 }).rankedByMoney).toBe(false);
  });
});

describe("blocked steps", () => {
  it("come first among equally sure steps, and value the fix from the stage before at target", () => {
    const result = analyze([1000, 300, 0, 0, 0], even, { price: 100, value: 1000 });
    expect(result.fixFirst).toMatchObject({ kind: "step", step: 2, runnerUp: 1 });
    expect(result.steps[1]!.projected).toEqual([1000, 300, 150, 75, 37.5]);
    expect(result.steps[1]!.gainMoney).toBeCloseTo(150 * 100 + 75 * 1000, 6);
  });
});

describe("no answer", () => {
  it("awareness 0 with people later", () => {
    const result = analyze([0, 300, 40, 12, 5]);
    expect(result.fixFirst).toEqual({ kind: "none", reason: "no-awareness" });
    expect(result.warnings).toContainEqual({ kind: "no-awareness", laterCount: 300 });
  });

  it("every step increasing: the counts mix periods, so the journey is never called healthy", () => {
    const result = analyze([100, 200, 300, 400, 500]);
    expect(result.fixFirst).toEqual({ kind: "none", reason: "increasing" });
    expect(result.overallUntrusted).toBe(true);
  });

  it("on target everywhere but one step increasing is no answer either, not reach", () => {
    expect(analyze([100, 60, 70, 40, 20]).fixFirst).toEqual({ kind: "none", reason: "increasing" });
  });

  it("reach only when every step has a base, none increases and all meet target", () => {
    expect(analyze([100, 60, 30, 20, 10]).fixFirst).toEqual({ kind: "reach" });
  });
});

describe("any number of stages", () => {
  it("works for three and for eight stages", () => {
    expect(analyzeFunnel({ counts: [100, 30, 10], targets: [0.5, 0.5] }).steps).toHaveLength(2);
    const eight = analyzeFunnel({ counts: [1000, 800, 600, 400, 300, 200, 100, 10], targets: Array(7).fill(0.6) });
    expect(eight.steps).toHaveLength(7);
    expect(eight.overall).toBeCloseTo(0.01, 10);
    expect(eight.fixFirst).toMatchObject({ kind: "step", step: 7 });
  });
});
