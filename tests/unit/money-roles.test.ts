// Money where it is earned: the roles come from stages.json (at most one stage each), the coach can move
// them, and every figure matches a hand calculation. The therapist's month: 2,400 saw her posts, 180
// visited her site, 22 booked a free consultation, 9 became clients, 3 referred someone.
import { describe, expect, it } from "vitest";
import stages from "../../_data/stages.json" with { type: "json" };
import { stageListSchema } from "../../src/content/stage-schema.ts";
import { analyzeFunnel, revenueOf } from "../../src/funnel/funnel.ts";
import { parseClientValue } from "../../src/funnel/funnel-input.ts";
import { continuingClientValue, defaultRoleIds, roleStages } from "../../src/funnel/money-roles.ts";
import { calculatorDefaults, type CalculatorState } from "../../src/funnel/url-state.ts";
import { buildView } from "../../src/calculator/calculator-view.ts";
import { buildExtras } from "../../src/calculator/calculator-extras.ts";
import { resultsCsv } from "../../src/calculator/csv.ts";

const ids = stages.map((stage) => stage.id);
const counts = [2400, 180, 22, 9, 3];
const targets = [0.5, 0.2, 0.4, 0.25];
const atDefaults = roleStages(ids, { paid: "decision", continuing: "retention" });
const freeConsultation = roleStages(ids, { paid: "retention", continuing: "retention" });

describe("the roles", () => {
  it("come from stages.json: the first payment at decision, continuing clients at retention", () => {
    expect(defaultRoleIds(stages)).toEqual({ paid: "decision", continuing: "retention" });
    expect(atDefaults).toEqual({ paid: 2, continuing: 3 });
    expect(calculatorDefaults(stages)).toMatchObject({ paid: "decision", continuing: "retention" });
  });

  it("follow the stage, not the position: a stage added before retention moves nothing", () => {
    const withOnboarding = [...ids.slice(0, 3), "onboarding", ...ids.slice(3)];
    expect(roleStages(withOnboarding, defaultRoleIds(stages))).toEqual({ paid: 2, continuing: 4 });
    expect(roleStages(ids, { paid: "onboarding", continuing: "" })).toEqual({ paid: null, continuing: null });
  });

  it("are held by at most one stage each, checked by the stage schema", () => {
    const twice: Record<string, unknown>[] = structuredClone(stages);
    twice[1] = { ...twice[1], moneyRoles: ["first-payment"] };
    const result = stageListSchema.safeParse(twice);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["2.moneyRoles"]);
    const unknown: Record<string, unknown>[] = structuredClone(stages);
    unknown[1] = { ...unknown[1], moneyRoles: ["referral"] };
    expect(stageListSchema.safeParse(unknown).success).toBe(false);
  });
});

describe("the money, by hand", () => {
  it("a continuing client's value is the fee times the sessions or months", () => {
    expect(continuingClientValue(90, 10)).toBe(900);
    expect(parseClientValue("£90 × 10 sessions")).toEqual({ ok: true, value: 900 });
    expect(parseClientValue("250 x 6 months")).toEqual({ ok: true, value: 1500 });
    expect(parseClientValue("900")).toEqual({ ok: true, value: 900 });
    expect(parseClientValue("$90 x 10", "GBP").ok).toBe(false);
  });

  it("at the default roles: 22 × £90 + 9 × £900", () => {
    expect(revenueOf(counts, { price: 90, value: 900 }, atDefaults)).toBe(22 * 90 + 9 * 900);
  });

  it("one stage holding both roles earns the value (first fee included), or the price without one: never both", () => {
    expect(revenueOf(counts, { price: 90, value: 900 }, freeConsultation)).toBe(9 * 900);
    expect(revenueOf(counts, { price: 90 }, freeConsultation)).toBe(9 * 90);
  });

  it("the consultation marked free: fixing step 1 is worth (9 × 0.5/0.075 − 9) × £900", () => {
    const analysis = analyzeFunnel({ counts, targets, prices: { price: 90, value: 900 }, money: freeConsultation });
    const step1 = analysis.steps[0]!;
    expect(step1.gainMoney).toBeCloseTo((9 * (0.5 / 0.075) - 9) * 900, 6); // 45,900
    expect(analysis.steps[1]!.gainMoney).toBeCloseTo((9 * (0.2 / (22 / 180)) - 9) * 900, 6); // 5,154.5
    expect(analysis.revenue).toBe(8100);
    expect(analysis.fixFirst).toMatchObject({ kind: "step", step: 1, runnerUp: 2 });
  });
});

describe("the words credit the stage that earns the money", () => {
  const state = (extra: Partial<CalculatorState>): CalculatorState => ({
    ...calculatorDefaults(stages),
    counts: counts.map(String),
    ...extra,
  });

  it("a price at the paid stage: about 125 more paying clients, worth about £11,220", () => {
    const view = buildView(state({ price: "90" }), stages);
    // 22 × 0.5 / 0.075 = 146.7, so 124.7 more paying at £90 = £11,220.
    expect(view.fixFirst?.gain).toBe(
      "Reaching the assumed target would bring about 125 more paying clients to “Decision” (22 now) and about 51 more " +
        "continuing clients to “Retention” (9 now), worth about £11,220 more, if nothing else changes.",
    );
    expect(view.revenueText).toBe("£1,980");
  });

  it("the consultation free, fee £90 × 10 sessions: every figure on the page, the CSV and the print agree", () => {
    const view = buildView(state({ paid: "retention", price: "90", value: "90 × 10" }), stages);
    expect(view.fixFirst?.gain).toBe(
      "Reaching the assumed target would bring about 51 more continuing clients to “Retention” (9 now), worth about £45,900 more, if nothing else changes.",
    );
    expect(view.revenueText).toBe("£8,100");
    expect(resultsCsv(view)).toContain("\r\nRevenue,8100\r\n");
    expect(buildExtras(view).assumptions).toEqual(
      expect.arrayContaining([
        "Price of the first payment (Retention): £90",
        "Value of a continuing client (Retention): £900",
      ]),
    );
  });

  it("without prices, the gain is counted in continuing clients, never in referrals", () => {
    const gain = buildView(state({ counts: ["2400", "180", "22", "9", "0"] }), stages).fixFirst?.gain;
    expect(gain).toBe(
      "Reaching the assumed target would bring about 51 more continuing clients to “Retention” (9 now), if nothing else changes.",
    );
    const noContinuing = buildView(state({ continuing: "" }), stages).fixFirst?.gain;
    expect(noContinuing).toContain("about 125 more paying clients to “Decision” (22 now)");
  });
});
