// The people-per-stage chart. Loaded lazily after the numbers are on screen; only the Chart.js
// parts used here are registered, so the rest of the library is left out of the bundle.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface ChartData {
  labels: string[];
  reached: number[];
  lost: number[];
}

/** Diagonal stripes, so "lost" differs from "reached" by pattern as well as colour. */
function stripes(colour: string): CanvasPattern | string {
  const tile = document.createElement("canvas");
  tile.width = tile.height = 8;
  const ctx = tile.getContext("2d");
  if (!ctx) return colour;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(0, 8);
  ctx.lineTo(8, 0);
  ctx.stroke();
  return ctx.createPattern(tile, "repeat") ?? colour;
}

const cssVar = (name: string): string =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#555";

export function drawChart(canvas: HTMLCanvasElement, data: ChartData): { update(data: ChartData): void } {
  const accent = cssVar("--accent");
  const warn = cssVar("--error-text");
  const text = cssVar("--text");
  const chart = new Chart(canvas, {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: [
        {
          label: "People who reached this stage",
          data: data.reached,
          backgroundColor: accent,
          borderColor: accent,
          borderWidth: 1,
          stack: "people",
        },
        {
          label: "People lost on the way here",
          data: data.lost,
          backgroundColor: stripes(warn),
          borderColor: warn,
          borderWidth: 2,
          stack: "people",
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { stacked: true, ticks: { color: text } },
        y: { stacked: true, beginAtZero: true, ticks: { color: text, precision: 0 } },
      },
      plugins: { legend: { labels: { color: text } } },
    },
  });
  // A canvas keeps its screen size on paper; redraw it at the print size (14 × 3.4 cm at 96 dpi) and back.
  window.addEventListener("beforeprint", () => chart.resize(529, 128));
  window.addEventListener("afterprint", () => chart.resize());
  return {
    update(next: ChartData) {
      chart.data.labels = next.labels;
      chart.data.datasets[0]!.data = next.reached;
      chart.data.datasets[1]!.data = next.lost;
      chart.update();
    },
  };
}
