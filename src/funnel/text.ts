// Small wording helpers for everything the calculator writes. Pure. Text is counted and cut by
// graphemes (what a person sees as one character), so an emoji or an accented letter is never split.
import { siteLocale } from "./locale.ts";

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
const split = (text: string): string[] => Array.from(graphemes.segment(text), (part) => part.segment);

export const graphemeCount = (text: string): number => split(text).length;

/** Code points (not UTF-16 units): what bounds the work a text costs, whatever its graphemes. */
export const codePointCount = (text: string): number => {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
};

/**
 * Code points a text of `max` characters may hold: eight each, as a family emoji has seven, so any real
 * name fits, while one letter under 10,000 combining marks (one grapheme) cannot pass a 60-character
 * limit and cost every keystroke a long segmentation.
 */
export const codePointBudget = (max: number): number => max * 8;

/** The first `max` graphemes of `text`, with "…" when anything was left out; never over its code-point budget. */
export function shorten(text: string, max: number): string {
  const budget = codePointBudget(max);
  const bounded = codePointCount(text) > budget ? Array.from(text).slice(0, budget).join("") : text;
  const parts = split(bounded);
  return parts.length > max || bounded !== text ? `${parts.slice(0, max - 1).join("")}…` : text;
}

/**
 * Text without control characters, which never belong in a name, count or note from a link, a file
 * or the keyboard; `keep` lists the ones a field allows (a note keeps its line breaks: "\n").
 */
export function stripControls(text: string, keep = ""): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (control) => (keep.includes(control) ? control : ""));
}

/** A name for a downloaded file: lowercase words joined by hyphens, or `fallback` when none are left. */
export function fileSlug(name: string, fallback: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[^\w\s-]/g, "")
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, "-")
      .slice(0, 60) || fallback
  );
}

/** What a person typed, echoed back in quotation marks and kept short so a message never swamps the page. */
export const quoted = (typed: string, max = 24): string => `“${shorten(typed.trim(), max)}”`;

const pluralRules = new Map<string, Intl.PluralRules>();

/** "1 person", "2 people", chosen by Intl.PluralRules for the locale, from an already formatted number. */
export function countNoun(count: number, formatted: string, one: string, other: string, locale = siteLocale): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return `${formatted} ${rules.select(count) === "one" ? one : other}`;
}

/** "a trust problem", "an advocacy problem": the article for an English word, by its first sound's letter. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
}

// Intl formatters are slow to create and this runs on every keystroke, so each is made once.
const formatterCache = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatterCache.get(key);
  if (!cached) formatterCache.set(key, (cached = new Intl.NumberFormat(locale, options)));
  return cached;
}

/** The words every sentence below is made of, for one locale and currency. */
export function wording(locale: string, currency: string) {
  const whole = formatter(locale, { maximumFractionDigits: 0 });
  const oneDecimal = formatter(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const twoDecimals = formatter(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = (rate: number) => `${oneDecimal.format(rate * 100)}%`;
  const people = (n: number) => countNoun(n, whole.format(n), "person", "people", locale);
  const aboutMoreOf = (n: number, noun: "person" | "paying client" | "continuing client") =>
    Math.round(n) >= 1
      ? `about ${countNoun(Math.round(n), whole.format(Math.round(n)), `more ${noun}`, noun === "person" ? "more people" : `more ${noun}s`, locale)}`
      : `less than one more ${noun}`;
  return {
    whole,
    percent,
    people,
    money: (amount: number) =>
      formatter(locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(amount),
    range: (low: number, high: number) => `${oneDecimal.format(low * 100)}–${oneDecimal.format(high * 100)}%`,
    points: (points: number) => `${oneDecimal.format(Math.abs(points))} points`,
    times: (growth: number) => `×${twoDecimals.format(growth)}`,
    /** "about 12 more people", "about 1 more person", never "about 0 people". */
    aboutMore: (n: number) => aboutMoreOf(n, "person"),
    /** "about 12 more continuing clients", "less than one more paying client". */
    aboutMoreOf,
    about: (n: number) => (Math.round(n) >= 1 ? `about ${people(Math.round(n))}` : "less than one person"),
  };
}
export type Words = ReturnType<typeof wording>;
