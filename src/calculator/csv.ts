// The results as CSV, for a spreadsheet. Pure.
import type { CalculatorView } from "./calculator-view.ts";

/** Quotes a cell, and defuses text a spreadsheet would run as a formula (=, +, -, @). */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function resultsCsv(view: CalculatorView): string {
  const analysis = view.analysis;
  if (!analysis) return "";
  const round = (n: number | null, digits = 1) => (n === null ? "" : Number((n * 100).toFixed(digits)));
  const lines: (string | number)[][] = [
    ["Step", "People at start", "People at end", "Rate %", "Drop %", "People lost", "Target %", "Status"],
    ...analysis.steps.map((step, i) => [
      view.rows[i]?.title ?? "",
      step.from,
      step.to,
      round(step.rate),
      round(step.drop),
      step.lost,
      round(step.target),
      view.rows[i]?.statusText ?? "",
    ]),
    [],
    ["Overall conversion %", round(analysis.overall, 2)],
    ...(analysis.revenue !== null ? [["Revenue", Math.round(analysis.revenue)]] : []),
    ["Fix first", view.fixFirst?.heading.replace(/^Fix first: /, "") ?? ""],
  ];
  return `${lines.map((line) => line.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
