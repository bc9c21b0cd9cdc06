// The trend across saved periods, oldest to newest: each step's rate with its 95% Wilson
// interval, the target, and each period's note. Pure; trend-chart.ts draws it and the page's
// data table shows the same numbers.
import { wilsonInterval } from "../stats/wilson.ts";
import type { SavedPeriod } from "../funnel/period-model.ts";
import { siteLocale } from "../funnel/locale.ts";

export interface TrendStep {
  title: string;
  /** Percentages (0–100) per period; null where the step has no base or counts increase. */
  rates: (number | null)[];
  low: (number | null)[];
  high: (number | null)[];
  targets: number[];
  /** Table cells: "30.0% (27.2–32.9%)" or "—". */
  cells: string[];
}

export interface Trend {
  labels: string[];
  notes: string[];
  steps: TrendStep[];
}

export function buildTrend(periods: readonly SavedPeriod[], stageNames: readonly string[], locale = siteLocale): Trend {
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const steps = stageNames.slice(1).map((name, i): TrendStep => {
    const rates: (number | null)[] = [];
    const low: (number | null)[] = [];
    const high: (number | null)[] = [];
    const cells: string[] = [];
    for (const period of periods) {
      const from = period.counts[i] ?? 0;
      const to = period.counts[i + 1] ?? 0;
      const interval = from > 0 && to <= from ? wilsonInterval(to, from) : null;
      rates.push(interval ? (to / from) * 100 : null);
      low.push(interval ? interval.low * 100 : null);
      high.push(interval ? interval.high * 100 : null);
      cells.push(
        interval
          ? `${oneDecimal.format((to / from) * 100)}% (${oneDecimal.format(interval.low * 100)}–${oneDecimal.format(interval.high * 100)}%)`
          : "—",
      );
    }
    return {
      title: `${stageNames[i]} → ${name}`,
      rates,
      low,
      high,
      targets: periods.map((p) => (p.targets[i] ?? 1) * 100),
      cells,
    };
  });
  return { labels: periods.map((p) => p.name), notes: periods.map((p) => p.note), steps };
}
