// Every string the compare page shows for a comparison: plain words first (what changed, and how sure
// we can be), the statistics for the details view; rounded for reading, and never claiming more than
// the 95% interval supports. The verdict and the chance it improved never contradict each other. Pure.
import type { Comparison, StepComparison, Verdict } from "./compare-model.ts";
import { siteLocale } from "../funnel/locale.ts";

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
  /** "1,240 people a period" for an unclear change, else "—". */
  neededText: string;
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
  /** The after period covers a whole month: "3 more months like November", not "periods". */
  afterIsMonth?: boolean;
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
  const { whole, oneDecimal, plural } = formattersFor(input.locale ?? siteLocale);
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
        neededText: dash,
      };
    }
    const { change, interval } = step;
    const before = percent(step.before.rate ?? 0);
    const after = percent(step.after.rate ?? 0);
    const unchanged = signed(change) === oneDecimal.format(0);
    const movement = unchanged ? `stayed at ${after}` : `${change > 0 ? "rose" : "fell"} from ${before} to ${after}`;
    const range = `${signed(interval.low)} to ${points(interval.high)}`;
    const probBetter = step.probBetter ?? 0.5;
    // An unclear change leans one way when the chance it improved is 90% or more (or 10% or less).
    const leaning =
      step.verdict !== "unclear" || unchanged
        ? null
        : probBetter >= 0.9
          ? "better"
          : probBetter <= 0.1
            ? "worse"
            : null;
    const needed = neededWords(step, fromName);
    let sentence: string;
    if (step.tooFew) {
      const smaller = step.before.from <= step.after.from ? "before" : "after";
      const fewest =
        step.before.from === step.after.from
          ? `${people(step.before.from)} started this step in each period`
          : `only ${people(Math.min(step.before.from, step.after.from))} started this step in ${periodOf(smaller)}`;
      sentence = `${subject} ${movement}, but ${fewest}: too few people to tell whether it really changed.${needed}`;
    } else if (step.verdict === "better" || step.verdict === "worse") {
      const likely = (step.pValue ?? 1) < 0.001 ? "very unlikely" : "unlikely";
      sentence = `${subject} ${movement}. That is ${likely} to be chance.`;
    } else if (unchanged) {
      sentence = `${subject} ${movement}.`;
    } else if (leaning) {
      sentence = `${subject} ${movement}: probably ${leaning}, but not yet sure, as a change this size could still be chance.${needed}`;
    } else {
      sentence = `${subject} ${movement}. That could still be chance.${needed}`;
    }
    const verdictText = step.tooFew
      ? "Too few people to tell"
      : step.verdict === "better"
        ? "Better"
        : step.verdict === "worse"
          ? "Worse"
          : leaning
            ? `Probably ${leaning}, not yet sure`
            : "Could still be chance";
    return {
      ...base,
      changeText: unchanged ? "no change" : points(change),
      intervalText: range,
      pText: pText(step.pValue ?? 1),
      probText: probText(probBetter),
      verdictText,
      sentence,
      neededText: step.peopleNeeded === null ? dash : `${people(step.peopleNeeded)} a period`,
    };
  }

  /** " To tell a change this size, …": how many people, and how long at the after period's numbers. */
  function neededWords(step: StepComparison, fromName: string): string {
    const needed = step.peopleNeeded;
    if (needed === null) return "";
    const perPeriod = step.after.from;
    const more = Math.ceil(needed / perPeriod) - 1;
    const unit = (n: number) => (input.afterIsMonth ? (n === 1 ? "month" : "months") : n === 1 ? "period" : "periods");
    const pace =
      more <= 0
        ? `${afterName} had that many; ${beforeName} had ${whole.format(step.before.from)}`
        : `about ${whole.format(more)} more ${unit(more)} like ${afterName} (${whole.format(more + 1)} in all)`;
    return ` To tell a change this size, each period needs about ${people(needed)} reaching ${fromName}: ${pace}.`;
  }

  const rows = comparison.steps.map(row);
  const overall = row(comparison.overall);
  const clear = rows.filter((r) => !r.tooFew && (r.verdict === "better" || r.verdict === "worse"));
  const comparable = rows.filter((r) => r.verdict !== "n/a");
  const between = `between ${beforeName} and ${afterName}`;
  const others = clear.length - 1;
  const headline =
    comparable.length === 0
      ? `No step could be compared ${between}: each one had nobody at its start, or more people at its end than its start, in one of the periods.`
      : clear.length > 0
        ? `${clear[0]!.sentence}${others > 0 ? ` ${others === 1 ? "One other step" : `${whole.format(others)} other steps`} changed clearly too; see below.` : ""}`
        : comparable.every((r) => r.tooFew)
          ? `Too few people reached each step ${between} to tell whether anything really changed.`
          : `No step changed clearly ${between}: each change could still be chance.`;
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
