// The trend charts: one small line chart per step (small multiples stay readable from 2 periods
// to 24), with the 95% interval as a band, the target as a dashed line and a triangle on each
// period that has a note. Loaded lazily, after the numbers; the data table has the same figures.
import {
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import type { Trend } from "./trend-model.ts";

Chart.register(CategoryScale, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);

const cssVar = (name: string): string =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#555";

export function drawTrend(canvases: HTMLCanvasElement[], trend: Trend): { update(trend: Trend): void } {
  const accent = cssVar("--accent");
  const soft = cssVar("--accent-soft");
  const warn = cssVar("--error-text");
  const text = cssVar("--text");
  const config = (i: number) => {
    const step = trend.steps[i]!;
    const marker = trend.notes.map((note) => (note ? "triangle" : "circle"));
    return {
      labels: trend.labels,
      datasets: [
        {
          label: "95% interval, upper",
          data: step.high,
          borderWidth: 0,
          pointRadius: 0,
          fill: false,
          backgroundColor: soft,
        },
        { label: "95% interval", data: step.low, borderWidth: 0, pointRadius: 0, fill: "-1", backgroundColor: soft },
        {
          label: "Rate (%)",
          data: step.rates,
          borderColor: accent,
          backgroundColor: accent,
          borderWidth: 2,
          pointStyle: marker,
          pointRadius: marker.map((m) => (m === "triangle" ? 6 : 3)),
          spanGaps: false,
          fill: false,
        },
        {
          label: "Target (%)",
          data: step.targets,
          borderColor: warn,
          borderDash: [6, 4],
          borderWidth: 2,
          pointRadius: 0,
          fill: false,
        },
      ],
    };
  };
  const charts = canvases.map(
    (canvas, i) =>
      new Chart(canvas, {
        type: "line",
        data: config(i),
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { ticks: { color: text, autoSkip: true, maxRotation: 45, maxTicksLimit: 12 } },
            y: { beginAtZero: true, suggestedMax: 100, ticks: { color: text, callback: (value) => `${value}%` } },
          },
          plugins: {
            legend: { labels: { color: text, filter: (item) => item.text !== "95% interval, upper" } },
            tooltip: { callbacks: { afterTitle: (items) => trend.notes[items[0]?.dataIndex ?? -1] ?? "" } },
          },
        },
      }),
  );
  return {
    update(next: Trend) {
      trend = next;
      charts.forEach((chart, i) => {
        chart.data = config(i);
        chart.update();
      });
    },
  };
}
