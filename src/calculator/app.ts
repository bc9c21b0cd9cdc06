// The funnel calculator's Alpine component. It wires the DOM to the pure modules beside it:
// funnel-input (parsing), funnel (maths), calculator-view (words), url-state (links and storage).
import stages from "../../_data/stages.json" with { type: "json" };
import "../periods/save-period.ts"; // registers the "Save this period" box (issue 18) on Alpine's start-up event
import { startAlpine } from "../assets/js/start-alpine.ts";
import { patchInPlace } from "../assets/js/patch-in-place.ts";
import { readStored, removeStored, storageAvailable, writeStored } from "../assets/js/storage.ts";
import { buildView, type CalculatorView } from "./calculator-view.ts";
import type { ChartData } from "./chart.ts";
import { resultsCsv } from "./csv.ts";
import { exampleCounts, exampleLabels } from "./example.ts";
import { decodeState, defaultTargetPercents, emptyState, encodeState, reviveState, type CalculatorState } from "./url-state.ts";

const storageKey = "journey-atlas:calculator";
const stageIds = stages.map((stage) => stage.id);
const defaultTargets = defaultTargetPercents(stages);
const defaults = emptyState(stageIds, defaultTargets);

type Field = "count" | "label" | "target" | "priceDecision" | "valueRetention" | "currency" | "goal";

interface Magics {
  $event: Event;
  $refs: Record<string, HTMLElement>;
  $nextTick(callback: () => void): void;
}

interface Calculator {
  state: CalculatorState;
  view: CalculatorView;
  whatIfStep: number;
  whatIfPercents: string[];
  storageNote: string;
  shareStatus: string;
  shareUrl: string;
  chartStatus: string;
  chart: { update(data: ChartData): void } | null;
  afterRender: number;
  init(): void;
  onField(): void;
  onWhatIf(): void;
  loadExample(): void;
  reset(): void;
  copyShareLink(): Promise<void>;
  downloadCsv(): void;
  printReport(): void;
  recompute(): void;
  persistAndDraw(): void;
  fieldState(kind: "count" | "target", index: number): "error" | "warning" | "";
  invalid(kind: "count" | "target", index: number): string;
  rowClass(index: number): string;
  hasText(value: string): boolean;
}

type This = Calculator & Magics;

function syncWhatIf(self: This): void {
  // Sliders start at each step's real rate, so moving one shows a change from today.
  self.whatIfPercents = (self.view.analysis?.steps ?? []).map((step) => String(Math.round(Math.min(step.rate ?? 0, 1) * 1000) / 10));
}

function calculator(): Calculator & ThisType<This> {
  return {
    state: defaults,
    view: buildView(defaults, stages),
    whatIfStep: 0,
    whatIfPercents: ["0", "0", "0", "0"],
    storageNote: "",
    shareStatus: "",
    shareUrl: "",
    chartStatus: "The chart appears once there are numbers to show.",
    chart: null,
    afterRender: 0,

    init() {
      // A shared link wins over what this browser saved last time.
      const fromUrl = decodeState(window.location.search, stageIds, defaults);
      const stored = readStored(storageKey);
      let fromStorage: CalculatorState | null = null;
      try {
        fromStorage = stored ? reviveState(JSON.parse(stored), stageIds, defaults) : null;
      } catch {
        fromStorage = null;
      }
      this.state = fromUrl ?? fromStorage ?? { ...defaults, counts: [...defaults.counts] };
      if (!storageAvailable()) {
        this.storageNote = "Your browser is blocking storage, so these numbers won't be kept on this device. The share link still keeps them.";
      }
      this.recompute();
      syncWhatIf(this);
    },

    onField() {
      const input = this.$event.target as HTMLInputElement | HTMLSelectElement;
      const field = input.dataset.field as Field;
      const index = Number(input.dataset.index ?? 0);
      const next: CalculatorState = { ...this.state, counts: [...this.state.counts], labels: [...this.state.labels], targets: [...this.state.targets] };
      if (field === "count") next.counts[index] = input.value;
      else if (field === "label") next.labels[index] = input.value.slice(0, 60);
      else if (field === "target") next.targets[index] = input.value;
      else next[field] = input.value;
      this.state = next;
      performance.mark("calculator-input");
      this.recompute();
      if (field === "count") syncWhatIf(this);
      this.$nextTick(() => performance.measure("calculator-update", "calculator-input"));
    },

    onWhatIf() {
      const input = this.$event.target as HTMLInputElement;
      const index = Number(input.dataset.index ?? 0);
      this.whatIfStep = index + 1;
      this.whatIfPercents = this.whatIfPercents.map((value, i) => (i === index ? input.value : value));
      this.recompute();
    },

    loadExample() {
      this.state = { ...defaults, counts: [...exampleCounts], labels: [...exampleLabels], targets: [...defaultTargets] };
      this.whatIfStep = 0;
      this.recompute();
      syncWhatIf(this);
    },

    reset() {
      this.state = { ...defaults, counts: [...defaults.counts], labels: [...defaults.labels], targets: [...defaults.targets] };
      this.whatIfStep = 0;
      removeStored(storageKey);
      this.recompute();
      syncWhatIf(this);
    },

    async copyShareLink() {
      this.persistAndDraw(); // the link must hold the very latest numbers
      this.shareUrl = window.location.href;
      try {
        await navigator.clipboard.writeText(this.shareUrl);
        this.shareStatus = "Link copied. Anyone who opens it sees these numbers.";
      } catch {
        this.shareStatus = "Your browser would not copy it. Select the link below and copy it yourself.";
      }
    },

    downloadCsv() {
      const csv = resultsCsv(this.view);
      if (!csv) return;
      const link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
      link.download = "funnel-results.csv";
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    },

    printReport() {
      window.print();
    },

    recompute() {
      const whatIf = this.whatIfStep > 0 ? { step: this.whatIfStep, rate: Number(this.whatIfPercents[this.whatIfStep - 1] ?? 0) / 100 } : undefined;
      patchInPlace(this.view, buildView(this.state, stages, whatIf ? { whatIf } : {}));
      this.shareStatus = "";
      // The numbers update in this frame; the URL, storage and chart follow once typing pauses.
      window.clearTimeout(this.afterRender);
      this.afterRender = window.setTimeout(() => this.persistAndDraw(), 120);
    },

    persistAndDraw() {
      const query = encodeState(this.state, stageIds, defaults);
      window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
      writeStored(storageKey, JSON.stringify(this.state));
      const data = this.view.chart;
      if (!data) return;
      if (this.chart) {
        this.chart.update(data);
        return;
      }
      this.chartStatus = "Loading the chart…";
      // Chart.js arrives after the numbers: the page is usable before it loads, and without it.
      void import("./chart.ts")
        .then(({ drawChart }) => {
          if (this.chart) return;
          this.chart = drawChart(this.$refs["chart"] as HTMLCanvasElement, this.view.chart ?? data);
          this.chartStatus = "";
        })
        .catch(() => {
          this.chartStatus = "The chart could not load. The table above has the same numbers.";
        });
    },

    fieldState(kind, index) {
      if (kind === "count") return this.view.countMessageKinds[index] ?? "";
      return this.view.targetMessages[index] ? "error" : "";
    },

    invalid(kind, index) {
      return this.fieldState(kind, index) === "error" ? "true" : "false";
    },

    rowClass(index) {
      const row = this.view.rows[index];
      return row ? `status-${row.status}${row.isFixFirst ? " is-fix-first" : ""}` : "";
    },

    hasText(value) {
      return value !== "";
    },
  };
}

startAlpine((Alpine) => Alpine.data("funnelCalculator", calculator));
