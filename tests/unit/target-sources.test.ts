// Where a target comes from (docs/fix-first.md): the source beside each target, the card that says first
// when the answer rests on an assumption with its switch point, and the best saved rates.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildView } from "../../src/calculator/calculator-view.ts";
import { bestSavedRates, targetOrigins, withBestRates } from "../../src/calculator/target-sources.ts";
import { defaultTargetPercents, emptyState, type CalculatorState } from "../../src/funnel/url-state.ts";
import stages from "../../_data/stages.json" with { type: "json" };

const ids = stages.map((stage) => stage.id);
const therapist = ["Saw my Instagram posts", "Visited my website", "Booked a free consultation", "Became a client", ""];
const state = (extra: Partial<CalculatorState> = {}): CalculatorState => ({
  ...emptyState(ids, defaultTargetPercents(stages)),
  counts: ["2400", "180", "22", "9", "3"],
  labels: therapist,
  ...extra,
});

describe("target origins", () => {
  it("a saved period wins, then the default is the assumption, and anything else is the coach's own", () => {
    expect(targetOrigins([0.5, 0.12, 0.4], [0.5, 0.2, 0.4], ["", "", "March"])).toEqual([
      { source: "assumed", period: "" },
      { source: "yours", period: "" },
      { source: "history", period: "March" },
    ]);
  });

  it("shows the source beside each target in the table", () => {
    const view = buildView(
      state({ targets: ["5", "20", "45", "25"], targetPeriods: { retention: "March 2026" } }),
      stages,
    );
    expect(view.rows.map((row) => row.targetText)).toEqual([
      "5.0% (yours)",
      "20.0% (assumed)",
      "45.0% (best saved: “March 2026”)",
      "25.0% (assumed)",
    ]);
  });
});

describe("the answer says what it rests on", () => {
  it("the therapist's month: the card leads with the 50% assumption and its switch point at 12.3%", () => {
    const card = buildView(state(), stages).fixFirst!;
    expect(card.step).toBe("1");
    expect(card.targetSource).toBe("assumed");
    expect(card.basis).toBe(
      "This answer rests on a 50% starting assumption, not on your own numbers. If a good rate here is below 12.3% for you, fix Visited my website → Booked a free consultation first.",
    );
    expect(card.switchBelow).toBe("12.3");
    expect(card.switchTo).toBe("2");
    expect(card.gain).toMatch(/^Reaching the assumed target would bring/);
  });

  it("with her own target for that step, the card does not call it an assumption but keeps the switch point", () => {
    const card = buildView(state({ targets: ["30", "20", "40", "25"] }), stages).fixFirst!;
    expect(card.targetSource).toBe("yours");
    expect(card.basis).toBe("");
    expect(card.switchBelow).toBe("12.3");
    expect(card.switchText).toContain("This answer holds while your target here is 12.3% or more.");
    expect(card.gain).toMatch(/^Reaching the target would bring/);
  });

  it("a target low enough moves the answer to the next step", () => {
    const card = buildView(state({ targets: ["5", "20", "40", "25"] }), stages).fixFirst!;
    expect(card.step).toBe("2");
    expect(card.basis).toMatch(/^This answer rests on a 20% starting assumption/);
  });

  it("the blocked-step example switches to step 1, and the hooks say so", () => {
    const card = buildView(
      state({ counts: ["1000", "300", "40", "12", "0"], labels: ids.map(() => "") }),
      stages,
    ).fixFirst!;
    expect([card.step, card.switchBelow, card.switchTo]).toEqual(["4", "24.3", "1"]);
  });

  it("no switch point: no hooks, and an assumed answer says it holds at any target", () => {
    const card = buildView(state({ counts: ["5000", "0", "0", "0", "0"] }), stages).fixFirst!;
    expect([card.switchBelow, card.switchTo]).toEqual(["", ""]);
    expect(card.basis).toContain("It would stay the answer at any target here, down to 0.1%.");
  });
});

describe("best saved rates", () => {
  const month = (name: string, counts: number[]) => ({ name, counts });

  it("takes each step's best rate over the periods with at least 30 people at its start, rounded down", () => {
    const best = bestSavedRates(
      [
        month("January", [2000, 150, 20, 8, 2]),
        month("February", [2400, 180, 29, 9, 3]),
        month("March", [1000, 173, 40, 29, 9]),
      ],
      4,
    );
    expect(best).toEqual([
      { percent: "17.3", period: "March" }, // 173 of 1,000 is exactly 17.3%
      { percent: "23.1", period: "March" }, // 40 of 173 is 23.12%: down, not up
      { percent: "72.5", period: "March" }, // only March has 30+ at its start (40)
      null, // nobody has 30 people at this step's start
    ]);
  });

  it("skips a period whose count rises at that step, and a rate of nobody", () => {
    expect(bestSavedRates([month("Mixed", [100, 120, 0, 0, 0]), month("Flat", [100, 0, 0, 0, 0])], 4)[0]).toBeNull();
  });

  it("is never above any qualifying period's rate by more than rounding, and never below the best by a tenth", () => {
    const periods = fc.array(
      fc
        .array(fc.integer({ min: 0, max: 5000 }), { minLength: 5, maxLength: 5 })
        .map((counts) => ({ name: "P", counts })),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(periods, (list) => {
        bestSavedRates(list, 4).forEach((best, i) => {
          const rates = list
            .filter((p) => p.counts[i]! >= 30 && p.counts[i + 1]! <= p.counts[i]!)
            .map((p) => p.counts[i + 1]! / p.counts[i]!);
          const top = Math.max(0, ...rates);
          if (best === null) return expect(top).toBeLessThan(0.001);
          const value = Number(best.percent) / 100;
          expect(value).toBeLessThanOrEqual(top + 1e-12);
          expect(top - value).toBeLessThan(0.001);
        });
      }),
    );
  });

  it("sets each step with a best rate, marks its period by stage id, keeps the rest, and says what it did", () => {
    const before = state({ targets: ["50", "20", "40", "25"] });
    const { state: after, status } = withBestRates(
      before,
      [{ percent: "18", period: "March" }, null, { percent: "41.2", period: "April" }, null],
      ids,
    );
    expect(after.targets).toEqual(["18", "20", "41.2", "25"]);
    expect(after.targetPeriods).toEqual({ consideration: "March", retention: "April" });
    expect(before.targets).toEqual(["50", "20", "40", "25"]); // a fresh object: the old state is the Undo
    expect(status).toBe("Set 2 targets from your best saved rates (“March”, “April”). You can still edit each one.");
    expect(withBestRates(before, [null, null, null, null], ids).status).toMatch(/^No saved period has 30/);
  });
});
