// A new period's default dates and name: last month, such as "November 2026" in December, since
// people enter a month's numbers once it is over. Its own tiny module, so the calculator's "Save
// this period" box can show them without loading the rest of the period code.
import { coverageText, lastMonth } from "./period-dates.ts";
import { siteLocale } from "./locale.ts";

export function defaultPeriodName(now: Date, locale = siteLocale): string {
  return coverageText(lastMonth(now), locale);
}
