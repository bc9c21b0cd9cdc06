// The switch point (docs/fix-first.md): its worked check, its blocked-step example, and the two
// properties that define it (at the switch point the step is still the answer; a tenth below, not).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeFunnel, type FunnelInput } from "../../src/funnel/funnel.ts";
import { switchPoint } from "../../src/calculator/switch-point.ts";

const defaults = [0.5, 0.2, 0.4, 0.25];
const pointOf = (input: FunnelInput) => switchPoint(input, analyzeFunnel(input));
const answerWith = (input: FunnelInput, step: number, target: number) =>
  analyzeFunnel({ ...input, targets: input.targets.map((t, i) => (i === step - 1 ? target : t)) }).fixFirst;

describe("switch point", () => {
  it("the method's worked check: 2400/180/22/9/3 at the default targets switches at 12.3% to step 2", () => {
    const input = { counts: [2400, 180, 22, 9, 3], targets: defaults };
    expect(analyzeFunnel(input).fixFirst).toMatchObject({ kind: "step", step: 1 });
    const point = pointOf(input);
    expect(point?.below).toBeCloseTo(0.123, 9);
    expect(point?.to).toBe(2);
  });

  it("a blocked step switches once its evidence weakens: 1000/300/40/12/0 at 24.3%, to step 1", () => {
    const input = { counts: [1000, 300, 40, 12, 0], targets: defaults };
    expect(analyzeFunnel(input).fixFirst).toMatchObject({ kind: "step", step: 4 });
    const point = pointOf(input);
    expect(point?.below).toBeCloseTo(0.243, 9);
    expect(point?.to).toBe(1);
  });

  it("switches to reach when the answer is the only step below target", () => {
    const input = { counts: [1000, 300, 100, 50, 20], targets: defaults };
    const point = pointOf(input);
    expect(analyzeFunnel(input).fixFirst).toMatchObject({ kind: "step", step: 1, runnerUp: null });
    // 300 of 1000 is 30%: at a 30.1% target it is still below; at 30.0% it is on target.
    expect(point).toEqual({ below: expect.closeTo(0.301, 9), to: "reach" });
  });

  it("has none when the step is still the answer at 0.1%", () => {
    // Nobody moves on from 5,000 people: even a 0.1% target is clearly missed.
    expect(pointOf({ counts: [5000, 0, 0, 0, 0], targets: defaults })).toBeNull();
  });

  it("has none when the answer is not a step", () => {
    expect(pointOf({ counts: [1000, 600, 300, 150, 50], targets: defaults })).toBeNull();
  });

  const funnels = fc
    .tuple(
      fc.integer({ min: 1, max: 5000 }),
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
      fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 4, maxLength: 4 }),
      fc.boolean(),
    )
    .map(([n0, shares, tenths, priced]): FunnelInput => {
      const counts = [n0];
      for (const share of shares) counts.push(Math.floor((counts[counts.length - 1] ?? 0) * share));
      return {
        counts,
        targets: tenths.map((t) => t / 1000),
        ...(priced ? { prices: { price: 90, value: 900 }, money: { paid: 2, continuing: 3 } } : {}),
      };
    });

  it("at the switch point the step is still the answer; a tenth of a point below it, the named answer wins", () => {
    fc.assert(
      fc.property(funnels, (input) => {
        const answer = analyzeFunnel(input).fixFirst;
        const point = pointOf(input);
        if (answer.kind !== "step") {
          expect(point).toBeNull();
          return;
        }
        if (point === null) {
          expect(answerWith(input, answer.step, 0.001)).toMatchObject({ step: answer.step });
          return;
        }
        expect(answerWith(input, answer.step, point.below)).toMatchObject({ kind: "step", step: answer.step });
        const below = answerWith(input, answer.step, point.below - 0.001);
        expect(below.kind === "step" ? below.step : below.kind).toBe(point.to);
        expect(point.to).not.toBe(answer.step);
      }),
      { numRuns: 500 },
    );
  });

  it("every grid target between the switch point and the current target keeps the step as the answer", () => {
    fc.assert(
      fc.property(funnels, (input) => {
        const answer = analyzeFunnel(input).fixFirst;
        const point = pointOf(input);
        if (answer.kind !== "step" || point === null) return;
        const top = Math.floor(input.targets[answer.step - 1]! * 1000 + 1e-9);
        for (let tenths = Math.round(point.below * 1000); tenths <= top; tenths += 7)
          expect(answerWith(input, answer.step, tenths / 1000)).toMatchObject({ step: answer.step });
      }),
      { numRuns: 200 },
    );
  });
});
