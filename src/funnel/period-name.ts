// A new period's default name: this month, such as "November 2026". Its own tiny module, so the
// calculator's "Save this period" box can show it without loading the rest of the period code.
export function defaultPeriodName(now: Date, locale = "en-GB"): string {
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric" }).format(now);
}
