// The fix-first funnel analysis (docs/fix-first.md). Pure: numbers in, numbers out.
// No DOM, no Alpine, no formatting; the page, the CSV and the build-time example all read this.
// It works for any number of stages: step i runs from stage i-1 into stage i.
import { wilsonInterval, type Interval } from "../stats/wilson.ts";
import type { RoleStages } from "./money-roles.ts";

/** Below this many people at a step's start, its rate is flagged as noisy. */
export const smallSampleThreshold = 30;
/** Rates, targets and values this close (relatively) count as equal, so float noise never decides. */
export const tolerance = 1e-9;

/** What a person is worth where money is earned (the stages are in FunnelInput.money). */
export interface Prices {
  /** The first payment, earned from each person who reaches the paid stage. */
  price?: number;
  /** A continuing client's whole worth, earned from each person who reaches the continuing stage. */
  value?: number;
}

export interface FunnelInput {
  /** People who reached each stage, n0…n(k-1): non-negative whole numbers. */
  counts: readonly number[];
  /** Target rate for each step into stages 1…k-1, each in (0, 1]. */
  targets: readonly number[];
  prices?: Prices;
  /** The stages holding the money roles (money-roles.ts); without them no price earns anything. */
  money?: RoleStages;
  /** Continuing clients wanted, for the goal back-solve. */
  goal?: number;
  /** Try one step at another rate and see every number downstream. */
  whatIf?: { step: number; rate: number };
}

/** How a step stands against its target, with the evidence (the five classes of docs/fix-first.md). */
export type StepClass = "clearly-below" | "may-be-below" | "on-target" | "increasing" | "no-base";

export interface StepResult {
  /** 1…k-1: the step from stage index-1 into stage index. */
  index: number;
  from: number;
  to: number;
  /** to / from, or null when nobody reached the step's start. Over 1 when counts increase. */
  rate: number | null;
  drop: number | null;
  /** People who reached the earlier stage but not this one (never negative). */
  lost: number;
  target: number;
  /** (target − rate) in percentage points: positive below target, negative above; null without a rate. */
  gapPoints: number | null;
  /** 95% Wilson interval of the rate; null for no-base and increasing steps. */
  interval: Interval | null;
  class: StepClass;
  /** Nobody moved on although people were there to move: rate 0 with from > 0. */
  blocked: boolean;
  smallSample: boolean;
  /** g = target / rate: how many times every later count grows if this step alone hits target. Null unless below target, and for a blocked step (its growth is unbounded: the ranking puts blocked steps first). */
  growth: number | null;
  /** Counts if this step converted at its target and every later step as now (at its target where its rate is undefined). */
  projected: number[] | null;
  /** More people at the last stage if this step hit its target. */
  gainPeople: number | null;
  /** More money if this step hit its target; null without prices. */
  gainMoney: number | null;
}

/** Which ranking key set the runner-up behind the answer. */
export type RankReason = "no-money" | "less-evidence" | "not-blocked" | "less-value" | "later";

export type FixFirst =
  | { kind: "step"; step: number; runnerUp: number | null; runnerUpReason: RankReason | null }
  | { kind: "reach" }
  | { kind: "none"; reason: "all-zero" | "no-awareness" | "increasing" };

export type Warning =
  | { kind: "small-sample"; step: number; base: number }
  | { kind: "increasing"; step: number; from: number; to: number }
  | { kind: "no-awareness"; laterCount: number }
  | { kind: "all-zero" };

export interface GoalResult {
  clients: number;
  /** People needed at the first stage at the current rates, or null if a step on the way converts nobody. */
  atCurrentRates: number | null;
  atTargetRates: number;
}

export interface WhatIfResult {
  step: number;
  rate: number;
  counts: number[];
  overall: number | null;
  revenue: number | null;
}

export interface FunnelAnalysis {
  steps: StepResult[];
  /** last / first, or null when the first count is 0. */
  overall: number | null;
  /** True when some step increases: the overall figure mixes periods and can't be trusted. */
  overallUntrusted: boolean;
  revenue: number | null;
  /** Whether money ranks the steps: some price above 0 was given. */
  rankedByMoney: boolean;
  fixFirst: FixFirst;
  warnings: Warning[];
  goal: GoalResult | null;
  whatIf: WhatIfResult | null;
}

const noMoneyStages: RoleStages = { paid: null, continuing: null };

/** Equal within a relative 1e-9 of the larger: how targets, values and growths are compared. */
export const nearlyEqual = (a: number, b: number): boolean =>
  a === b || Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));

/** Whether money ranks the steps: a price above 0 at a stage that holds its role. */
export const hasPrices = (prices: Prices | undefined, money: RoleStages): prices is Prices =>
  ((prices?.price ?? 0) > 0 && money.paid !== null) || ((prices?.value ?? 0) > 0 && money.continuing !== null);

/**
 * What one person at each stage earns: the price at the paid stage, the value at the continuing one.
 * One stage holding both roles earns the value (a continuing client's whole worth, first fee
 * included), or the price when no value is given: never both.
 */
export function worthPerPerson(stageCount: number, prices: Prices, money: RoleStages): number[] {
  return Array.from({ length: stageCount }, (_, stage) => {
    const paid = stage === money.paid;
    const continuing = stage === money.continuing;
    if (paid && continuing) return (prices.value ?? 0) > 0 ? (prices.value ?? 0) : (prices.price ?? 0);
    return paid ? (prices.price ?? 0) : continuing ? (prices.value ?? 0) : 0;
  });
}

/** Money earned from the people at the paid and continuing stages; null when no price was given. */
export function revenueOf(counts: readonly number[], prices?: Prices, money = noMoneyStages): number | null {
  if (!prices || (prices.price === undefined && prices.value === undefined)) return null;
  const worth = worthPerPerson(counts.length, prices, money);
  return counts.reduce((sum, count, stage) => sum + count * (worth[stage] ?? 0), 0);
}

/**
 * The stage whose people the words count as clients: the continuing stage, or the paid one where no
 * stage continues, or else the last. Never later than needed: a gain is not counted in referrals.
 */
export function clientStage(money: RoleStages, stageCount: number): number {
  return money.continuing ?? money.paid ?? stageCount - 1;
}

/** Counts if each step converted at the given rates, starting from the same n0. */
export function projectCounts(n0: number, rates: readonly number[]): number[] {
  const counts = [n0];
  for (const rate of rates) counts.push((counts[counts.length - 1] ?? 0) * rate);
  return counts;
}

/** On target when rate ≥ target, or equal within a relative 1e-9 (173 of 1,000 at a typed 17.3%). */
export function meetsTarget(rate: number, target: number): boolean {
  return rate >= target || Math.abs(rate - target) <= tolerance * target;
}

function classify(from: number, to: number, rate: number | null, target: number, interval: Interval | null): StepClass {
  if (rate === null) return "no-base";
  if (to > from) return "increasing";
  if (meetsTarget(rate, target)) return "on-target";
  return interval !== null && interval.high < target && !nearlyEqual(interval.high, target)
    ? "clearly-below"
    : "may-be-below";
}

/**
 * Counts if step `index` reached its target. A step with a rate multiplies every later count by
 * g = target / rate. A blocked step has no rate to scale, so its stage gets n(i-1) × target and each
 * later step carries on at its current rate (at its target where it has none). Either way no stage
 * ends with fewer people than it has now: a fix never takes away people already counted.
 */
function projectFix(
  counts: readonly number[],
  targets: readonly number[],
  index: number,
  growth: number | null,
): number[] {
  if (growth !== null) return counts.map((count, stage) => (stage >= index ? count * growth : count));
  const projected = counts.slice(0, index);
  projected.push((counts[index - 1] ?? 0) * (targets[index - 1] ?? 1));
  for (let stage = index + 1; stage < counts.length; stage += 1) {
    const from = counts[stage - 1] ?? 0;
    const rate = from > 0 ? (counts[stage] ?? 0) / from : (targets[stage - 1] ?? 1);
    projected.push((projected[stage - 1] ?? 0) * rate);
  }
  return projected.map((count, stage) => Math.max(count, counts[stage] ?? 0));
}

/** One step's result; exported so the switch point can re-run a single step without the rest. */
export function analyzeStep(input: FunnelInput, index: number): StepResult {
  const { counts, targets, prices } = input;
  const money = input.money ?? noMoneyStages;
  const from = counts[index - 1] ?? 0;
  const to = counts[index] ?? 0;
  const target = targets[index - 1] ?? 1;
  const rate = from > 0 ? to / from : null;
  const interval = rate !== null && to <= from ? wilsonInterval(to, from) : null;
  const stepClass = classify(from, to, rate, target, interval);
  const below = stepClass === "clearly-below" || stepClass === "may-be-below";
  const blocked = from > 0 && to === 0;
  const growth = below && rate !== null && !blocked ? target / rate : null;
  const projected = below ? projectFix(counts, targets, index, growth) : null;
  const last = counts.length - 1;
  const gainMoney =
    projected && hasPrices(prices, money)
      ? (revenueOf(projected, prices, money) ?? 0) - (revenueOf(counts, prices, money) ?? 0)
      : null;
  return {
    index,
    from,
    to,
    rate,
    drop: rate === null ? null : 1 - rate,
    lost: Math.max(0, from - to),
    target,
    gapPoints: rate === null ? null : (target - rate) * 100,
    interval,
    class: stepClass,
    blocked,
    smallSample: from > 0 && from < smallSampleThreshold,
    growth,
    projected,
    gainPeople: projected ? (projected[last] ?? 0) - (counts[last] ?? 0) : null,
    gainMoney,
  };
}

/**
 * The ranking of docs/fix-first.md, key by key. Returns a negative number when `a` ranks first, and which key
 * decided (so the card can say why the runner-up came second).
 */
export function compareSteps(a: StepResult, b: StepResult, byMoney: boolean): { order: number; reason: RankReason } {
  if (byMoney) {
    const aMoney = (a.gainMoney ?? 0) > 0;
    const bMoney = (b.gainMoney ?? 0) > 0;
    if (aMoney !== bMoney) return { order: aMoney ? -1 : 1, reason: "no-money" };
  }
  const aClear = a.class === "clearly-below";
  const bClear = b.class === "clearly-below";
  if (aClear !== bClear) return { order: aClear ? -1 : 1, reason: "less-evidence" };
  if (a.blocked !== b.blocked) return { order: a.blocked ? -1 : 1, reason: "not-blocked" };
  if (a.blocked && b.blocked) return { order: a.index - b.index, reason: "later" };
  if (byMoney) {
    const am = a.gainMoney ?? 0;
    const bm = b.gainMoney ?? 0;
    if (!nearlyEqual(am, bm)) return { order: bm - am, reason: "less-value" };
  }
  const ag = a.growth ?? 0;
  const bg = b.growth ?? 0;
  if (!nearlyEqual(ag, bg)) return { order: bg > ag ? 1 : -1, reason: "less-value" };
  return { order: a.index - b.index, reason: "later" };
}

function chooseFixFirst(steps: StepResult[], counts: readonly number[], byMoney: boolean): FixFirst {
  if (counts.every((count) => count === 0)) return { kind: "none", reason: "all-zero" };
  if ((counts[0] ?? 0) === 0) return { kind: "none", reason: "no-awareness" };
  const ranked = steps
    .filter((step) => step.class === "clearly-below" || step.class === "may-be-below")
    .sort((a, b) => compareSteps(a, b, byMoney).order);
  const [first, second] = ranked;
  if (first)
    return {
      kind: "step",
      step: first.index,
      runnerUp: second?.index ?? null,
      runnerUpReason: second ? compareSteps(first, second, byMoney).reason : null,
    };
  if (steps.some((step) => step.class === "increasing")) return { kind: "none", reason: "increasing" };
  return { kind: "reach" };
}

function backSolveGoal(clients: number, steps: StepResult[], targets: readonly number[], stage: number): GoalResult {
  // The goal is clients at one stage (clientStage), so the steps up to it lead there.
  const leading = steps.slice(0, stage);
  const currentProduct = leading.reduce((product, step) => product * Math.min(step.rate ?? 0, 1), 1);
  const targetProduct = targets.slice(0, stage).reduce((product, target) => product * target, 1);
  return {
    clients,
    atCurrentRates: currentProduct > 0 ? Math.ceil(clients / currentProduct - 1e-9) : null,
    atTargetRates: Math.ceil(clients / targetProduct - 1e-9),
  };
}

function whatIfOf(input: FunnelInput, steps: StepResult[], whatIf: { step: number; rate: number }): WhatIfResult {
  const rates = steps.map((step) => (step.index === whatIf.step ? whatIf.rate : Math.min(step.rate ?? 0, 1)));
  const projected = projectCounts(input.counts[0] ?? 0, rates);
  const n0 = projected[0] ?? 0;
  return {
    step: whatIf.step,
    rate: whatIf.rate,
    counts: projected,
    overall: n0 > 0 ? (projected[projected.length - 1] ?? 0) / n0 : null,
    revenue: revenueOf(projected, input.prices, input.money),
  };
}

/** The one entry point: every number the calculator shows. */
export function analyzeFunnel(input: FunnelInput): FunnelAnalysis {
  const { counts, prices } = input;
  const steps = counts.slice(1).map((_, i) => analyzeStep(input, i + 1));
  const warnings: Warning[] = [];
  const n0 = counts[0] ?? 0;
  if (counts.every((count) => count === 0)) warnings.push({ kind: "all-zero" });
  else if (n0 === 0) warnings.push({ kind: "no-awareness", laterCount: Math.max(...counts.slice(1)) });
  for (const step of steps) {
    if (step.class === "increasing")
      warnings.push({ kind: "increasing", step: step.index, from: step.from, to: step.to });
    else if (step.smallSample) warnings.push({ kind: "small-sample", step: step.index, base: step.from });
  }
  const money = input.money ?? noMoneyStages;
  const rankedByMoney = hasPrices(prices, money);
  return {
    steps,
    overall: n0 > 0 ? (counts[counts.length - 1] ?? 0) / n0 : null,
    overallUntrusted: steps.some((step) => step.class === "increasing"),
    revenue: revenueOf(counts, prices, money),
    rankedByMoney,
    fixFirst: chooseFixFirst(steps, counts, rankedByMoney),
    warnings,
    goal:
      input.goal !== undefined && input.goal > 0
        ? backSolveGoal(input.goal, steps, input.targets, clientStage(money, counts.length))
        : null,
    whatIf: input.whatIf ? whatIfOf(input, steps, input.whatIf) : null,
  };
}
