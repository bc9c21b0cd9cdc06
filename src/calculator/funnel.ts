// The fix-first funnel analysis (DESIGN.md, "Fix-first method"). Pure: numbers in, numbers out.
// No DOM, no Alpine, no formatting; the page, the CSV and the build-time example all read this.

/** Below this many people at a step's start, its rate is flagged as noisy. */
export const smallSampleThreshold = 30;
/** Growth factors this close count as a tie, so float noise never reorders equal steps. */
const tieTolerance = 1e-9;

export interface Prices {
  /** Price of the first paid step, earned from each person who reaches decision. */
  decision?: number;
  /** Value of a continuing client, earned from each person who reaches retention. */
  retention?: number;
}

export interface FunnelInput {
  /** People who reached each of the five stages, n0…n4: non-negative whole numbers. */
  counts: readonly number[];
  /** Target rate for each step into stages 1…4, t1…t4, each in (0, 1]. */
  targets: readonly number[];
  prices?: Prices;
  /** Continuing clients wanted, for the goal back-solve. */
  goal?: number;
  /** Try one step at another rate and see every number downstream. */
  whatIf?: { step: number; rate: number };
}

export interface StepResult {
  /** 1…4: the step from stage index-1 into stage index. */
  index: number;
  from: number;
  to: number;
  /** to / from, or null when nobody reached the step's start. Over 1 when counts increase. */
  rate: number | null;
  drop: number | null;
  /** People who reached the earlier stage but not this one (never negative). */
  lost: number;
  target: number;
  /** target − rate: how far below target (negative when above). */
  gap: number | null;
  belowTarget: boolean;
  /** Nobody moved on although people were there to move: rate 0 with from > 0. */
  blocked: boolean;
  /** More people at this stage than the one before: mixed periods, so left out of the ranking. */
  increasing: boolean;
  smallSample: boolean;
  /** target / rate: how many times the end of the journey grows if this step alone hits target. */
  growth: number | null;
  gainPeople: number | null;
  gainMoney: number | null;
}

export type FixFirst =
  | { kind: "blocked"; step: number; gainPeople: number; gainMoney: number | null }
  | { kind: "step"; step: number; growth: number; gainPeople: number; gainMoney: number | null }
  | { kind: "reach" }
  | { kind: "no-data" };

export type Warning =
  | { kind: "small-sample"; step: number; base: number }
  | { kind: "increasing"; step: number; from: number; to: number }
  | { kind: "all-zero" };

export interface GoalResult {
  clients: number;
  /** People needed at awareness at the current rates, or null if a step on the way converts nobody. */
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
  /** n4 / n0, or null when n0 is 0. */
  overall: number | null;
  revenue: number | null;
  fixFirst: FixFirst;
  warnings: Warning[];
  goal: GoalResult | null;
  whatIf: WhatIfResult | null;
}

const hasPrices = (prices?: Prices): prices is Prices =>
  prices !== undefined && (prices.decision !== undefined || prices.retention !== undefined);

/** Money earned from people reaching decision (stage 2) and retention (stage 3). */
export function revenueOf(counts: readonly number[], prices?: Prices): number | null {
  if (!hasPrices(prices)) return null;
  return (counts[2] ?? 0) * (prices.decision ?? 0) + (counts[3] ?? 0) * (prices.retention ?? 0);
}

/** Counts if each step converted at the given rates, starting from the same n0. */
export function projectCounts(n0: number, rates: readonly number[]): number[] {
  const counts = [n0];
  for (const rate of rates) counts.push((counts[counts.length - 1] ?? 0) * rate);
  return counts;
}

/** Money gained if every count from stage `step` onwards grew by `factor`. */
function moneyGain(counts: readonly number[], prices: Prices | undefined, step: number, factor: number): number | null {
  if (!hasPrices(prices)) return null;
  const grown = counts.map((count, stage) => (stage >= step ? count * factor : count));
  return (revenueOf(grown, prices) ?? 0) - (revenueOf(counts, prices) ?? 0);
}

function analyzeStep(counts: readonly number[], targets: readonly number[], prices: Prices | undefined, index: number): StepResult {
  const from = counts[index - 1] ?? 0;
  const to = counts[index] ?? 0;
  const target = targets[index - 1] ?? 1;
  const rate = from > 0 ? to / from : null;
  const increasing = to > from;
  const blocked = from > 0 && to === 0;
  const belowTarget = rate !== null && rate < target;
  const rankable = belowTarget && !increasing && !blocked && rate !== null;
  const growth = rankable ? target / rate : null;
  const end = counts[counts.length - 1] ?? 0;
  return {
    index,
    from,
    to,
    rate,
    drop: rate === null ? null : 1 - rate,
    lost: Math.max(0, from - to),
    target,
    gap: rate === null ? null : target - rate,
    belowTarget,
    blocked,
    increasing,
    smallSample: from > 0 && from < smallSampleThreshold,
    growth,
    gainPeople: growth === null ? null : end * (growth - 1),
    gainMoney: growth === null ? null : moneyGain(counts, prices, index, growth),
  };
}

/** DESIGN.md's rule: the first blocked step wins; else the largest target/rate; ties go to the earlier step. */
function chooseFixFirst(steps: StepResult[], counts: readonly number[], prices: Prices | undefined): FixFirst {
  if (counts.every((count) => count === 0)) return { kind: "no-data" };
  const blocked = steps.find((step) => step.blocked);
  if (blocked) {
    // Nobody reaches this stage, so growth is unbounded; say instead how many would reach it at target.
    const reached = blocked.from * blocked.target;
    const projected = counts.map((count, stage) => (stage === blocked.index ? reached : count));
    return { kind: "blocked", step: blocked.index, gainPeople: reached, gainMoney: hasPrices(prices) ? (revenueOf(projected, prices) ?? 0) - (revenueOf(counts, prices) ?? 0) : null };
  }
  let best: StepResult | undefined;
  for (const step of steps) {
    if (step.growth === null) continue;
    if (!best || step.growth > (best.growth ?? 0) * (1 + tieTolerance)) best = step;
  }
  if (!best || best.growth === null) return counts[0] === 0 ? { kind: "no-data" } : { kind: "reach" };
  return { kind: "step", step: best.index, growth: best.growth, gainPeople: best.gainPeople ?? 0, gainMoney: best.gainMoney };
}

function backSolveGoal(clients: number, steps: StepResult[], targets: readonly number[]): GoalResult {
  // The goal is continuing clients (retention, stage 3), so steps 1–3 lead there.
  const leading = steps.slice(0, 3);
  const currentProduct = leading.reduce((product, step) => product * Math.min(step.rate ?? 0, 1), 1);
  const targetProduct = targets.slice(0, 3).reduce((product, target) => product * target, 1);
  return {
    clients,
    atCurrentRates: currentProduct > 0 ? Math.ceil(clients / currentProduct - 1e-9) : null,
    atTargetRates: Math.ceil(clients / targetProduct - 1e-9),
  };
}

function whatIfOf(counts: readonly number[], steps: StepResult[], prices: Prices | undefined, whatIf: { step: number; rate: number }): WhatIfResult {
  const rates = steps.map((step) => (step.index === whatIf.step ? whatIf.rate : Math.min(step.rate ?? 0, 1)));
  const projected = projectCounts(counts[0] ?? 0, rates);
  const n0 = projected[0] ?? 0;
  return {
    step: whatIf.step,
    rate: whatIf.rate,
    counts: projected,
    overall: n0 > 0 ? (projected[4] ?? 0) / n0 : null,
    revenue: revenueOf(projected, prices),
  };
}

/** The one entry point: every number the calculator shows. */
export function analyzeFunnel(input: FunnelInput): FunnelAnalysis {
  const { counts, targets, prices } = input;
  const steps = [1, 2, 3, 4].map((index) => analyzeStep(counts, targets, prices, index));
  const warnings: Warning[] = [];
  if (counts.every((count) => count === 0)) warnings.push({ kind: "all-zero" });
  for (const step of steps) {
    if (step.increasing) warnings.push({ kind: "increasing", step: step.index, from: step.from, to: step.to });
    else if (step.smallSample) warnings.push({ kind: "small-sample", step: step.index, base: step.from });
  }
  const n0 = counts[0] ?? 0;
  return {
    steps,
    overall: n0 > 0 ? (counts[4] ?? 0) / n0 : null,
    revenue: revenueOf(counts, prices),
    fixFirst: chooseFixFirst(steps, counts, prices),
    warnings,
    goal: input.goal !== undefined && input.goal > 0 ? backSolveGoal(input.goal, steps, targets) : null,
    whatIf: input.whatIf ? whatIfOf(counts, steps, prices, input.whatIf) : null,
  };
}
