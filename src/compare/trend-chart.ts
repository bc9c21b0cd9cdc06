// The trend charts: one small line chart per step (small multiples stay readable from 2 periods
// to 24), with the 95% interval as a band, the target as a dashed line and a triangle on each
// period that has a note. Loaded lazily, after the numbers; the data table has the same figures.
// One legend in the page serves every chart, so on a phone none gives up its height to a legend.
import {
  CategoryScale,
  Chart,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartDataset,
} from "chart.js";
import type { Trend } from "./trend-model.ts";

Chart.register(CategoryScale, Filler, LinearScale, LineController, LineElement, PointElement, Tooltip);

const cssVar = (name: string): string =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#555";

/** Period names are the coach's own; on the axis a long one is cut short (the tooltip and the table have it whole). */
const axisLabel = (label: string): string => (label.length > 14 ? `${label.slice(0, 13)}…` : label);

/** The browser tests read each chart (its scales and points) from its canvas. */
export interface TrendCanvas extends HTMLCanvasElement {
  trendChart?: Chart<"line", (number | null)[], string>;
}

export function drawTrend(canvases: HTMLCanvasElement[], trend: Trend): { update(trend: Trend): void } {
  const accent = cssVar("--accent");
  const soft = cssVar("--accent-soft");
  const warn = cssVar("--error-text");
  const text = cssVar("--text");
  const grid = cssVar("--border");
  type Line = ChartDataset<"line", (number | null)[]>;
  // Index order is what "fill: -1" counts on: the band's upper edge, its lower edge, the rate, the target.
  const datasets = (i: number): Line[] => {
    const step = trend.steps[i]!;
    const noted = trend.notes.map((note) => note !== "");
    return [
      { label: "95% interval, upper", data: step.high, borderWidth: 0, pointRadius: 0, fill: false, order: 3 },
      {
        label: "95% interval",
        data: step.low,
        borderWidth: 0,
        pointRadius: 0,
        fill: "-1",
        backgroundColor: soft,
        order: 2,
      },
      {
        label: "Rate (%)",
        data: step.rates,
        borderColor: accent,
        backgroundColor: noted.map((n) => (n ? text : accent)),
        borderWidth: 2,
        pointStyle: noted.map((n) => (n ? "triangle" : "circle")),
        pointRadius: noted.map((n) => (n ? 7 : 3)),
        pointHitRadius: 12,
        spanGaps: false,
        fill: false,
        order: 0,
      },
      {
        label: "Target (%)",
        data: step.targets,
        borderColor: warn,
        borderDash: [6, 4],
        borderWidth: 2,
        pointRadius: 0,
        fill: false,
        order: 1,
      },
    ];
  };
  const charts = canvases.map((canvas, i) => {
    const chart = new Chart<"line", (number | null)[], string>(canvas, {
      type: "line",
      data: { labels: trend.labels, datasets: datasets(i) },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        // Half a period's room at each end, so the first and last points (and labels) are not cut in half.
        scales: {
          x: {
            offset: true,
            grid: { color: grid },
            ticks: {
              color: text,
              font: { size: 12 },
              autoSkip: true,
              autoSkipPadding: 12,
              maxRotation: 0,
              callback(value) {
                return axisLabel(this.getLabelForValue(Number(value)));
              },
            },
          },
          y: {
            beginAtZero: true,
            grid: { color: grid },
            ticks: { color: text, font: { size: 12 }, maxTicksLimit: 6, callback: (value) => `${value}%` },
          },
        },
        plugins: {
          // Every band under every line, whatever order Chart.js draws the datasets in.
          filler: { drawTime: "beforeDatasetsDraw" },
          tooltip: {
            filter: (item) => item.datasetIndex >= 2,
            callbacks: {
              afterTitle: (items) => trend.notes[items[0]?.dataIndex ?? -1] ?? "",
              label: (item) =>
                item.datasetIndex === 2
                  ? `Rate: ${trend.steps[i]?.cells[item.dataIndex] ?? ""}`
                  : `Target: ${item.formattedValue}%`,
            },
          },
        },
      },
    });
    (canvas as TrendCanvas).trendChart = chart;
    return chart;
  });
  return {
    // New numbers into the same charts: no chart is rebuilt, and nothing animates.
    update(next: Trend) {
      trend = next;
      charts.forEach((chart, i) => {
        chart.data.labels = next.labels;
        datasets(i).forEach((fresh, d) => Object.assign(chart.data.datasets[d]!, fresh));
        chart.update("none");
      });
    },
  };
}
