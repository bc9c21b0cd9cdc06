// When a period repeats one saved already: the same name or the same dates is "the same period"
// to a coach, and the same numbers as well make it an identical save. Saving, importing and
// restoring ask before replacing a repeat, and never add a silent copy. Pure.
import { coverageText, sameCoverage } from "./period-dates.ts";
import type { SavedPeriod } from "./period-model.ts";
import { siteLocale } from "./locale.ts";

const nameKey = (name: string) => name.trim().toLocaleLowerCase(siteLocale);

/** Everything a coach typed or chose, leaving out the id and the moment of saving. */
const contentKey = (p: SavedPeriod) =>
  JSON.stringify([nameKey(p.name), p.from, p.to, p.note, p.counts, p.labels, p.targets, Object.values(p.prices)]);

export const sameContent = (a: SavedPeriod, b: SavedPeriod): boolean => contentKey(a) === contentKey(b);

const sameName = (a: SavedPeriod, b: SavedPeriod) => nameKey(a.name) === nameKey(b.name);

/**
 * The saved period (other than itself) that `candidate` repeats: one with the same name and dates
 * first, then the same dates, then the same name; undefined when it is new.
 */
export function findRepeat(saved: readonly SavedPeriod[], candidate: SavedPeriod): SavedPeriod | undefined {
  const others = saved.filter((period) => period.id !== candidate.id);
  return (
    others.find((p) => sameCoverage(p, candidate) && sameName(p, candidate)) ??
    others.find((p) => sameCoverage(p, candidate)) ??
    others.find((p) => sameName(p, candidate))
  );
}

/**
 * The pair compared when the coach has picked none: the newest period as "after", and as "before"
 * the newest older one that is really another period (other dates, other counts), so a month is
 * never compared with itself; null when there is no such pair. Oldest-first input.
 */
export function defaultPair(periods: readonly SavedPeriod[]): { before: string; after: string } | null {
  const after = periods.at(-1);
  if (!after) return null;
  const distinct = (p: SavedPeriod) => !sameCoverage(p, after) && p.counts.join() !== after.counts.join();
  const before = periods.slice(0, -1).reverse().find(distinct);
  return before ? { before: before.id, after: after.id } : null;
}

/** What "Save this period" says when the save repeats a saved period (here, not in the box's own
 * code, so the calculator's first bundle carries none of it). */
export const repeatWords = {
  identical: (repeat: SavedPeriod): string =>
    `“${repeat.name}” is already saved with exactly these numbers, so nothing changed.`,
  question: (repeat: SavedPeriod): string =>
    `“${repeat.name}” (${coverageText(repeat)}) is already saved, with other numbers or notes. Replace it with what is on screen now?`,
};
