// Turns what a person typed into numbers, or into a message that says what was understood and
// what to type instead. Pure. Nothing is reinterpreted silently: "1.000" and "1,5" could each
// mean two things, so they are refused with a question, never guessed.
import { continuingClientValue } from "./money-roles.ts";
import { trailingCurrency } from "./currency-words.ts";
import { codePointBudget, codePointCount, graphemeCount, quoted } from "./text.ts";

export const maxCount = 1e9;

export type CountProblem = "empty" | "not-a-number" | "negative" | "fraction" | "too-large" | "ambiguous";

export type Parsed<T, P extends string> = { ok: true; value: T } | { ok: false; problem: P; message: string };

/** Spaces people put between thousands: ordinary, no-break and thin spaces. */
const groupSpace = "[ \\u00a0\\u202f\\u2009]";
/** Whole digits with thousands grouped by commas ("1,200") or spaces ("1 200"), or not grouped at all. */
const wholePattern = new RegExp(`^(\\d{1,3}(,\\d{3})+|\\d{1,3}(${groupSpace}\\d{3})+|\\d+)$`);
/** The same, with an optional decimal part after a point. */
const decimalPattern = new RegExp(`^(\\d{1,3}(,\\d{3})+|\\d{1,3}(${groupSpace}\\d{3})+|\\d+)(\\.\\d+)?$`);
/** "1.000" or "12.500.000": a point grouping thousands, as in much of Europe, or a decimal? */
const pointGroupedPattern = /^\d{1,3}(\.\d{3})+$/;
/** "1,5" or "17,25": a decimal comma. */
const decimalCommaPattern = /^\d+,\d{1,2}$|^\d+,\d{4,}$/;

const stripGroups = (text: string): string => text.replace(new RegExp(`[,${groupSpace.slice(1, -1)}]`, "g"), "");
const normaliseSpaces = (raw: string): string => raw.replace(/[\u00a0\u202f\u2009]/g, " ").trim();

/** A count of people: a whole number from 0 to a billion. `stageName` makes the message specific. */
export function parseCount(raw: string, stageName: string): Parsed<number, CountProblem> {
  const text = raw.trim();
  if (text === "")
    return { ok: false, problem: "empty", message: `Enter how many people reached ${stageName}. Use 0 if nobody did.` };
  const unsigned = text.replace(/^[-−]\s*/, "");
  if (unsigned !== text && /^\d/.test(unsigned)) {
    return {
      ok: false,
      problem: "negative",
      message: "A count can't be below zero. Use 0 if nobody reached this stage.",
    };
  }
  if (pointGroupedPattern.test(text)) {
    const whole = text.replace(/\./g, "");
    return {
      ok: false,
      problem: "ambiguous",
      message: `${quoted(text)} could mean ${Number(whole)} or ${Number(text)}. Did you mean ${Number(whole)}? Type whole numbers without a decimal point, such as ${Number(whole)} or ${groupThousands(whole)}.`,
    };
  }
  if (decimalCommaPattern.test(text)) {
    return {
      ok: false,
      problem: "ambiguous",
      message: `${quoted(text)} is unclear: a comma here separates thousands, as in 1,500. Type the whole number of people, such as ${stripGroups(text)}.`,
    };
  }
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(text)) {
    return {
      ok: false,
      problem: "not-a-number",
      message: `${quoted(text)} looks like scientific notation. Type the number in full, such as 1000.`,
    };
  }
  if (decimalPattern.test(text) && !wholePattern.test(text)) {
    const value = Number(stripGroups(text));
    if (Number.isInteger(value)) {
      return {
        ok: false,
        problem: "fraction",
        message: `Type whole numbers without a decimal point: ${value}, not ${text}.`,
      };
    }
    return {
      ok: false,
      problem: "fraction",
      message: `Count whole people: ${Math.floor(value)} or ${Math.ceil(value)}, not ${text}.`,
    };
  }
  if (!wholePattern.test(text)) {
    return {
      ok: false,
      problem: "not-a-number",
      message: `${quoted(text)} is not a number of people. Use digits only, such as 250 or 1,200.`,
    };
  }
  const value = Number(stripGroups(text));
  if (value > maxCount)
    return { ok: false, problem: "too-large", message: "That is more than a billion people. Check for an extra zero." };
  return { ok: true, value };
}

export type MoneyProblem = "not-a-number" | "negative" | "too-large" | "ambiguous" | "wrong-currency";

const currencySymbols: Record<string, readonly string[]> = {
  GBP: ["£"],
  USD: ["$", "US$"],
  EUR: ["€"],
  AUD: ["$", "A$", "AU$"],
  CAD: ["$", "C$", "CA$"],
  NZD: ["$", "NZ$"],
};
const allSymbols = ["US$", "AU$", "CA$", "NZ$", "A$", "C$", "£", "$", "€"];

/** An optional money amount in `currency`: empty means "not given". A leading symbol or trailing code must match. */
export function parseMoney(raw: string, currency = "GBP"): Parsed<number | undefined, MoneyProblem> {
  let text = normaliseSpaces(raw);
  if (text === "") return { ok: true, value: undefined };
  const typed = text;
  const negative = /^[-−]/.test(text);
  text = text.replace(/^[-−]\s*/, "");
  const symbol = allSymbols.find((s) => text.startsWith(s));
  if (symbol) {
    if (!(currencySymbols[currency] ?? []).includes(symbol)) {
      return {
        ok: false,
        problem: "wrong-currency",
        message: `${quoted(typed)} has the symbol ${symbol}, but the currency is set to ${currency}. Change the currency above, or type the amount alone, such as 90.`,
      };
    }
    text = text.slice(symbol.length).trim();
  }
  const written = trailingCurrency(text, Object.keys(currencySymbols));
  if (written) {
    if (!written.codes.includes(currency)) {
      const meaning = written.codes.length === 0 ? "is not a currency this calculator reads" : "";
      return {
        ok: false,
        problem: meaning ? "not-a-number" : "wrong-currency",
        message: meaning
          ? `${quoted(typed)}: “${written.written}” ${meaning}. Type the amount alone, such as 90, and pick the currency above.`
          : `${quoted(typed)} is in ${written.written}, but the currency is set to ${currency}. Change the currency above, or type the amount alone, such as 90.`,
      };
    }
    text = written.amount;
  }
  if (negative && /^\d/.test(text)) return { ok: false, problem: "negative", message: "A price can't be below zero." };
  if (pointGroupedPattern.test(text)) {
    const whole = text.replace(/\./g, "");
    return {
      ok: false,
      problem: "ambiguous",
      message: `${quoted(typed)} could mean ${Number(whole)} or ${Number(text)}. Did you mean ${Number(whole)}? Type it as ${whole} or ${groupThousands(whole)}; use a point only for pence or cents, as in 89.50.`,
    };
  }
  if (/^\d+,\d{1,2}$/.test(text)) {
    return {
      ok: false,
      problem: "ambiguous",
      message: `${quoted(typed)} is unclear: use a point for pence or cents, as in ${text.replace(",", ".")}, and commas only between thousands.`,
    };
  }
  if (!decimalPattern.test(text) || /\.\d{3,}$/.test(text)) {
    return {
      ok: false,
      problem: "not-a-number",
      message: `${quoted(typed)} is not an amount. Type digits, such as 90, 1,200 or 89.50.`,
    };
  }
  const value = Number(stripGroups(text));
  if (value > maxCount)
    return { ok: false, problem: "too-large", message: "That amount is over a billion. Check for an extra zero." };
  return { ok: true, value };
}

/**
 * A continuing client's value: an amount as parseMoney reads it, or a fee times how often it is paid,
 * "90 × 10" or "£90 x 10 sessions" (continuingClientValue works it out: 900).
 */
export function parseClientValue(raw: string, currency = "GBP"): Parsed<number | undefined, MoneyProblem> {
  const product = /^(.+?)\s*[x×*]\s*(\d{1,4}(?:\.\d{1,2})?)\s*(?:sessions?|months?)?$/i.exec(normaliseSpaces(raw));
  if (!product) return parseMoney(raw, currency);
  const fee = parseMoney(product[1] ?? "", currency);
  if (!fee.ok || fee.value === undefined) return fee;
  const value = continuingClientValue(fee.value, Number(product[2]));
  if (value > maxCount)
    return { ok: false, problem: "too-large", message: "That amount is over a billion. Check for an extra zero." };
  return { ok: true, value };
}

export type TargetProblem = "empty" | "not-a-number" | "out-of-range" | "ambiguous";

/**
 * A target rate typed as a percentage ("17.3" or "17.3%"), returned as the exact text's fraction
 * in (0, 1]. Parsed from the digits, so "17.3" is 173/1000 to the last bit Number allows.
 */
export function parseTargetPercent(raw: string): Parsed<number, TargetProblem> {
  const text = raw.trim().replace(/\s*%$/, "");
  if (text === "") return { ok: false, problem: "empty", message: "Enter a target between 0.1% and 100%." };
  if (/^\d+,\d+$/.test(text)) {
    return {
      ok: false,
      problem: "ambiguous",
      message: `${quoted(raw.trim())} is unclear: use a point for decimals, as in ${text.replace(",", ".")}.`,
    };
  }
  if (!/^\d+(\.\d+)?$/.test(text))
    return {
      ok: false,
      problem: "not-a-number",
      message: `${quoted(raw.trim())} is not a percentage. Type a number such as 25 or 17.5.`,
    };
  const value = Number(text);
  if (value <= 0 || value > 100)
    return { ok: false, problem: "out-of-range", message: "A target must be above 0% and at most 100%." };
  return { ok: true, value: value / 100 };
}

/** The goal back-solve's "continuing clients wanted": empty means no goal. */
export function parseGoal(raw: string): Parsed<number | undefined, CountProblem> {
  if (raw.trim() === "") return { ok: true, value: undefined };
  const parsed = parseCount(raw, "your goal");
  return parsed.ok ? { ok: true, value: parsed.value } : parsed;
}

export const maxLabelLength = 60;

/** A stage's own name: anything a person types, shown as text. Too long gets a message, never a silent cut. */
export function parseLabel(raw: string): Parsed<string, "too-long"> {
  const length = graphemeCount(raw.trim());
  if (codePointCount(raw.trim()) > codePointBudget(maxLabelLength)) {
    return {
      ok: false,
      problem: "too-long",
      message: `This name holds too many accents or symbols for ${maxLabelLength} characters; shorten it.`,
    };
  }
  if (length > maxLabelLength) {
    return {
      ok: false,
      problem: "too-long",
      message: `This name has ${length} characters; keep it to ${maxLabelLength} or fewer.`,
    };
  }
  return { ok: true, value: raw.trim() };
}

/**
 * The whole number a point-grouped count ("2.400") most likely means, written unambiguously
 * ("2,400"), for a one-click offer beside the question; "" when the text is not one. Never applied
 * without the click: "2.400" could also be 2.4.
 */
export function pointGroupedSuggestion(raw: string): string {
  const text = raw.trim();
  return pointGroupedPattern.test(text) ? groupThousands(text.replace(/\./g, "")) : "";
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
