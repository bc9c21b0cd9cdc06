// The switch point (docs/fix-first.md, "The switch point"): the lowest target, on a grid of tenths of a
// percentage point, at which the answer's step would still be fixed first, and what the method picks
// just below it. Pure. It runs on every keystroke: the coach's other steps do not move when one
// target falls, so they are analysed once, only the answer's step is re-run at a grid point, and
// the grid of up to 1,000 points is halved rather than walked (about ten re-runs, not 1,000).
import { analyzeFunnel, analyzeStep, compareSteps, type FunnelAnalysis, type FunnelInput } from "../funnel/funnel.ts";

export interface SwitchPoint {
  /** The lowest grid target (a fraction, 0.123 for 12.3%) at which the step is still the answer. */
  below: number;
  /** What the method answers just below it: another step's number, "reach" or "none". */
  to: number | "reach" | "none";
}

/** Grid points are whole tenths of a percentage point: 0.001 as a fraction. */
const gridPerUnit = 1000;
const belowTarget = (stepClass: string) => stepClass === "clearly-below" || stepClass === "may-be-below";

/**
 * For an answer that is a step, its switch point, or null when the answer is not a step or the
 * step is still the answer at 0.1% (nothing the coach could believe would change it).
 */
export function switchPoint(input: FunnelInput, analysis: FunnelAnalysis): SwitchPoint | null {
  const answer = analysis.fixFirst;
  if (answer.kind !== "step") return null;
  const index = answer.step;
  const others = analysis.steps.filter((step) => step.index !== index && belowTarget(step.class));
  const target = input.targets[index - 1] ?? 1;
  const targets = [...input.targets];
  const stillAnswerAt = (rate: number): boolean => {
    targets[index - 1] = rate;
    const step = analyzeStep({ ...input, targets }, index);
    if (!belowTarget(step.class)) return false;
    return others.every((other) => compareSteps(step, other, analysis.rankedByMoney).order < 0);
  };
  // Start at the highest tenth at or below the current target (a typed 17.35% starts at 17.3%).
  const top = Math.floor(target * gridPerUnit + 1e-9);
  if (!stillAnswerAt(top / gridPerUnit)) return { below: target, to: answerAt(input, index, top / gridPerUnit) };
  if (top <= 1 || stillAnswerAt(1 / gridPerUnit)) return null;
  // As the target falls the step only loses ground (docs/fix-first.md), so the grid splits into one run
  // where it is the answer above one where it is not: halving finds the edge in about ten runs.
  let lost = 1;
  let held = top;
  while (held - lost > 1) {
    const middle = Math.floor((lost + held) / 2);
    if (stillAnswerAt(middle / gridPerUnit)) held = middle;
    else lost = middle;
  }
  return { below: held / gridPerUnit, to: answerAt(input, index, lost / gridPerUnit) };
}

/** The whole method's answer with one step's target changed: what the card says would come first instead. */
function answerAt(input: FunnelInput, index: number, rate: number): SwitchPoint["to"] {
  const targets = input.targets.map((target, i) => (i === index - 1 ? rate : target));
  const { whatIf: _whatIf, goal: _goal, ...rest } = input;
  const answer = analyzeFunnel({ ...rest, targets }).fixFirst;
  return answer.kind === "step" ? answer.step : answer.kind;
}
