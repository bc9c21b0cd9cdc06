// From what the person typed to every string the calculator shows. Pure: the Alpine component,
// the CSV export and the build-time worked example (for readers without JavaScript) all use it.
import { analyzeFunnel, type FunnelAnalysis, type StepResult } from "./funnel.ts";
import { parseCount, parseGoal, parseMoney, parseTargetPercent } from "./funnel-input.ts";
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
  dropText: string;
  lostText: string;
  targetText: string;
  gapText: string;
  status: "below" | "met" | "blocked" | "over" | "none";
  statusText: string;
  caution: string;
  isFixFirst: boolean;
}

export interface FixFirstView {
  kind: "blocked" | "step" | "reach";
  heading: string;
  reason: string;
  gain: string;
  problem: string;
  fixes: string[];
  guideUrl: string;
  guideLabel: string;
}

export interface CalculatorView {
  labels: string[];
  ready: boolean;
  countMessages: string[];
  countMessageKinds: ("error" | "warning" | "")[];
  targetMessages: string[];
  priceMessages: { decision: string; retention: string };
  goalMessage: string;
  notice: string;
  rows: StepRow[];
  overallText: string;
  revenueText: string;
  fixFirst: FixFirstView | null;
  goalText: string;
  whatIfText: string;
  chartSummary: string;
  chart: { labels: string[]; reached: number[]; lost: number[] } | null;
  analysis: FunnelAnalysis | null;
}

export interface ViewOptions {
  /** Step (1–4) and rate (0–1) for the what-if control, if one is being tried. */
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

export function buildView(state: CalculatorState, stages: readonly StageInfo[], options: ViewOptions = {}): CalculatorView {
  const locale = options.locale ?? "en-GB";
  const whole = formatter(locale, { maximumFractionDigits: 0 });
  const oneDecimal = formatter(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = (rate: number) => `${oneDecimal.format(rate * 100)}%`;
  const money = (amount: number) => formatter(locale, { style: "currency", currency: state.currency, maximumFractionDigits: 0 }).format(amount);
  const labels = stages.map((stage, i) => state.labels[i]?.trim() || stage.name);

  const countResults = stages.map((stage, i) => parseCount(state.counts[i] ?? "", labels[i] ?? stage.name));
  const targetResults = stages.slice(1).map((_, i) => parseTargetPercent(state.targets[i] ?? ""));
  const decisionPrice = parseMoney(state.priceDecision);
  const retentionValue = parseMoney(state.valueRetention);
  const goal = parseGoal(state.goal);

  // A form nobody has typed a count into yet is waiting, not wrong: no "empty" error on every field.
  const started = countResults.some((r) => r.ok || r.problem !== "empty");
  const countMessages = countResults.map((r) => (!r.ok && started ? r.message : ""));
  const countMessageKinds: ("error" | "warning" | "")[] = countMessages.map((message) => (message ? "error" : ""));
  const targetMessages = targetResults.map((r) => (r.ok ? "" : r.message));
  const priceMessages = { decision: decisionPrice.ok ? "" : decisionPrice.message, retention: retentionValue.ok ? "" : retentionValue.message };
  const goalMessage = goal.ok ? "" : goal.message;

  const counts = countResults.map((r) => (r.ok ? r.value : 0));
  const targets = targetResults.map((r, i) => (r.ok ? r.value : (stages[i + 1]?.targetRate ?? 1)));
  const ready = countResults.every((r) => r.ok) && targetResults.every((r) => r.ok);
  const base: Omit<CalculatorView, "ready" | "notice" | "rows" | "overallText" | "revenueText" | "fixFirst" | "goalText" | "whatIfText" | "chartSummary" | "chart" | "analysis"> = {
    labels,
    countMessages,
    countMessageKinds,
    targetMessages,
    priceMessages,
    goalMessage,
  };
  const stepTitle = (index: number) => `${labels[index - 1]} → ${labels[index]}`;

  if (!ready) {
    const blankRows = stages.slice(1).map((_, i) => emptyRow(i + 1, stepTitle(i + 1), targets[i] ?? 1, percent));
    return {
      ...base,
      ready,
      notice:
        started || targetMessages.some(Boolean)
          ? "Fix the highlighted fields above to see your results. Nothing you typed has been changed."
          : "Type how many people reached each stage, or load the example, to see where they drop off.",
      rows: blankRows,
      overallText: dash,
      revenueText: "",
      fixFirst: null,
      goalText: "",
      whatIfText: "",
      chartSummary: "",
      chart: null,
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
    ...(goal.ok && goal.value !== undefined ? { goal: goal.value } : {}),
    ...(options.whatIf ? { whatIf: options.whatIf } : {}),
  });

  // Warnings that belong to a field: a later stage larger than the one before it.
  for (const warning of analysis.warnings) {
    if (warning.kind === "increasing") {
      countMessages[warning.step] = `More people at ${labels[warning.step]} (${whole.format(warning.to)}) than at ${labels[warning.step - 1]} (${whole.format(warning.from)}). Check that both counts cover the same period. This step shows over 100% and is left out of the fix-first ranking.`;
      countMessageKinds[warning.step] = "warning";
    }
  }

  const fixStep = analysis.fixFirst.kind === "step" || analysis.fixFirst.kind === "blocked" ? analysis.fixFirst.step : 0;
  const rows = analysis.steps.map((step) => stepRow(step, stepTitle(step.index), labels, step.index === fixStep, percent, whole));
  const last = labels[labels.length - 1] ?? "";
  const gainMoney = (amount: number | null) => (amount !== null && amount > 0 ? `, worth about ${money(amount)} more revenue` : "");
  const people = (n: number) => (n >= 0.5 ? `about ${whole.format(n)} more ${Math.round(n) === 1 ? "person" : "people"}` : "less than one more person");

  let fixFirst: FixFirstView | null = null;
  const ff = analysis.fixFirst;
  if (ff.kind === "step" || ff.kind === "blocked") {
    const step = analysis.steps[ff.step - 1]!;
    const stage = stages[ff.step]!;
    const common = {
      problem: `This is a ${stage.problemType} problem. ${stage.problemExplained}`,
      fixes: stage.fixes.slice(0, 3),
      guideUrl: stage.guideUrl,
      guideLabel: `Read the ${stage.name.toLowerCase()} guide`,
    };
    fixFirst =
      ff.kind === "blocked"
        ? {
            kind: "blocked",
            heading: `Fix first: ${stepTitle(ff.step)}`,
            reason: `${whole.format(step.from)} people reached ${labels[ff.step - 1]}, but nobody reached ${labels[ff.step]}. Until this step works, nothing after it can.`,
            gain: `At the target of ${percent(step.target)}, about ${whole.format(ff.gainPeople)} people would reach ${labels[ff.step]}${gainMoney(ff.gainMoney)}.`,
            ...common,
          }
        : {
            kind: "step",
            heading: `Fix first: ${stepTitle(ff.step)}`,
            reason: `Only ${percent(step.rate ?? 0)} of people at ${labels[ff.step - 1]} reach ${labels[ff.step]}, against a target of ${percent(step.target)}. Of the steps below target, this one has the most room: reaching its target would multiply everyone after it by ${ff.growth.toFixed(2)}.`,
            gain: `That is ${people(ff.gainPeople)} at ${last} (${whole.format(counts[4] ?? 0)} now)${gainMoney(ff.gainMoney)}, if nothing else changes.`,
            ...common,
          };
  } else if (ff.kind === "reach") {
    const top = stages[0]!;
    fixFirst = {
      kind: "reach",
      heading: `Fix first: reach (grow ${labels[0]})`,
      reason: "Every step meets its target, so people flow well from stage to stage. More of the right people at the top is now the lever.",
      gain: `Each extra person at ${labels[0]} brings about ${percent(analysis.overall ?? 0)} of a person to ${last} at your current rates.`,
      problem: `This is a ${top.problemType} problem. ${top.problemExplained}`,
      fixes: top.fixes.slice(0, 3),
      guideUrl: top.guideUrl,
      guideLabel: `Read the ${top.name.toLowerCase()} guide`,
    };
  }

  const notice = analysis.warnings.some((w) => w.kind === "all-zero")
    ? "All the counts are zero. Enter how many people reached each stage, or load the example."
    : "";

  let goalText = "";
  if (analysis.goal) {
    const g = analysis.goal;
    const current = g.atCurrentRates === null ? `At your current rates you can't get there: a step on the way converts nobody.` : `At your current rates you need about ${whole.format(g.atCurrentRates)} people at ${labels[0]}.`;
    goalText = `To gain ${whole.format(g.clients)} ${labels[3]} ${g.clients === 1 ? "client" : "clients"}: ${current} At the target rates you would need about ${whole.format(g.atTargetRates)}.`;
  }

  let whatIfText = "";
  if (analysis.whatIf) {
    const w = analysis.whatIf;
    const revenue = w.revenue !== null && analysis.revenue !== null ? ` Revenue would be ${money(w.revenue)} instead of ${money(analysis.revenue)}.` : "";
    whatIfText = `If ${stepTitle(w.step)} converted at ${percent(w.rate)}, about ${whole.format(w.counts[4] ?? 0)} people would reach ${last} instead of ${whole.format(counts[4] ?? 0)}, and overall conversion would be ${w.overall === null ? dash : percent(w.overall)}.${revenue}`;
  }

  const lost = [0, ...analysis.steps.map((s) => s.lost)];
  const chartSummary = `People at each stage: ${labels.map((label, i) => `${label} ${whole.format(counts[i] ?? 0)}${i > 0 ? ` (${whole.format(lost[i] ?? 0)} lost)` : ""}`).join("; ")}.`;

  return {
    ...base,
    ready,
    notice,
    rows,
    overallText: analysis.overall === null ? dash : percent(analysis.overall),
    revenueText: analysis.revenue === null ? "" : money(analysis.revenue),
    fixFirst,
    goalText,
    whatIfText,
    chartSummary,
    chart: { labels, reached: counts, lost },
    analysis,
  };
}

function stepRow(step: StepResult, title: string, labels: string[], isFixFirst: boolean, percent: (r: number) => string, whole: Intl.NumberFormat): StepRow {
  const status: StepRow["status"] = step.rate === null ? "none" : step.increasing ? "over" : step.blocked ? "blocked" : step.belowTarget ? "below" : "met";
  const statusText = { none: "No one to move on", over: "Over 100%: check periods", blocked: "Blocked: nobody moved on", below: "Below target", met: "Meets target" }[status];
  return {
    index: step.index,
    title,
    rateText: step.rate === null ? dash : percent(step.rate),
    dropText: step.drop === null ? dash : step.drop < 0 ? dash : percent(step.drop),
    lostText: whole.format(step.lost),
    targetText: percent(step.target),
    gapText: step.gap === null ? dash : step.gap > 0 ? `${percent(step.gap)} below` : "On or above",
    status,
    statusText: isFixFirst ? `${statusText}: fix first` : statusText,
    caution: step.smallSample && !step.increasing ? `Only ${whole.format(step.from)} people at ${labels[step.index - 1]}: this rate is noisy. Treat it as a hint.` : "",
    isFixFirst,
  };
}

function emptyRow(index: number, title: string, target: number, percent: (r: number) => string): StepRow {
  return { index, title, rateText: dash, dropText: dash, lostText: dash, targetText: percent(target), gapText: dash, status: "none", statusText: dash, caution: "", isFixFirst: false };
}
