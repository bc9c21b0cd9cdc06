// What the compare page's component shares with the list, import and backup components nested in
// its element: Alpine's scope gives each of them the saved periods and the way to re-read them, so
// there is one list of periods on the page, not four.
import type { SavedPeriod } from "../funnel/period-model.ts";
import { numberFormat, pluralRules } from "../funnel/locale.ts";

export interface PeriodsScope {
  /** Every saved period, oldest first (by the dates each covers). */
  periods: SavedPeriod[];
  /** Re-reads the periods from storage, and everything shown from them. */
  reload(): Promise<void>;
}

/** Alpine's magics the nested components use. */
export interface Magics {
  $event: Event;
  $refs: Record<string, HTMLElement>;
}

const whole = numberFormat({ maximumFractionDigits: 0 });
const plural = pluralRules();

/** "1 period", "12 periods". */
export const periodsText = (n: number): string =>
  `${whole.format(n)} ${plural.select(n) === "one" ? "period" : "periods"}`;

/** The `data-id` of the button clicked, naming the period it acts on. */
export const targetId = (self: Magics): string =>
  (self.$event.currentTarget as HTMLElement | null)?.dataset["id"] ?? "";

/** The `data-choice` of the button clicked: replace the repeats, or skip them. */
export const choiceOf = (self: Magics): "replace" | "skip" =>
  (self.$event.currentTarget as HTMLElement | null)?.dataset["choice"] === "replace" ? "replace" : "skip";
