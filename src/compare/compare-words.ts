// Every string the compare page shows for a comparison: rounded for reading, in plain words that
// never claim more than the 95% interval supports. Pure.
import type { Comparison, StepComparison, Verdict } from "./compare-model.ts";

export interface ComparisonRow {
  key: string;
  title: string;
  beforeText: string;
  afterText: string;
  changeText: string;
  intervalText: string;
  pText: string;
  probText: string;
  verdict: Verdict;
  verdictText: string;
  tooFew: boolean;
  sentence: string;
}

export interface ComparisonWords {
  rows: ComparisonRow[];
  overall: ComparisonRow;
  headline: string;
  next: string;
  mixedWarning: string;
}

export interface WordsInput {
  comparison: Comparison;
  /** Stage names (or the coach's labels), in stage order. */
  stageNames: readonly string[];
  beforeName: string;
  afterName: string;
  /** The after period's fix-first step (1…), from the calculator's analysis, if it has one. */
  fixFirstStep?: number | null;
  locale?: string;
}

const minus = "\u2212";
const dash = "—";

// Building Intl formatters costs more than the rest of a comparison's words: one set per locale.
const formatters = new Map<
  string,
  { whole: Intl.NumberFormat; oneDecimal: Intl.NumberFormat; plural: Intl.PluralRules }
>();
function formattersFor(locale: string) {
  let set = formatters.get(locale);
  if (!set) {
    set = {
      whole: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
      oneDecimal: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      plural: new Intl.PluralRules(locale),
    };
    formatters.set(locale, set);
  }
  return set;
}

export function comparisonWords(input: WordsInput): ComparisonWords {
  const { comparison, stageNames, beforeName, afterName } = input;
  const { whole, oneDecimal, plural } = formattersFor(input.locale ?? "en-GB");
  const people = (n: number) => `${whole.format(n)} ${plural.select(n) === "one" ? "person" : "people"}`;
  const percent = (rate: number) => `${oneDecimal.format(rate * 100)}%`;
  const signed = (fraction: number) => {
    const text = oneDecimal.format(Math.abs(fraction * 100));
    if (text === oneDecimal.format(0)) return text;
    return `${fraction < 0 ? minus : "+"}${text}`;
  };
  const points = (fraction: number) => {
    const value = signed(fraction);
    return `${value} ${value === `${minus}1.0` || value === "+1.0" ? "point" : "points"}`;
  };
  const pText = (p: number) => (p < 0.001 ? "< 0.001" : p > 0.999 ? "1.00" : p.toFixed(p < 0.01 ? 3 : 2));
  const probText = (p: number) =>
    p > 0.999 ? "over 99.9%" : p < 0.001 ? "under 0.1%" : `${whole.format(Math.round(p * 100))}%`;
  const periodOf = (name: "before" | "after") => (name === "before" ? beforeName : afterName);
  const listPeriods = (sides: ("before" | "after")[]) => sides.map(periodOf).join(" and ");

  function row(step: StepComparison): ComparisonRow {
    const fromName = stageNames[step.fromStage] ?? "";
    const toName = stageNames[step.toStage] ?? "";
    const isOverall = step.key === "overall";
    const title = isOverall ? `Overall (${fromName} → ${toName})` : `${fromName} → ${toName}`;
    const subject = isOverall ? "Overall conversion" : title;
    const sideText = (s: StepComparison["before"]) =>
      s.rate === null
        ? `${dash} (${whole.format(s.to)} of ${whole.format(s.from)})`
        : `${percent(s.rate)} (${whole.format(s.to)} of ${whole.format(s.from)})`;
    const base = {
      key: step.key,
      title,
      beforeText: sideText(step.before),
      afterText: sideText(step.after),
      verdict: step.verdict,
      tooFew: step.tooFew,
    };
    if (step.notApplicable !== null || step.change === null || step.interval === null) {
      const sentence =
        step.notApplicable === "increasing"
          ? `More people reached ${toName} than ${fromName} in ${listPeriods(step.problemSides)}, so the counts look like they mix different periods; this step is left out of the comparison.`
          : `Nobody reached ${fromName} in ${listPeriods(step.problemSides)}, so there is no rate to compare.`;
      return {
        ...base,
        changeText: dash,
        intervalText: dash,
        pText: dash,
        probText: dash,
        verdictText: "Not comparable",
        sentence,
      };
    }
    const { change, interval } = step;
    const before = percent(step.before.rate ?? 0);
    const after = percent(step.after.rate ?? 0);
    const unchanged = signed(change) === oneDecimal.format(0);
    const movement = unchanged ? `stayed at ${after}` : `${change > 0 ? "rose" : "fell"} from ${before} to ${after}`;
    const range = `${signed(interval.low)} to ${points(interval.high)}`;
    let sentence: string;
    if (step.tooFew) {
      const smaller = step.before.from <= step.after.from ? "before" : "after";
      const fewest =
        step.before.from === step.after.from
          ? `${people(step.before.from)} started this step in each period`
          : `only ${people(Math.min(step.before.from, step.after.from))} started this step in ${periodOf(smaller)}`;
      sentence = `${subject} ${movement}, but ${fewest}: too few people to tell whether it really changed.`;
    } else if (step.verdict === "better") {
      sentence = `${subject} improved from ${before} to ${after}. The 95% interval (${range}) is above zero, so this is unlikely to be chance alone, though the real gain may be as small as ${oneDecimal.format(interval.low * 100)} points.`;
    } else if (step.verdict === "worse") {
      sentence = `${subject} dropped from ${before} to ${after}. The 95% interval (${range}) is below zero, so this is unlikely to be chance alone, though the real loss may be as small as ${oneDecimal.format(Math.abs(interval.high * 100))} points.`;
    } else {
      sentence = `${subject} ${movement}; with this many people that could still be chance (the real change could be anywhere from ${range}).`;
    }
    const verdictText = step.tooFew
      ? "Too few people to tell"
      : step.verdict === "better"
        ? "Better"
        : step.verdict === "worse"
          ? "Worse"
          : "No clear change";
    return {
      ...base,
      changeText: unchanged ? "no change" : points(change),
      intervalText: range,
      pText: pText(step.pValue ?? 1),
      probText: probText(step.probBetter ?? 0.5),
      verdictText,
      sentence,
    };
  }

  const rows = comparison.steps.map(row);
  const overall = row(comparison.overall);
  const clear = rows.filter((r) => !r.tooFew && (r.verdict === "better" || r.verdict === "worse"));
  const headline =
    clear.length === 0
      ? `No step changed by more than chance could explain between ${beforeName} and ${afterName}.`
      : `${clear.length === 1 ? "One step" : `${whole.format(clear.length)} steps`} changed by more than chance between ${beforeName} and ${afterName}: ${clear.map((r) => `${r.title} got ${r.verdict}`).join("; ")}.`;
  const worse = clear.find((r) => r.verdict === "worse");
  const fixFirst = input.fixFirstStep ? rows[input.fixFirstStep - 1] : undefined;
  const next = worse
    ? `Look first at ${worse.title}: it is the step that clearly got worse.`
    : fixFirst
      ? `For ${afterName}, the calculator's fix-first step is ${fixFirst.title} (open that period in the calculator to see why).`
      : "";
  const mixedWarning = comparison.mixedPeriods
    ? "Some counts go up from one stage to the next, which usually means numbers from different periods were mixed. Those steps are left out."
    : "";
  return { rows, overall, headline, next, mixedWarning };
}
