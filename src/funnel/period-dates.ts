// What a saved period covers: a month or a from–to date range, as ISO dates (yyyy-mm-dd, both days
// included). Periods sort by it, so October comes before November whatever order they were saved
// in. Pure; dates are calendar days with no time zone, so they never shift by a day on the way.
import { siteLocale } from "./locale.ts";

export interface Coverage {
  from: string;
  to: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The whole of one month (month 1–12). */
export function monthCoverage(year: number, month: number): Coverage {
  return { from: `${pad(year, 4)}-${pad(month)}-01`, to: `${pad(year, 4)}-${pad(month)}-${daysIn(year, month)}` };
}

/** Last month on the coach's calendar: people enter a month's numbers once it is over. */
export function lastMonth(now: Date): Coverage {
  const month = now.getMonth(); // 0-based, so this is last month's 1-based number…
  return month === 0 ? monthCoverage(now.getFullYear() - 1, 12) : monthCoverage(now.getFullYear(), month);
}

/** The month a moment falls in, on the coach's calendar. */
export function monthOf(moment: Date): Coverage {
  return monthCoverage(moment.getFullYear(), moment.getMonth() + 1);
}

const monthNames = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** "November 2026", "Nov 2026", "Sept. 2026" or "2026-11" as that month; anything else is null. */
export function monthFromName(name: string): Coverage | null {
  const text = name.trim().toLowerCase();
  const iso = /^(\d{4})-(\d{2})$/.exec(text);
  if (iso) {
    const month = Number(iso[2]);
    const year = Number(iso[1]);
    return month >= 1 && month <= 12 && year >= 1900 ? monthCoverage(year, month) : null;
  }
  const words = /^([a-z]+)\.?,?\s+(\d{4})$/.exec(text);
  if (!words) return null;
  const word = words[1] ?? "";
  // "Sep", "Sept" and "September" all name September; two letters ("ma") name no month.
  const index = word.length >= 3 ? monthNames.findIndex((month) => month.startsWith(word)) : -1;
  const year = Number(words[2]);
  return index === -1 || year < 1900 ? null : monthCoverage(year, index + 1);
}

/** A real calendar day written yyyy-mm-dd (no 31 April). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/** The problem with a from–to pair, in words, or "" when it is a good range. */
export function coverageProblem(from: string, to: string): string {
  if (!isIsoDate(from)) return "Give the day the period starts.";
  if (!isIsoDate(to)) return "Give the day the period ends.";
  return from > to ? "The period ends before it starts: swap the two dates." : "";
}

/** When the month field gives no month (a browser without a month picker shows a text box). */
export const monthProblem = "Choose the month these numbers cover, such as 2026-11 for November 2026.";

/** The month a coverage is exactly, or null for any other range. */
export function wholeMonth(coverage: Coverage): { year: number; month: number } | null {
  const year = Number(coverage.from.slice(0, 4));
  const month = Number(coverage.from.slice(5, 7));
  const whole = monthCoverage(year, month);
  return whole.from === coverage.from && whole.to === coverage.to ? { year, month } : null;
}

const asUtc = (date: string) => new Date(`${date}T00:00:00Z`);

/** "November 2026", or "3 – 16 November 2026" for a range. */
export function coverageText(coverage: Coverage, locale = siteLocale): string {
  const month = wholeMonth(coverage);
  if (month) {
    const format = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
    return format.format(asUtc(coverage.from));
  }
  const format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return coverage.from === coverage.to
    ? format.format(asUtc(coverage.from))
    : format.formatRange(asUtc(coverage.from), asUtc(coverage.to));
}

/** Earlier periods first: by start, then by end (a shorter range inside a month comes first). */
export function compareCoverage(a: Coverage, b: Coverage): number {
  return a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0;
}

export const sameCoverage = (a: Coverage, b: Coverage): boolean => a.from === b.from && a.to === b.to;
