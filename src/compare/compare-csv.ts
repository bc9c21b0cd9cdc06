// The comparison as CSV (DESIGN.md, "Comparing two periods"): one row per step, then `overall`;
// numbers unrounded, rates as fractions, changes in percentage points; UTF-8 with a BOM so
// spreadsheets read the arrow in `awareness→consideration`. Pure.
import { csvText } from "../funnel/csv-cell.ts";
import type { Comparison, StepComparison } from "./compare-model.ts";

export const compareCsvColumns = [
  "step",
  "before_from",
  "before_to",
  "before_rate",
  "after_from",
  "after_to",
  "after_rate",
  "change_points",
  "ci_low_points",
  "ci_high_points",
  "p_value",
  "prob_better",
  "verdict",
] as const;

// Numbers stay numbers until csvCell writes them: full precision (the shortest text that reads back
// as the same double), and a negative change is not mistaken for a formula and defused.
function row(step: StepComparison): (string | number)[] {
  const na = step.verdict === "n/a";
  const computed = (value: number | null) => (na || value === null ? "" : value);
  return [
    step.key,
    step.before.from,
    step.before.to,
    computed(step.before.rate),
    step.after.from,
    step.after.to,
    computed(step.after.rate),
    computed(step.change === null ? null : step.change * 100),
    computed(step.interval ? step.interval.low * 100 : null),
    computed(step.interval ? step.interval.high * 100 : null),
    computed(step.pValue),
    computed(step.probBetter),
    step.verdict,
  ];
}

export function comparisonCsv(comparison: Comparison): string {
  const lines = [[...compareCsvColumns], ...comparison.steps.map(row), row(comparison.overall)];
  return csvText(lines);
}
