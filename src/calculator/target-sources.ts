// Where each step's target comes from (DESIGN.md, "Where a target comes from (v3)"): typed by the
// coach, taken from the coach's best saved period, or the stages.json starting assumption. Pure.

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

/** A saved rate counts only with at least this many people at the step's start (DESIGN.md v3). */
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
