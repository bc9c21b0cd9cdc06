// The words around the answer that nobody needs in the first frame: the goal back-solve, the what-if
// line, the chart's text summary and the printed assumptions. Pure. The page loads this module just
// after the numbers (like the chart), which keeps the calculator's first load inside its byte budget.
import type { CalculatorView } from "./calculator-view.ts";
import { named } from "./label-words.ts";
import { countNoun, wording } from "../funnel/text.ts";
import { clientStage } from "../funnel/funnel.ts";

export interface CalculatorExtras {
  goalText: string;
  whatIfText: string;
  chartSummary: string;
  /** Targets and prices behind the answer, for the printed report (the page prints where each default comes from). */
  assumptions: string[];
}

export const noExtras: CalculatorExtras = { goalText: "", whatIfText: "", chartSummary: "", assumptions: [] };

export function buildExtras(view: CalculatorView): CalculatorExtras {
  const analysis = view.analysis;
  if (!analysis) return { ...noExtras, assumptions: [] };
  const { counts, prices, targetIsDefault, money, currency, locale } = view.inputs;
  const w = wording(locale, currency);
  const labels = view.labels;
  const last = labels[labels.length - 1] ?? "";
  const stepTitle = (index: number) => `${labels[index - 1]} → ${labels[index]}`;

  let goalText = "";
  const goalStage = clientStage(money, labels.length);
  if (analysis.goal && goalStage > 0) {
    const g = analysis.goal;
    const current =
      g.atCurrentRates === null
        ? "At your current rates you can't get there: a step on the way converts nobody."
        : `At your current rates you need ${w.about(g.atCurrentRates)} at ${named(labels[0] ?? "")}.`;
    goalText = `To gain ${countNoun(g.clients, w.whole.format(g.clients), "continuing client", "continuing clients", locale)} (${named(labels[goalStage] ?? "")}): ${current} At the target rates you would need ${w.about(g.atTargetRates)}.`;
  }

  let whatIfText = "";
  if (analysis.whatIf) {
    const wi = analysis.whatIf;
    const revenue =
      wi.revenue !== null && analysis.revenue !== null
        ? ` Revenue would be ${w.money(wi.revenue)} instead of ${w.money(analysis.revenue)}.`
        : "";
    const endNow = counts[counts.length - 1] ?? 0;
    whatIfText = `If ${stepTitle(wi.step)} converted at ${w.percent(wi.rate)}, ${w.about(wi.counts[wi.counts.length - 1] ?? 0)} would reach ${named(last)} instead of ${w.whole.format(endNow)}, and overall conversion would be ${wi.overall === null ? "—" : w.percent(wi.overall)}.${revenue}`;
  }

  const lost = [0, ...analysis.steps.map((s) => s.lost)];
  const chartSummary = `People at each stage: ${labels.map((label, i) => `${label} ${w.whole.format(counts[i] ?? 0)}${i > 0 ? ` (${w.whole.format(lost[i] ?? 0)} lost)` : ""}`).join("; ")}.`;
  const assumptions = [
    targetsLine(targetIsDefault),
    ...(prices.price !== undefined && money.paid !== null
      ? [`Price of the first payment (${labels[money.paid]}): ${w.money(prices.price)}`]
      : []),
    ...(prices.value !== undefined && money.continuing !== null
      ? [`Value of a continuing client (${labels[money.continuing]}): ${w.money(prices.value)}`]
      : []),
    "Likely ranges are 95% Wilson intervals: with few people, a rate could easily be a little higher or lower.",
  ];
  return { goalText, whatIfText, chartSummary, assumptions };
}

/** One line on whose targets these are: the defaults, the coach's own, or a mix the table marks. */
function targetsLine(isDefault: readonly boolean[]): string {
  const defaults = isDefault.filter(Boolean).length;
  const own = isDefault.length - defaults;
  if (own === 0) return `Targets: all ${isDefault.length} are the defaults.`;
  if (defaults === 0) return `Targets: all ${isDefault.length} are your own.`;
  return `Targets: ${countNoun(defaults, String(defaults), "default", "defaults")} and ${own} of your own (the table marks which).`;
}
