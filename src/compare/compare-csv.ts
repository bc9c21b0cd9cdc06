// The comparison as CSV: one row per step, then `overall`; the stage ids for machines and the
// coach's own stage names beside them; numbers to at most 6 decimals, rates as fractions, changes
// in percentage points; UTF-8 with a BOM so spreadsheets read the arrow in `awareness→consideration`.
// `people_needed` is empty unless the change is unclear and the rates differ. Pure.
import { csvText } from "../funnel/csv-cell.ts";
import type { Comparison, StepComparison } from "./compare-model.ts";

export const compareCsvColumns = [
  "step",
  "step_label",
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
  "people_needed",
] as const;

/** At most 6 decimals: past that a spreadsheet shows noise, not information. */
const sixDecimals = (value: number) => Math.round(value * 1e6) / 1e6 || 0;

// Numbers stay numbers until csvCell writes them, so a negative change is not mistaken for a formula
// and defused. `labels` are the coach's stage names, in stage order.
function row(step: StepComparison, labels: readonly string[]): (string | number)[] {
  const na = step.verdict === "n/a";
  const computed = (value: number | null) => (na || value === null ? "" : sixDecimals(value));
  const from = labels[step.fromStage] ?? "";
  const to = labels[step.toStage] ?? "";
  return [
    step.key,
    step.key === "overall" ? `Overall (${from} → ${to})` : `${from} → ${to}`,
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
    step.peopleNeeded ?? "",
  ];
}

export function comparisonCsv(comparison: Comparison, labels: readonly string[]): string {
  const rows = [...comparison.steps, comparison.overall].map((step) => row(step, labels));
  const lines = [[...compareCsvColumns], ...rows];
  return csvText(lines);
}
