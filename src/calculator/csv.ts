// The results as CSV, for a spreadsheet. Pure. Starts with a byte-order mark so Excel reads it
// as UTF-8 (stage names with accents or emoji survive), and carries each rate's likely range.
import { csvText } from "../funnel/csv-cell.ts";
import type { CalculatorView } from "./calculator-view.ts";

export function resultsCsv(view: CalculatorView): string {
  const analysis = view.analysis;
  if (!analysis) return "";
  const round = (n: number | null | undefined, digits = 1) =>
    n === null || n === undefined ? "" : Number((n * 100).toFixed(digits));
  const lines: (string | number)[][] = [
    [
      "Step",
      "People at start",
      "People at end",
      "Rate %",
      "Likely range low %",
      "Likely range high %",
      "Drop %",
      "People lost",
      "Target %",
      "Status",
    ],
    ...analysis.steps.map((step, i) => [
      view.rows[i]?.title ?? "",
      step.from,
      step.to,
      round(step.rate),
      round(step.interval?.low),
      round(step.interval?.high),
      round(step.drop),
      step.lost,
      round(step.target),
      view.rows[i]?.statusText ?? "",
    ]),
    [],
    ["Overall conversion %", round(analysis.overall, 2)],
    ...(view.overallNote ? [["Note", view.overallNote]] : []),
    ...(analysis.revenue !== null ? [["Revenue", Math.round(analysis.revenue)]] : []),
    ["Fix first", view.fixFirst?.heading.replace(/^Fix first: /, "") ?? ""],
    ...(view.fixFirst?.runnerUpText ? [["Runner-up", view.fixFirst.runnerUpText]] : []),
    ["Likely ranges", "95% Wilson score intervals"],
  ];
  return csvText(lines);
}
