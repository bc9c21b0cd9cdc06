// Two periods' funnels compared step by step (docs/comparison-statistics.md). Pure: counts in,
// numbers out; the words are in compare-words.ts, the CSV in compare-csv.ts.
import { fisherExact } from "../stats/fisher-exact.ts";
import { newcombeDifference } from "../stats/newcombe-difference.ts";
import { peopleNeeded } from "../stats/people-needed.ts";
import { probabilityBetter } from "../stats/probability-better.ts";
import type { Interval } from "../stats/wilson.ts";

/** Under 30 people at a step's start, the words say there are too few to tell (as in the calculator). */
export const tooFewPeople = 30;

export type Verdict = "better" | "worse" | "unclear" | "n/a";

/** Why a row has no verdict: nobody at its start on a side, or more people at its end than its start. */
export type NotApplicable = "no-base" | "increasing" | null;

export interface Side {
  /** People at the step's start (n) and end (x). */
  from: number;
  to: number;
  /** x / n, or null when n is 0 (and also when x > n: not a rate). */
  rate: number | null;
}

export interface StepComparison {
  /** "awareness→consideration", or "overall" for the first stage to the last. */
  key: string;
  /** Stage indexes of the step's start and end (0 and the last for overall). */
  fromStage: number;
  toStage: number;
  before: Side;
  after: Side;
  /** after rate − before rate, as a fraction (0.08 is 8 points); null for n/a rows. */
  change: number | null;
  /** 95% Newcombe interval of the change, as fractions. */
  interval: Interval | null;
  /** Two-sided Fisher exact p-value. */
  pValue: number | null;
  /** P(after rate > before rate) under Beta(1, 1) priors. */
  probBetter: number | null;
  verdict: Verdict;
  notApplicable: NotApplicable;
  /** Which side lacks a base or has more people at the end: for the sentence. */
  problemSides: ("before" | "after")[];
  /** Fewer than 30 people at the start on either side: the words say there are too few to tell. */
  tooFew: boolean;
  /**
   * For an unclear change between different rates: the people a period needs at the step's start to
   * tell a change of this size (5% two-sided test, 80% power, rounded up). Null otherwise.
   */
  peopleNeeded: number | null;
}

export interface Comparison {
  steps: StepComparison[];
  overall: StepComparison;
  /** Some step has more people at its end than its start: the counts look like mixed periods. */
  mixedPeriods: boolean;
}

const side = (from: number, to: number): Side => ({ from, to, rate: from > 0 && to <= from ? to / from : null });

/** One row: x1 of n1 before, x2 of n2 after. */
export function compareStep(
  key: string,
  fromStage: number,
  toStage: number,
  n1: number,
  x1: number,
  n2: number,
  x2: number,
): StepComparison {
  const before = side(n1, x1);
  const after = side(n2, x2);
  const increasing = (["before", "after"] as const).filter((name) => (name === "before" ? x1 > n1 : x2 > n2));
  const noBase = (["before", "after"] as const).filter((name) => (name === "before" ? n1 === 0 : n2 === 0));
  const tooFew = Math.min(n1, n2) < tooFewPeople;
  const base = { key, fromStage, toStage, before, after, tooFew };
  // Increasing wins over no base: "0 then 5" is a mixed-periods problem, not an empty step.
  if (increasing.length > 0 || noBase.length > 0) {
    return {
      ...base,
      change: null,
      interval: null,
      pValue: null,
      probBetter: null,
      verdict: "n/a",
      peopleNeeded: null,
      notApplicable: increasing.length > 0 ? "increasing" : "no-base",
      problemSides: increasing.length > 0 ? increasing : noBase,
    };
  }
  const interval = newcombeDifference(x1, n1, x2, n2);
  const verdict: Verdict = !interval ? "n/a" : interval.low > 0 ? "better" : interval.high < 0 ? "worse" : "unclear";
  return {
    ...base,
    change: x2 / n2 - x1 / n1,
    interval,
    pValue: fisherExact(x1, n1, x2, n2),
    probBetter: probabilityBetter(x1, n1, x2, n2),
    verdict,
    peopleNeeded: verdict === "unclear" ? peopleNeeded(x1 / n1, x2 / n2) : null,
    notApplicable: null,
    problemSides: [],
  };
}

/**
 * Compares two funnels with the same stages. `before` and `after` are whole-number counts per
 * stage, in stage order (as parsed by parseCount); `stageIds` names the steps.
 */
export function comparePeriods(
  before: readonly number[],
  after: readonly number[],
  stageIds: readonly string[],
): Comparison {
  if (before.length !== stageIds.length || after.length !== stageIds.length) {
    throw new RangeError(
      `comparePeriods needs ${stageIds.length} counts a side, got ${before.length} and ${after.length}`,
    );
  }
  const at = (counts: readonly number[], i: number) => counts[i] ?? 0;
  const steps = stageIds
    .slice(1)
    .map((id, i) =>
      compareStep(`${stageIds[i]}→${id}`, i, i + 1, at(before, i), at(before, i + 1), at(after, i), at(after, i + 1)),
    );
  const last = stageIds.length - 1;
  const overall = compareStep("overall", 0, last, at(before, 0), at(before, last), at(after, 0), at(after, last));
  return { steps, overall, mixedPeriods: [...steps, overall].some((step) => step.notApplicable === "increasing") };
}
