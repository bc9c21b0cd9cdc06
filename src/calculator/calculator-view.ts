// From what the person typed to every string the calculator shows. Pure: the Alpine component,
// the CSV export and the build-time worked example (for readers without JavaScript) all use it.
import {
  analyzeFunnel,
  clientStage,
  type FixFirst,
  type FunnelAnalysis,
  type Prices,
  type RankReason,
  type StepClass,
  type StepResult,
} from "../funnel/funnel.ts";
import {
  parseClientValue,
  parseCount,
  parseGoal,
  parseLabel,
  parseMoney,
  parseTargetPercent,
  pointGroupedSuggestion,
} from "../funnel/funnel-input.ts";
import { named } from "./label-words.ts";
import { switchPoint, type SwitchPoint } from "./switch-point.ts";
import { targetOrigins, type TargetOrigin } from "./target-sources.ts";
import { countNoun, withArticle, wording, type Words } from "../funnel/text.ts";
import type { CalculatorState } from "../funnel/url-state.ts";
import { roleStages, type RoleStages } from "../funnel/money-roles.ts";
import { siteLocale } from "../funnel/locale.ts";

/** What the live calculator knows of each stage. Its advice (problem, fixes, guide) is rendered into the page at build time. */
export interface StageInfo {
  id: string;
  name: string;
  targetRate: number | null;
}

/** The rest of a stage, for the advice the page renders at build time (stageAdvice). */
export interface StageAdviceInfo extends StageInfo {
  problemType: string;
  problemExplained: string;
  fixes: string[];
  guideUrl: string;
}

export interface StageAdvice {
  problem: string;
  fixes: string[];
  guideUrl: string;
  guideLabel: string;
}

/** The advice under a fix-first answer: what kind of problem it is, three fixes and the stage's guide. */
export function stageAdvice(stage: StageAdviceInfo): StageAdvice {
  return {
    problem: `This is ${withArticle(stage.problemType)} problem. ${stage.problemExplained}`,
    fixes: stage.fixes.slice(0, 3),
    guideUrl: stage.guideUrl,
    guideLabel: `Read the ${stage.name.toLowerCase()} guide`,
  };
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
  /** The stage whose advice (problem, fixes, guide) goes with this answer, or "" when there is none. */
  adviceStage: string;
  /** Where the answer step's target comes from, or "" when the answer is not a step. */
  targetSource: TargetOrigin["source"] | "";
  /** Said before anything else when the answer rests on an assumed target; "" otherwise. */
  basis: string;
  /** The switch point in words, for a target the coach chose (the basis says it for an assumed one). */
  switchText: string;
  /** Test hooks: the switch point as a percentage with one decimal ("12.3") and what comes first below it. */
  switchBelow: string;
  switchTo: string;
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
  /** A one-click fix offered beside a count's question ("2,400" for "2.400"), or "". */
  countSuggestions: string[];
  labelMessages: string[];
  targetMessages: string[];
  priceMessages: { price: string; value: string };
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
  chart: { labels: string[]; reached: number[]; lost: number[] } | null;
  /** The one sentence the screen reader hears once typing pauses. */
  announcement: string;
  /** What calculator-extras.ts needs to word the goal, the what-if, the chart summary and the printed assumptions. */
  inputs: {
    counts: number[];
    prices: Prices;
    targetIsDefault: boolean[];
    /** Where each step's target comes from: typed, a saved period, or the starting assumption. */
    targetOrigins: TargetOrigin[];
    /** The stages holding the money roles, as the coach set them. */
    money: RoleStages;
    currency: string;
    locale: string;
  };
  analysis: FunnelAnalysis | null;
}

export interface ViewOptions {
  /** Step (1…k-1) and rate (0–1) for the what-if control, if one is being tried. */
  whatIf?: { step: number; rate: number };
  locale?: string;
}

const dash = "—";

/** Ids of the fields, shared with the template, so the error summary can link to each one. */
export const fieldIds = {
  count: (i: number) => `count-${i}`,
  label: (i: number) => `label-${i}`,
  target: (t: number) => `target-${t}`,
  price: "money-price",
  value: "money-value",
  goal: "goal-input",
};

export function buildView(
  state: CalculatorState,
  stages: readonly StageInfo[],
  options: ViewOptions = {},
): CalculatorView {
  const locale = options.locale ?? siteLocale;
  const w = wording(locale, state.currency);
  const labelResults = stages.map((_, i) => parseLabel(state.labels[i] ?? ""));
  const labels = stages.map((stage, i) => {
    const label = labelResults[i];
    return (label?.ok && label.value) || stage.name;
  });
  const money = roleStages(
    stages.map((stage) => stage.id),
    state,
  );

  const countResults = stages.map((stage, i) => parseCount(state.counts[i] ?? "", labels[i] ?? stage.name));
  const targetResults = stages.slice(1).map((_, i) => parseTargetPercent(state.targets[i] ?? ""));
  const priceResult = parseMoney(state.price, state.currency);
  const valueResult = parseClientValue(state.value, state.currency);
  const goal = parseGoal(state.goal);

  // A form nobody has typed a count into yet is waiting, not wrong: no "empty" error on every field.
  const started = countResults.some((r) => r.ok || r.problem !== "empty");
  const countMessages = countResults.map((r) => (!r.ok && started ? r.message : ""));
  const countMessageKinds: ("error" | "warning" | "")[] = countMessages.map((message) => (message ? "error" : ""));
  const countSuggestions = stages.map((_, i) => pointGroupedSuggestion(state.counts[i] ?? ""));
  const labelMessages = labelResults.map((r) => (r.ok ? "" : r.message));
  const targetMessages = targetResults.map((r) => (r.ok ? "" : r.message));
  const priceMessages = {
    price: priceResult.ok ? "" : priceResult.message,
    value: valueResult.ok ? "" : valueResult.message,
  };
  const goalMessage = goal.ok ? "" : goal.message;
  const defaultTargets = stages.slice(1).map((stage) => stage.targetRate ?? 1);
  const targetIsDefault = targetResults.map((r, i) => r.ok && Math.abs(r.value - (defaultTargets[i] ?? 1)) <= 1e-12);
  const origins = targetOrigins(
    targetResults.map((r) => (r.ok ? r.value : Number.NaN)),
    defaultTargets,
    stages.slice(1).map((stage) => state.targetPeriods?.[stage.id] ?? ""),
  );

  const counts = countResults.map((r) => (r.ok ? r.value : 0));
  const targets = targetResults.map((r, i) => (r.ok ? r.value : (defaultTargets[i] ?? 1)));
  // Counts and targets decide whether there is an answer; a bad name, price or goal is flagged and left out.
  const ready = countResults.every((r) => r.ok) && targetResults.every((r) => r.ok);
  const stepTitle = (index: number) => `${labels[index - 1]} → ${labels[index]}`;
  const targetText = (i: number) => `${w.percent(targets[i] ?? 1)} (${sourceWords(origins[i])})`;

  const errorSummary = (): ErrorLink[] => [
    ...stages.flatMap((_, i) => [
      ...(labelMessages[i] ? [{ fieldId: fieldIds.label(i), text: `Stage ${i + 1} name: ${labelMessages[i]}` }] : []),
      ...(countMessageKinds[i] === "error"
        ? [{ fieldId: fieldIds.count(i), text: `${labels[i]}: ${countMessages[i]}` }]
        : []),
    ]),
    ...targetMessages.flatMap((message, t) =>
      message ? [{ fieldId: fieldIds.target(t), text: `Target into ${named(labels[t + 1] ?? "")}: ${message}` }] : [],
    ),
    ...(priceMessages.price
      ? [{ fieldId: fieldIds.price, text: `Price of the first payment: ${priceMessages.price}` }]
      : []),
    ...(priceMessages.value
      ? [{ fieldId: fieldIds.value, text: `Value of a continuing client: ${priceMessages.value}` }]
      : []),
    ...(goalMessage ? [{ fieldId: fieldIds.goal, text: `Continuing clients you want: ${goalMessage}` }] : []),
  ];
  const openSections = {
    targets: targetMessages.some(Boolean),
    money: Boolean(priceMessages.price || priceMessages.value),
  };
  const base = {
    labels,
    countMessages,
    countMessageKinds,
    countSuggestions,
    labelMessages,
    targetMessages,
    priceMessages,
    goalMessage,
    openSections,
  };

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
      chart: null,
      announcement: waiting
        ? ""
        : `${countNoun(summary.length, String(summary.length), "problem", "problems", locale)} to fix. ${summary[0]?.text ?? ""}`,
      inputs: {
        counts,
        prices: {},
        targetIsDefault,
        targetOrigins: origins,
        money,
        currency: state.currency,
        locale,
      },
      analysis: null,
    };
  }

  const prices = {
    ...(priceResult.ok && priceResult.value !== undefined ? { price: priceResult.value } : {}),
    ...(valueResult.ok && valueResult.value !== undefined ? { value: valueResult.value } : {}),
  };
  const funnelInput = {
    counts,
    targets,
    prices,
    money,
    ...(goal.ok && goal.value !== undefined ? { goal: goal.value } : {}),
    ...(options.whatIf ? { whatIf: options.whatIf } : {}),
  };
  const analysis = analyzeFunnel(funnelInput);

  // Warnings that belong to a field: a later stage larger than the one before it, or nobody at the top.
  for (const warning of analysis.warnings) {
    if (warning.kind === "increasing") {
      countMessages[warning.step] =
        `More people at ${named(labels[warning.step] ?? "")} (${w.whole.format(warning.to)}) than at ${named(labels[warning.step - 1] ?? "")} (${w.whole.format(warning.from)}). These counts look like they come from different periods: check that both cover the same one. This step shows its rate over 100% and is left out of the ranking.`;
      countMessageKinds[warning.step] = "warning";
    } else if (warning.kind === "no-awareness") {
      const later = counts.findIndex((count, i) => i > 0 && count > 0);
      countMessages[0] = `Nobody at ${named(labels[0] ?? "")}, but ${w.people(counts[later] ?? 0)} at ${named(labels[later] ?? "")}. Everyone starts at ${named(labels[0] ?? "")}: enter how many people reached it in the same period.`;
      countMessageKinds[0] = "error";
    }
  }

  const ff = analysis.fixFirst;
  const fixStep = ff.kind === "step" ? ff.step : 0;
  const runnerUpStep = ff.kind === "step" ? (ff.runnerUp ?? 0) : 0;
  const rows = analysis.steps.map((step) =>
    stepRow(
      step,
      stepTitle(step.index),
      labels,
      targetText(step.index - 1),
      step.index === fixStep,
      step.index === runnerUpStep,
      w,
    ),
  );
  const fixFirst = fixFirstView(ff, analysis, {
    stages,
    labels,
    counts,
    stepTitle,
    w,
    money,
    origins,
    switchPoint: switchPoint(funnelInput, analysis),
  });

  const lost = [0, ...analysis.steps.map((s) => s.lost)];
  const overallText = analysis.overall === null ? dash : w.percent(analysis.overall);
  const problems = errorSummary();
  const firstWarning = countMessages.find((_, i) => countMessageKinds[i] === "warning");
  return {
    ...base,
    ready: true,
    errorSummary: problems,
    notice: "",
    rows,
    overallText,
    overallNote: analysis.overallUntrusted
      ? "Can't be trusted: some counts rise from one stage to the next, so they seem to mix periods."
      : "",
    revenueText: analysis.revenue === null ? "" : w.money(analysis.revenue),
    fixFirst,
    chart: { labels, reached: counts, lost },
    announcement: [
      `${fixFirst?.heading ?? ""}. Overall conversion ${overallText}.`,
      ...(problems.length
        ? [
            `${countNoun(problems.length, String(problems.length), "problem", "problems", locale)} to fix. ${problems[0]?.text ?? ""}`,
          ]
        : []),
      ...(!problems.length && firstWarning ? [`Check: ${firstWarning}`] : []),
    ].join(" "),
    inputs: {
      counts,
      prices,
      targetIsDefault,
      targetOrigins: origins,
      money,
      currency: state.currency,
      locale,
    },
    analysis,
  };
}

interface CardContext {
  stages: readonly StageInfo[];
  labels: string[];
  counts: number[];
  stepTitle: (index: number) => string;
  w: Words;
  money: RoleStages;
  origins: TargetOrigin[];
  switchPoint: SwitchPoint | null;
}

/** The source beside a target: "yours", "assumed", or the saved period it came from. */
function sourceWords(origin: TargetOrigin | undefined): string {
  if (origin?.source === "history") return `best saved: “${origin.period}”`;
  return origin?.source === "yours" ? "yours" : "assumed";
}

/** A target as a person writes it: "50%", "12.3%". */
const plainPercent = (rate: number): string => `${Number((rate * 100).toFixed(1))}%`;

/** What the method picks when the answer's target is below its switch point, as the end of a sentence. */
function switchedAnswer(to: SwitchPoint["to"], c: CardContext): string {
  if (to === "reach")
    return `every step would meet its target, and more people at ${named(c.labels[0] ?? "")} is the lever`;
  if (to === "none") return "no step would be below its target, but the counts seem to mix periods: check them first";
  return `fix ${c.stepTitle(to)} first`;
}

function fixFirstView(ff: FixFirst, analysis: FunnelAnalysis, c: CardContext): FixFirstView {
  const { labels, counts, w } = c;
  const lastIndex = labels.length - 1;
  const last = labels[lastIndex] ?? "";
  const empty = {
    evidence: "",
    gain: "",
    valueNote: "",
    runnerUpText: "",
    caution: "",
    adviceStage: "",
    runnerUp: "",
    targetSource: "" as const,
    basis: "",
    switchText: "",
    switchBelow: "",
    switchTo: "",
  };

  if (ff.kind === "none") {
    const reason = {
      "all-zero":
        "All the counts are zero, so there is no journey to read yet. Enter how many people reached each stage, or load the example.",
      "no-awareness": `Nobody is counted at ${named(labels[0] ?? "")}, where everyone starts, so no step can be ranked yet. Enter that count first.`,
      increasing:
        "No step is below its target, but some stage has more people than the one before it: the counts seem to mix periods, so the journey can't be called healthy. Count every stage over the same period.",
    }[ff.reason];
    return {
      ...empty,
      kind: "none",
      step: "none",
      heading: ff.reason === "increasing" ? "No answer: the counts don't add up" : "No answer yet",
      reason,
    };
  }

  if (ff.kind === "reach") {
    return {
      ...empty,
      kind: "reach",
      step: "reach",
      heading: `Fix first: reach (more people at ${named(labels[0] ?? "")})`,
      reason:
        "Every step meets its target, so people flow well from stage to stage. More of the right people at the start is now the lever.",
      gain: `Each extra person at ${named(labels[0] ?? "")} brings about ${w.percent(analysis.overall ?? 0)} of a person to ${named(last)} at your current rates.`,
      adviceStage: c.stages[0]?.id ?? "",
    };
  }

  const step = analysis.steps[ff.step - 1]!;
  const from = named(labels[ff.step - 1] ?? "");
  const into = named(labels[ff.step] ?? "");
  const end = named(last);
  const interval = step.interval ? w.range(step.interval.low, step.interval.high) : dash;
  const moneyText = (amount: number | null) =>
    analysis.rankedByMoney && amount !== null && amount > 0 ? `, worth about ${w.money(amount)} more` : "";
  const laterStages = ff.step < lastIndex;

  const reason = step.blocked
    ? `${w.people(step.from)} reached ${from}, but nobody reached ${into}, against a target of ${w.percent(step.target)}.${laterStages ? ` No one can reach the stages after ${into} until this step works.` : ""}`
    : `${w.percent(step.rate ?? 0)} of the people at ${from} went on to ${into} (${w.whole.format(step.to)} of ${w.whole.format(step.from)}), against a target of ${w.percent(step.target)}: ${w.points(step.gapPoints ?? 0)} below.`;
  const evidence =
    step.class === "clearly-below"
      ? `Even the top of its likely range (${interval}) is under the target, so this is more than chance.`
      : `Its likely range (${interval}) includes the target.`;
  const origin = c.origins[ff.step - 1];
  const assumed = origin?.source === "assumed";
  const sp = c.switchPoint;
  const switchClause = sp
    ? `If a good rate here is below ${plainPercent(sp.below)} for you, ${switchedAnswer(sp.to, c)}.`
    : "";
  const basis = !assumed
    ? ""
    : `This answer rests on a ${plainPercent(step.target)} starting assumption, not on your own numbers. ${
        sp ? switchClause : "It would stay the answer at any target here, down to 0.1%."
      }`;
  const switchText =
    assumed || !sp
      ? ""
      : `This answer holds while your target here is ${plainPercent(sp.below)} or more. ${switchClause}`;
  const targetWord = assumed ? "the assumed target" : "the target";
  const reached = step.projected?.[ff.step] ?? 0;
  const credited = creditedGains(step, c, analysis.rankedByMoney);
  const gain = step.blocked
    ? `At ${assumed ? "its assumed target" : "its target"}, ${w.about(reached)} would reach ${into}${credited && laterStages ? ` and ${credited}` : ""}${moneyText(step.gainMoney)}, if nothing else changes.`
    : `Reaching ${targetWord} would bring ${credited || `${w.aboutMore(step.gainPeople ?? 0)} to ${end} (${w.whole.format(counts[lastIndex] ?? 0)} now)`}${moneyText(step.gainMoney)}, if nothing else changes.`;

  const lastPriced = Math.max(c.money.paid ?? -1, c.money.continuing ?? -1);
  const valueNote = !analysis.rankedByMoney
    ? "Ranked by how much each fix grows the end of the journey, as no prices are given. Add prices under “Money” to rank by revenue."
    : (step.gainMoney ?? 0) > 0
      ? "Ranked by the money each fix adds at your prices."
      : `At your prices this fix adds no money: ${into} comes after ${labels[lastPriced] ? named(labels[lastPriced]) : "the last priced stage"}, the last stage with a price. No step that adds money is below its target.`;

  const second = ff.runnerUp ? analysis.steps[ff.runnerUp - 1] : undefined;
  const runnerUpText =
    second && ff.runnerUpReason
      ? `Runner-up: ${c.stepTitle(second.index)}, because ${runnerUpWhy(ff.runnerUpReason, step, second, w)}.`
      : "No other step is below its target.";
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
    // The first step starts with an audience (viewers, listeners, readers), often people you cannot
    // contact, so its advice is the first stage's, about reach; later steps take the advice of the
    // stage they lead into, whose people have met you.
    adviceStage: c.stages[ff.step === 1 ? 0 : ff.step]?.id ?? "",
    targetSource: origin?.source ?? "",
    basis,
    switchText,
    switchBelow: sp ? (sp.below * 100).toFixed(1) : "",
    switchTo: sp ? String(sp.to) : "",
  };
}

/**
 * The fix's gain where it is earned: "about 125 more paying clients at Booked and about 12 more continuing
 * clients at Retention (9 now)". With prices, every stage holding a role that gains; without, the clients
 * alone (continuing, or first payments where no stage continues). "" when the fix adds none there.
 */
function creditedGains(step: StepResult, c: CardContext, withPrices: boolean): string {
  const { money, counts, labels, w } = c;
  const counted = clientStage(money, labels.length);
  const stages = withPrices
    ? [money.paid, money.continuing].filter(
        (stage, i, all): stage is number => stage !== null && all.indexOf(stage) === i,
      )
    : [counted];
  const parts = stages.flatMap((stage) => {
    const more = (step.projected?.[stage] ?? 0) - (counts[stage] ?? 0);
    if (stage < step.index || more <= 0) return [];
    const kind = stage === money.continuing ? "continuing client" : stage === money.paid ? "paying client" : "person";
    const now = counts[stage] ?? 0;
    return [`${w.aboutMoreOf(more, kind)} to ${named(labels[stage] ?? "")} (${w.whole.format(now)} now)`];
  });
  return parts.join(" and ");
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
      return first.blocked && second.blocked
        ? "it is blocked too, but later in the journey"
        : "it would gain the same, and comes later in the journey";
  }
}

function stepRow(
  step: StepResult,
  title: string,
  labels: string[],
  targetText: string,
  isFixFirst: boolean,
  isRunnerUp: boolean,
  w: Words,
): StepRow {
  const statusText = {
    "clearly-below": step.blocked ? "Blocked: nobody moved on" : "Clearly below target",
    "may-be-below": step.blocked ? "Blocked, but few people to go on" : "May be below target",
    "on-target": "On target",
    increasing: "Over 100%: check periods",
    "no-base": "No one to move on",
  }[step.class];
  const gap = step.gapPoints;
  const gapText =
    step.class === "increasing" || gap === null
      ? dash
      : step.class === "on-target"
        ? gap < -0.05
          ? `${w.points(gap)} above`
          : "On target"
        : `${w.points(gap)} below`;
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
    caution:
      step.smallSample && step.class !== "increasing"
        ? `Only ${w.people(step.from)} at ${named(labels[step.index - 1] ?? "")}: treat this rate as a hint.`
        : "",
    isFixFirst,
    isRunnerUp,
  };
}

function emptyRow(index: number, title: string, targetText: string): StepRow {
  return {
    index,
    title,
    rateText: dash,
    intervalText: dash,
    dropText: dash,
    lostText: dash,
    targetText,
    gapText: dash,
    class: "none",
    statusText: dash,
    caution: "",
    isFixFirst: false,
    isRunnerUp: false,
  };
}
