// Where each step's target comes from (docs/fix-first.md, "Where a target comes from"): typed by the
// coach, taken from the coach's best saved period, or the stages.json starting assumption. Pure.
import type { CalculatorState } from "../funnel/url-state.ts";

export type TargetSource = "yours" | "history" | "assumed";

export interface TargetOrigin {
  source: TargetSource;
  /** The saved period's name for a `history` target; "" otherwise. */
  period: string;
}

/**
 * One origin per step. A target taken from a saved period stays `history` until the coach types
 * over it (the calculator then drops the period's name); otherwise a target equal to the default
 * is the assumption, and anything else is the coach's own.
 */
export function targetOrigins(
  targets: readonly number[],
  defaults: readonly number[],
  periods: readonly string[],
): TargetOrigin[] {
  return targets.map((target, i) => {
    const period = periods[i] ?? "";
    if (period) return { source: "history", period };
    const assumed = Math.abs(target - (defaults[i] ?? Number.NaN)) <= 1e-12;
    return { source: assumed ? "assumed" : "yours", period: "" };
  });
}

/** A saved period as far as the best-month targets need it: its name and its counts in stage order. */
export interface PeriodCounts {
  name: string;
  counts: readonly number[];
}

export interface BestRate {
  /** The target as the form shows it: a percentage with at most one decimal, "12.3". */
  percent: string;
  period: string;
}

/** A saved rate counts only with at least this many people at the step's start (docs/fix-first.md). */
export const bestMonthMinimumBase = 30;

/**
 * For each step, the best rate any saved period reached there, rounded DOWN to a tenth of a point,
 * naming that period; null where no period qualifies (fewer than 30 people at the step's start, a
 * later count above an earlier one, or nobody moving on). Equal rates go to the later period in
 * the list (periods come oldest first), the one nearer to how the practice runs now.
 */
export function bestSavedRates(periods: readonly PeriodCounts[], stepCount: number): (BestRate | null)[] {
  return Array.from({ length: stepCount }, (_, i) => {
    let best: { tenths: number; period: string } | null = null;
    for (const period of periods) {
      const from = period.counts[i] ?? 0;
      const to = period.counts[i + 1] ?? 0;
      if (from < bestMonthMinimumBase || to > from) continue;
      // Whole-number arithmetic, so 173 of 1,000 is exactly 17.3% and never 17.2% by float noise.
      const tenths = Math.floor((to * 1000) / from);
      if (tenths >= 1 && (best === null || tenths >= best.tenths)) best = { tenths, period: period.name };
    }
    return best && { percent: String(best.tenths / 10), period: best.period };
  });
}

/**
 * The state with each step's target set to its best saved rate, each marked with its period (by the
 * stage id the step leads into); steps without one keep theirs. A fresh object, and what to say.
 */
export function withBestRates(
  state: CalculatorState,
  best: readonly (BestRate | null)[],
  stageIds: readonly string[],
): { state: CalculatorState; status: string } {
  const targets = [...state.targets];
  const targetPeriods = { ...state.targetPeriods };
  const used: string[] = [];
  best.forEach((rate, i) => {
    const stageId = stageIds[i + 1];
    if (!rate || !stageId) return;
    targets[i] = rate.percent;
    targetPeriods[stageId] = rate.period;
    used.push(rate.period);
  });
  const names = [...new Set(used)].map((name) => `“${name}”`).join(", ");
  const status =
    used.length === 0
      ? "No saved period has 30 or more people at a step's start yet, so no target was changed."
      : `Set ${used.length === 1 ? "1 target" : `${used.length} targets`} from your best saved ${
          used.length === 1 ? "rate" : "rates"
        } (${names}). You can still edit each one.`;
  return { state: { ...state, counts: [...state.counts], labels: [...state.labels], targets, targetPeriods }, status };
}
