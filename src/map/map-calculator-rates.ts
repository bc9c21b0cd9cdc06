// The calculator's numbers, when this browser has saved some, as one short line per stage for the gap
// view. Pure: it reads the calculator's own parsers and maths and changes none of them.
import { analyzeFunnel } from "../funnel/funnel.ts";
import { parseCount, parseTargetPercent } from "../funnel/funnel-input.ts";
import { parseStoredState } from "../funnel/stored-state.ts";
import { calculatorDefaults } from "../funnel/url-state.ts";
import { numberFormat, pluralRules } from "../funnel/locale.ts";

export interface RateStage {
  id: string;
  name: string;
  targetRate: number | null;
}

const percent = numberFormat({
  style: "percent",
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const whole = numberFormat();
const people = pluralRules();

/** stored: the calculator's stored text. One line per stage, or null when there are no usable numbers. */
export function calculatorRates(stored: string | null, stages: readonly RateStage[]): string[] | null {
  const ids = stages.map((stage) => stage.id);
  const state = parseStoredState(stored, ids, calculatorDefaults(stages));
  if (!state) return null;
  const counts: number[] = [];
  for (const [i, raw] of state.counts.entries()) {
    const parsed = parseCount(raw, stages[i]?.name ?? "");
    if (!parsed.ok) return null;
    counts.push(parsed.value);
  }
  const targets = state.targets.map((raw, i) => {
    const parsed = parseTargetPercent(raw);
    return parsed.ok ? parsed.value : (stages[i + 1]?.targetRate ?? 0.5);
  });
  const analysis = analyzeFunnel({ counts, targets });
  return stages.map((stage, i) => {
    if (i === 0) {
      const n = counts[0] ?? 0;
      return `Calculator: ${whole.format(n)} ${people.select(n) === "one" ? "person" : "people"} reached ${stage.name}.`;
    }
    const step = analysis.steps[i - 1];
    const previous = stages[i - 1]?.name ?? "";
    if (!step || step.rate === null)
      return `Calculator: nobody reached ${previous}, so there is no rate into ${stage.name}.`;
    return `Calculator: ${percent.format(step.rate)} of people at ${previous} reached ${stage.name} (target ${percent.format(step.target)}).`;
  });
}
