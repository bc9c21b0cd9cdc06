// From what the person typed to every string the calculator shows. Pure: the Alpine component,
// the CSV export and the build-time worked example (for readers without JavaScript) all use it.
import { analyzeFunnel, type FixFirst, type FunnelAnalysis, type RankReason, type StepClass, type StepResult } from "./funnel.ts";
import { parseCount, parseGoal, parseLabel, parseMoney, parseTargetPercent } from "./funnel-input.ts";
import { countNoun, withArticle } from "./text.ts";
import type { CalculatorState } from "./url-state.ts";

export interface StageInfo {
  id: string;
  name: string;
  problemType: string;
  problemExplained: string;
  fixes: string[];
  guideUrl: string;
  targetRate: number | null;
  targetNote: string;
}

export interface StepRow {
  index: number;
  title: string;
  rateText: string;
  /** The 95% likely range of the rate, "27.2–32.9%", or a dash where there is none. */
  intervalText: string;
  dropText: string;
  lostText: string;
  targetText: string;
  gapText: string;
  class: StepClass | "none";
  statusText: string;
  caution: string;
  isFixFirst: boolean;
  isRunnerUp: boolean;
}

export interface FixFirstView {
  kind: "step" | "reach" | "none";
  /** The test hook's value: the step number, "reach" or "none". */
  step: string;
  runnerUp: string;
  heading: string;
  reason: string;
  evidence: string;
  gain: string;
  valueNote: string;
  runnerUpText: string;
  caution: string;
  problem: string;
  fixes: string[];
  guideUrl: string;
  guideLabel: string;
}

export interface ErrorLink {
  fieldId: string;
  text: string;
}

export interface CalculatorView {
  labels: string[];
  ready: boolean;
  countMessages: string[];
  countMessageKinds: ("error" | "warning" | "")[];
  labelMessages: string[];
  targetMessages: string[];
  /** Under each target: where the default comes from, or that the coach set their own. */
  targetOrigins: string[];
  priceMessages: { decision: string; retention: string };
  goalMessage: string;
  /** Every problem, with the id of its field, for the summary at the top of the results. */
  errorSummary: ErrorLink[];
  /** Collapsed sections that hold an error, so they open and show it. */
  openSections: { targets: boolean; money: boolean };
  notice: string;
  rows: StepRow[];
  overallText: string;
  overallNote: string;
  revenueText: string;
  fixFirst: FixFirstView | null;
  goalText: string;
  whatIfText: string;
  chartSummary: string;
  chart: { labels: string[]; reached: number[]; lost: number[] } | null;
  /** The one sentence the screen reader hears once typing pauses. */
  announcement: string;
  /** Targets and prices behind the answer, for the printed report. */
  assumptions: string[];
  analysis: FunnelAnalysis | null;
}

export interface ViewOptions {
  /** Step (1…k-1) and rate (0–1) for the what-if control, if one is being tried. */
  whatIf?: { step: number; rate: number };
  locale?: string;
}

const dash = "—";

// Intl formatters are slow to create and this runs on every keystroke, so each is made once.
const formatterCache = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatterCache.get(key);
  if (!cached) formatterCache.set(key, (cached = new Intl.NumberFormat(locale, options)));
  return cached;
}

/** The words every sentence below is made of, for one locale and currency. */
function wording(locale: string, currency: string) {
  const whole = formatter(locale, { maximumFractionDigits: 0 });
  const oneDecimal = formatter(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const twoDecimals = formatter(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = (rate: number) => `${oneDecimal.format(rate * 100)}%`;
  const people = (n: number) => countNoun(n, whole.format(n), "person", "people", locale);
  return {
    whole,
    percent,
    people,
    money: (amount: number) => formatter(locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(amount),
    range: (low: number, high: number) => `${oneDecimal.format(low * 100)}–${oneDecimal.format(high * 100)}%`,
    points: (points: number) => `${oneDecimal.format(Math.abs(points))} points`,
    times: (growth: number) => `×${twoDecimals.format(growth)}`,
    /** "about 12 more people", "about 1 more person", never "about 0 people". */
    aboutMore: (n: number) => (Math.round(n) >= 1 ? `about ${countNoun(Math.round(n), whole.format(Math.round(n)), "more person", "more people", locale)}` : "less than one more person"),
    about: (n: number) => (Math.round(n) >= 1 ? `about ${people(Math.round(n))}` : "less than one person"),
  };
}
type Words = ReturnType<typeof wording>;

/** Ids of the fields, shared with the template, so the error summary can link to each one. */
export const fieldIds = {
  count: (i: number) => `count-${i}`,
  label: (i: number) => `label-${i}`,
  target: (t: number) => `target-${t}`,
  priceDecision: "price-decision",
  valueRetention: "value-retention",
  goal: "goal-input",
};

export function buildView(state: CalculatorState, stages: readonly StageInfo[], options: ViewOptions = {}): CalculatorView {
  const locale = options.locale ?? "en-GB";
  const w = wording(locale, state.currency);
  const labelResults = stages.map((_, i) => parseLabel(state.labels[i] ?? ""));
  const labels = stages.map((stage, i) => {
    const label = labelResults[i];
    return (label?.ok && label.value) || stage.name;
  });
  const decisionIndex = stages.findIndex((stage) => stage.id === "decision");
  const retentionIndex = stages.findIndex((stage) => stage.id === "retention");

  const countResults = stages.map((stage, i) => parseCount(state.counts[i] ?? "", labels[i] ?? stage.name));
  const targetResults = stages.slice(1).map((_, i) => parseTargetPercent(state.targets[i] ?? ""));
  const decisionPrice = parseMoney(state.priceDecision, state.currency);
  const retentionValue = parseMoney(state.valueRetention, state.currency);
  const goal = parseGoal(state.goal);

  // A form nobody has typed a count into yet is waiting, not wrong: no "empty" error on every field.
  const started = countResults.some((r) => r.ok || r.problem !== "empty");
  const countMessages = countResults.map((r) => (!r.ok && started ? r.message : ""));
  const countMessageKinds: ("error" | "warning" | "")[] = countMessages.map((message) => (message ? "error" : ""));
  const labelMessages = labelResults.map((r) => (r.ok ? "" : r.message));
  const targetMessages = targetResults.map((r) => (r.ok ? "" : r.message));
  const priceMessages = { decision: decisionPrice.ok ? "" : decisionPrice.message, retention: retentionValue.ok ? "" : retentionValue.message };
  const goalMessage = goal.ok ? "" : goal.message;
  const defaultTargets = stages.slice(1).map((stage) => stage.targetRate ?? 1);
  const targetIsDefault = targetResults.map((r, i) => r.ok && Math.abs(r.value - (defaultTargets[i] ?? 1)) <= 1e-12);
  const targetOrigins = stages.slice(1).map((stage, i) =>
    targetIsDefault[i] ? `Default. ${stage.targetNote}` : `Your own target (the default is ${w.percent(defaultTargets[i] ?? 1)}).`,
  );

  const counts = countResults.map((r) => (r.ok ? r.value : 0));
  const targets = targetResults.map((r, i) => (r.ok ? r.value : (defaultTargets[i] ?? 1)));
  // Counts and targets decide whether there is an answer; a bad name, price or goal is flagged and left out.
  const ready = countResults.every((r) => r.ok) && targetResults.every((r) => r.ok);
  const stepTitle = (index: number) => `${labels[index - 1]} → ${labels[index]}`;
  const targetText = (i: number) => `${w.percent(targets[i] ?? 1)} ${targetIsDefault[i] ? "(default)" : "(yours)"}`;

  const errorSummary = (): ErrorLink[] => [
    ...stages.flatMap((_, i) => [
      ...(labelMessages[i] ? [{ fieldId: fieldIds.label(i), text: `Stage ${i + 1} name: ${labelMessages[i]}` }] : []),
      ...(countMessageKinds[i] === "error" ? [{ fieldId: fieldIds.count(i), text: `${labels[i]}: ${countMessages[i]}` }] : []),
    ]),
    ...targetMessages.flatMap((message, t) => (message ? [{ fieldId: fieldIds.target(t), text: `Target into ${labels[t + 1]}: ${message}` }] : [])),
    ...(priceMessages.decision ? [{ fieldId: fieldIds.priceDecision, text: `Price of the first paid step: ${priceMessages.decision}` }] : []),
    ...(priceMessages.retention ? [{ fieldId: fieldIds.valueRetention, text: `Value of a continuing client: ${priceMessages.retention}` }] : []),
    ...(goalMessage ? [{ fieldId: fieldIds.goal, text: `Continuing clients you want: ${goalMessage}` }] : []),
  ];
  const openSections = { targets: targetMessages.some(Boolean), money: Boolean(priceMessages.decision || priceMessages.retention) };
  const base = { labels, countMessages, countMessageKinds, labelMessages, targetMessages, targetOrigins, priceMessages, goalMessage, openSections };

  if (!ready) {
    const summary = errorSummary();
    const waiting = !started && summary.length === 0;
    return {
      ...base,
      ready: false,
      errorSummary: summary,
      notice: waiting
        ? "Type how many people reached each stage, or load the example, to see where they drop off."
        : "Fix the highlighted fields to see your results. Nothing you typed has been changed.",
      rows: stages.slice(1).map((_, i) => emptyRow(i + 1, stepTitle(i + 1), targetText(i))),
      overallText: dash,
      overallNote: "",
      revenueText: "",
      fixFirst: null,
      goalText: "",
      whatIfText: "",
      chartSummary: "",
      chart: null,
      announcement: waiting ? "" : `${countNoun(summary.length, String(summary.length), "problem", "problems", locale)} to fix. ${summary[0]?.text ?? ""}`,
      assumptions: [],
      analysis: null,
    };
  }

  const prices = {
    ...(decisionPrice.ok && decisionPrice.value !== undefined ? { decision: decisionPrice.value } : {}),
    ...(retentionValue.ok && retentionValue.value !== undefined ? { retention: retentionValue.value } : {}),
  };
  const analysis = analyzeFunnel({
    counts,
    targets,
    prices,
    pricedStages: { decision: decisionIndex, retention: retentionIndex },
    ...(goal.ok && goal.value !== undefined ? { goal: goal.value } : {}),
    ...(options.whatIf ? { whatIf: options.whatIf } : {}),
  });

  // Warnings that belong to a field: a later stage larger than the one before it, or nobody at the top.
  for (const warning of analysis.warnings) {
    if (warning.kind === "increasing") {
      countMessages[warning.step] = `More people at ${labels[warning.step]} (${w.whole.format(warning.to)}) than at ${labels[warning.step - 1]} (${w.whole.format(warning.from)}). These counts look like they come from different periods: check that both cover the same one. This step shows its rate over 100% and is left out of the ranking.`;
      countMessageKinds[warning.step] = "warning";
    } else if (warning.kind === "no-awareness") {
      const later = counts.findIndex((count, i) => i > 0 && count > 0);
      countMessages[0] = `Nobody at ${labels[0]}, but ${w.people(counts[later] ?? 0)} at ${labels[later]}. Everyone starts at ${labels[0]}: enter how many people reached it in the same period.`;
      countMessageKinds[0] = "error";
    }
  }

  const ff = analysis.fixFirst;
  const fixStep = ff.kind === "step" ? ff.step : 0;
  const runnerUpStep = ff.kind === "step" ? (ff.runnerUp ?? 0) : 0;
  const rows = analysis.steps.map((step) => stepRow(step, stepTitle(step.index), labels, targetText(step.index - 1), step.index === fixStep, step.index === runnerUpStep, w));
  const last = labels[labels.length - 1] ?? "";
  const fixFirst = fixFirstView(ff, analysis, { stages, labels, counts, stepTitle, w, decisionIndex, retentionIndex });

  let goalText = "";
  if (analysis.goal && retentionIndex > 0) {
    const g = analysis.goal;
    const current = g.atCurrentRates === null ? "At your current rates you can't get there: a step on the way converts nobody." : `At your current rates you need ${w.about(g.atCurrentRates)} at ${labels[0]}.`;
    goalText = `To gain ${countNoun(g.clients, w.whole.format(g.clients), "continuing client", "continuing clients", locale)} (${labels[retentionIndex]}): ${current} At the target rates you would need ${w.about(g.atTargetRates)}.`;
  }

  let whatIfText = "";
  if (analysis.whatIf) {
    const wi = analysis.whatIf;
    const revenue = wi.revenue !== null && analysis.revenue !== null ? ` Revenue would be ${w.money(wi.revenue)} instead of ${w.money(analysis.revenue)}.` : "";
    const endNow = counts[counts.length - 1] ?? 0;
    whatIfText = `If ${stepTitle(wi.step)} converted at ${w.percent(wi.rate)}, ${w.about(wi.counts[wi.counts.length - 1] ?? 0)} would reach ${last} instead of ${w.whole.format(endNow)}, and overall conversion would be ${wi.overall === null ? dash : w.percent(wi.overall)}.${revenue}`;
  }

  const lost = [0, ...analysis.steps.map((s) => s.lost)];
  const chartSummary = `People at each stage: ${labels.map((label, i) => `${label} ${w.whole.format(counts[i] ?? 0)}${i > 0 ? ` (${w.whole.format(lost[i] ?? 0)} lost)` : ""}`).join("; ")}.`;
  const overallText = analysis.overall === null ? dash : w.percent(analysis.overall);
  const assumptions = [
    ...analysis.steps.map((step, i) => `${stepTitle(step.index)}: target ${w.percent(step.target)}, ${targetIsDefault[i] ? `the default (${stages[step.index]?.targetNote ?? ""})` : "set by you"}`),
    ...(prices.decision !== undefined && decisionIndex > 0 ? [`Price of the first paid step (${labels[decisionIndex]}): ${w.money(prices.decision)}`] : []),
    ...(prices.retention !== undefined && retentionIndex > 0 ? [`Value of a continuing client (${labels[retentionIndex]}): ${w.money(prices.retention)}`] : []),
    "Likely ranges are 95% Wilson intervals: with few people, a rate could easily be a little higher or lower.",
  ];
  return {
    ...base,
    ready: true,
    errorSummary: errorSummary(),
    notice: "",
    rows,
    overallText,
    overallNote: analysis.overallUntrusted ? "Can't be trusted: some counts rise from one stage to the next, so they seem to mix periods." : "",
    revenueText: analysis.revenue === null ? "" : w.money(analysis.revenue),
    fixFirst,
    goalText,
    whatIfText,
    chartSummary,
    chart: { labels, reached: counts, lost },
    announcement: `${fixFirst?.heading ?? ""}. Overall conversion ${overallText}.`,
    assumptions,
    analysis,
  };
}

interface CardContext {
  stages: readonly StageInfo[];
  labels: string[];
  counts: number[];
  stepTitle: (index: number) => string;
  w: Words;
  decisionIndex: number;
  retentionIndex: number;
}

function fixFirstView(ff: FixFirst, analysis: FunnelAnalysis, c: CardContext): FixFirstView {
  const { labels, counts, w } = c;
  const lastIndex = labels.length - 1;
  const last = labels[lastIndex] ?? "";
  const empty = { evidence: "", gain: "", valueNote: "", runnerUpText: "", caution: "", problem: "", fixes: [] as string[], guideUrl: "", guideLabel: "", runnerUp: "" };
  const stageAdvice = (stage: StageInfo) => ({
    problem: `This is ${withArticle(stage.problemType)} problem. ${stage.problemExplained}`,
    fixes: stage.fixes.slice(0, 3),
    guideUrl: stage.guideUrl,
    guideLabel: `Read the ${stage.name.toLowerCase()} guide`,
  });

  if (ff.kind === "none") {
    const reason = {
      "all-zero": "All the counts are zero, so there is no journey to read yet. Enter how many people reached each stage, or load the example.",
      "no-awareness": `Nobody is counted at ${labels[0]}, yet later stages have people. Everyone starts at ${labels[0]}, so enter that count first; until then no step can be ranked.`,
      increasing: "No step is below its target, but at least one stage has more people than the stage before it. The counts look like they come from different periods, so the journey can't be called healthy. Count every stage over the same period, then look again.",
    }[ff.reason];
    return { ...empty, kind: "none", step: "none", heading: ff.reason === "increasing" ? "No answer: the counts don't add up" : "No answer yet", reason };
  }

  if (ff.kind === "reach") {
    const top = c.stages[0]!;
    return {
      ...empty,
      kind: "reach",
      step: "reach",
      heading: `Fix first: reach (grow ${labels[0]})`,
      reason: "Every step meets its target, so people flow well from stage to stage. More of the right people at the start is now the lever.",
      gain: `Each extra person at ${labels[0]} brings about ${w.percent(analysis.overall ?? 0)} of a person to ${last} at your current rates.`,
      ...stageAdvice(top),
    };
  }

  const step = analysis.steps[ff.step - 1]!;
  const from = labels[ff.step - 1] ?? "";
  const into = labels[ff.step] ?? "";
  const interval = step.interval ? w.range(step.interval.low, step.interval.high) : dash;
  const moneyText = (amount: number | null) => (analysis.rankedByMoney && amount !== null && amount > 0 ? `, worth about ${w.money(amount)} more` : "");
  const laterStages = ff.step < lastIndex;

  const reason = step.blocked
    ? `${w.people(step.from)} reached ${from}, but nobody reached ${into}, against a target of ${w.percent(step.target)}.${laterStages ? ` No one can reach the stages after ${into} until this step works.` : ""}`
    : `${w.percent(step.rate ?? 0)} of the people at ${from} reach ${into} (${w.whole.format(step.to)} of ${w.whole.format(step.from)}), against a target of ${w.percent(step.target)}: ${w.points(step.gapPoints ?? 0)} below.`;
  const evidence =
    step.class === "clearly-below"
      ? `Even the top of its likely range (${interval}) is under the target, so this is more than chance.`
      : `Its likely range (${interval}) includes the target.`;
  const reached = step.projected?.[ff.step] ?? 0;
  const gain = step.blocked
    ? `At its target, ${w.about(reached)} would reach ${into}${laterStages ? ` and ${w.aboutMore(step.gainPeople ?? 0)} would reach ${last}` : ""}${moneyText(step.gainMoney)}, if nothing else changes.`
    : `Reaching the target would bring ${w.aboutMore(step.gainPeople ?? 0)} to ${last} (${w.whole.format(counts[lastIndex] ?? 0)} now)${moneyText(step.gainMoney)}, if nothing else changes.`;

  const lastPriced = Math.max(c.decisionIndex, c.retentionIndex);
  const valueNote = !analysis.rankedByMoney
    ? "Steps are ranked by how much reaching the target grows the end of the journey, because no prices are given. Add prices under “Money” to rank them by revenue."
    : (step.gainMoney ?? 0) > 0
      ? "Steps are ranked by the money reaching each target adds at your prices."
      : `At your prices this fix adds no money: ${into} comes after ${labels[lastPriced] ?? "the last priced stage"}, the last stage with a price. No step that adds money is below its target.`;

  const second = ff.runnerUp ? analysis.steps[ff.runnerUp - 1] : undefined;
  const runnerUpText = second && ff.runnerUpReason ? `Runner-up: ${c.stepTitle(second.index)}, because ${runnerUpWhy(ff.runnerUpReason, step, second, w)}.` : "No other step is below its target.";
  const caution =
    step.class === "may-be-below"
      ? `The numbers are too small to be sure this step is below target.${second ? ` The runner-up, ${c.stepTitle(second.index)}, is the next place to look.` : ""}`
      : "";
  return {
    kind: "step",
    step: String(ff.step),
    runnerUp: second ? String(second.index) : "",
    heading: `Fix first: ${c.stepTitle(ff.step)}`,
    reason,
    evidence,
    gain,
    valueNote,
    runnerUpText,
    caution,
    ...stageAdvice(c.stages[ff.step]!),
  };
}

function runnerUpWhy(reason: RankReason, first: StepResult, second: StepResult, w: Words): string {
  switch (reason) {
    case "no-money":
      return "reaching its target adds no money at your prices";
    case "less-evidence":
      return "with its numbers it may be below target, not clearly";
    case "not-blocked":
      return "some people do move on there, while nobody moves on at the first";
    case "less-value":
      return (first.gainMoney ?? 0) > 0 || (second.gainMoney ?? 0) > 0
        ? `reaching its target is worth less (about ${w.money(second.gainMoney ?? 0)} against ${w.money(first.gainMoney ?? 0)})`
        : `reaching its target grows the end of the journey less (${w.times(second.growth ?? 1)} against ${w.times(first.growth ?? 1)})`;
    case "later":
      return first.blocked && second.blocked ? "it is blocked too, but later in the journey" : "it would gain the same, and comes later in the journey";
  }
}

function stepRow(step: StepResult, title: string, labels: string[], targetText: string, isFixFirst: boolean, isRunnerUp: boolean, w: Words): StepRow {
  const statusText = {
    "clearly-below": step.blocked ? "Blocked: nobody moved on" : "Clearly below target",
    "may-be-below": step.blocked ? "Blocked, but few people to go on" : "May be below target",
    "on-target": "On target",
    increasing: "Over 100%: check periods",
    "no-base": "No one to move on",
  }[step.class];
  const gap = step.gapPoints;
  const gapText =
    step.class === "increasing" || gap === null ? dash : step.class === "on-target" ? (gap < -0.05 ? `${w.points(gap)} above` : "On target") : `${w.points(gap)} below`;
  return {
    index: step.index,
    title,
    rateText: step.rate === null ? dash : w.percent(step.rate),
    intervalText: step.interval ? w.range(step.interval.low, step.interval.high) : dash,
    dropText: step.drop === null || step.drop < 0 ? dash : w.percent(step.drop),
    lostText: w.whole.format(step.lost),
    targetText,
    gapText,
    class: step.class,
    statusText: isFixFirst ? `${statusText}: fix first` : isRunnerUp ? `${statusText}: runner-up` : statusText,
    caution: step.smallSample && step.class !== "increasing" ? `Only ${w.people(step.from)} at ${labels[step.index - 1]}: treat this rate as a hint.` : "",
    isFixFirst,
    isRunnerUp,
  };
}

function emptyRow(index: number, title: string, targetText: string): StepRow {
  return { index, title, rateText: dash, intervalText: dash, dropText: dash, lostText: dash, targetText, gapText: dash, class: "none", statusText: dash, caution: "", isFixFirst: false, isRunnerUp: false };
}
