// The funnel calculator's Alpine component. It wires the DOM to the pure modules beside it:
// funnel-input (parsing), funnel (maths), calculator-view (words), url-state (links and storage).
import { loadChunk } from "../assets/js/load-chunk.ts";
import { downloadText } from "../assets/js/download.ts";
import stages from "../../_data/stages.json" with { type: "json" };
import { startAlpine } from "../assets/js/start-alpine.ts";
import type { AlpineMagics } from "../assets/js/alpine-magics.ts";
import { patchInPlace } from "../assets/js/patch-in-place.ts";
import { readStored, removeStored, storageAvailable, writeStored } from "../assets/js/storage.ts";
import { buildView, fieldIds, type CalculatorView } from "./calculator-view.ts";
import { bestSavedRates, withBestRates, type BestRate, type TargetSource } from "./target-sources.ts";
import type { CalculatorExtras } from "./calculator-extras.ts";
import type { ChartData } from "./chart.ts";
import { exampleCounts, exampleLabels } from "./example.ts";
import { savePeriod } from "./save-period.ts";
import { calculatorStorageKey } from "../funnel/storage-key.ts";
import { parseStoredState } from "../funnel/stored-state.ts";
import { decodeState, calculatorDefaults, encodeState, mergeQuery, type CalculatorState } from "../funnel/url-state.ts";
import { dateFormat } from "../funnel/locale.ts";

const stageIds = stages.map((stage) => stage.id);
const defaults = calculatorDefaults(stages);
/** Screen readers hear one summary once typing pauses this long, not one per keystroke. */
const announceDelay = 700;

type Field = "count" | "label" | "target" | "paid" | "price" | "continuing" | "value" | "currency" | "goal";
type Section = "targets" | "money";

type Magics = AlpineMagics;

interface Calculator {
  state: CalculatorState;
  view: CalculatorView;
  extras: CalculatorExtras;
  whatIfStep: number;
  whatIfPercents: string[];
  storageNote: string;
  shareStatus: string;
  shareUrl: string;
  chartStatus: string;
  announcement: string;
  undoState: CalculatorState | null;
  undoText: string;
  /** Each step's best saved rate, read when the Targets section opens; empty until then. */
  bestRates: (BestRate | null)[];
  /** What "Use my best month as targets" did, with its own Undo beside the button. */
  bestStatus: string;
  sectionsOpened: Record<Section, boolean>;
  printedOn: string;
  chart: { update(data: ChartData): void } | null;
  afterRender: number;
  afterPause: number;
  init(): void;
  onField(): void;
  onWhatIf(): void;
  useSuggestion(): void;
  onToggle(): void;
  readBestRates(): Promise<void>;
  hasBestRates(): boolean;
  useBestRates(): void;
  loadExample(): void;
  reset(): void;
  undo(): void;
  copyShareLink(): Promise<void>;
  downloadCsv(): Promise<void>;
  printReport(): void;
  recompute(): void;
  persistAndDraw(): void;
  periodState(): CalculatorState;
  fieldState(kind: "count" | "target" | "label", index: number): "error" | "warning" | "";
  invalid(kind: "count" | "target" | "label", index: number): string;
  invalidOther(field: "price" | "value" | "goal"): string;
  sectionOpen(section: Section): boolean;
  rowClass(index: number): string;
  targetSourceIs(index: number, source: TargetSource): boolean;
  historyNote(index: number): string;
  switchHook(field: "switchBelow" | "switchTo" | "targetSource"): string | null;
  adviceFor(stageId: string): boolean;
  sliderText(index: number): string;
  hasText(value: string): boolean;
}

type This = Calculator & Magics;

const extrasModule = loadChunk(() => import("./calculator-extras.ts"));

const copyState = (state: CalculatorState): CalculatorState => ({
  ...state,
  counts: [...state.counts],
  labels: [...state.labels],
  targets: [...state.targets],
  ...(state.targetPeriods ? { targetPeriods: { ...state.targetPeriods } } : {}),
});
const hasTyped = (state: CalculatorState): boolean =>
  [...state.counts, ...state.labels, state.price, state.value, state.goal].some((value) => value.trim() !== "") ||
  state.targets.some((value, i) => value !== defaults.targets[i]) ||
  state.paid !== defaults.paid ||
  state.continuing !== defaults.continuing;

function syncWhatIf(self: This): void {
  // Sliders start at each step's real rate, so moving one shows a change from today.
  const rates = self.view.analysis?.steps.map((step) => step.rate ?? 0) ?? stages.slice(1).map(() => 0);
  self.whatIfPercents = rates.map((rate) => String(Math.round(Math.min(rate, 1) * 1000) / 10));
}

function calculator(): Calculator & ThisType<This> {
  return {
    state: defaults,
    view: buildView(defaults, stages),
    extras: { goalText: "", whatIfText: "", chartSummary: "", assumptions: [] },
    whatIfStep: 0,
    whatIfPercents: stages.slice(1).map(() => "0"),
    storageNote: "",
    shareStatus: "",
    shareUrl: "",
    chartStatus: "The chart appears once there are numbers to show.",
    announcement: "",
    undoState: null,
    undoText: "",
    bestRates: [],
    bestStatus: "",
    sectionsOpened: { targets: false, money: false },
    printedOn: "",
    chart: null,
    afterRender: 0,
    afterPause: 0,

    init() {
      // A shared link wins over what this browser saved last time.
      const fromUrl = decodeState(window.location.search, stageIds, defaults);
      const fromStorage = parseStoredState(readStored(calculatorStorageKey), stageIds, defaults);
      this.state = fromUrl ?? fromStorage ?? copyState(defaults);
      if (!storageAvailable()) {
        this.storageNote =
          "Your browser is blocking storage, so these numbers won't be kept on this device. The share link still keeps them.";
      }
      this.recompute();
      syncWhatIf(this);
      window.addEventListener("beforeprint", () => {
        this.printedOn = `Printed on ${dateFormat({ dateStyle: "long" }).format(new Date())}.`;
      });
    },

    onField() {
      const input = this.$event.target as HTMLInputElement | HTMLSelectElement;
      const field = input.dataset["field"] as Field;
      const index = Number(input.dataset["index"] ?? 0);
      const next = copyState(this.state);
      if (field === "count") next.counts[index] = input.value;
      else if (field === "label") next.labels[index] = input.value;
      else if (field === "target") {
        next.targets[index] = input.value;
        // A target typed over is the coach's own now, no longer the saved period's.
        const stageId = stageIds[index + 1] ?? "";
        if (next.targetPeriods && Object.hasOwn(next.targetPeriods, stageId)) delete next.targetPeriods[stageId];
      } else next[field] = input.value;
      this.state = next;
      this.undoState = null;
      this.undoText = "";
      this.bestStatus = "";
      performance.mark("calculator-input");
      this.recompute();
      if (field === "count") syncWhatIf(this);
      this.$nextTick(() => performance.measure("calculator-update", "calculator-input"));
    },

    useSuggestion() {
      // The coach chose the reading on offer ("2,400" for "2.400"): put it in the field, then back to it.
      const index = Number((this.$event.currentTarget as HTMLElement).dataset["index"] ?? 0);
      const suggestion = this.view.countSuggestions[index] ?? "";
      if (!suggestion) return;
      const next = copyState(this.state);
      next.counts[index] = suggestion;
      this.state = next;
      this.recompute();
      syncWhatIf(this);
      this.$nextTick(() => document.getElementById(fieldIds.count(index))?.focus());
    },

    onWhatIf() {
      const input = this.$event.target as HTMLInputElement;
      const index = Number(input.dataset["index"] ?? 0);
      this.whatIfStep = index + 1;
      this.whatIfPercents = this.whatIfPercents.map((value, i) => (i === index ? input.value : value));
      this.recompute();
    },

    onToggle() {
      const details = this.$event.target as HTMLDetailsElement;
      const section = details.dataset["section"] as Section;
      this.sectionsOpened = { ...this.sectionsOpened, [section]: details.open };
      if (section === "targets" && details.open) void this.readBestRates();
    },

    async readBestRates() {
      // Saved periods (IndexedDB and their schema) load only when the coach opens the targets.
      const { listPeriods } = await import("../funnel/period-store.ts");
      const { periods } = await listPeriods();
      this.bestRates = bestSavedRates(periods, stageIds.length - 1);
    },

    hasBestRates() {
      return this.bestRates.some((best) => best !== null);
    },

    useBestRates() {
      const { state, status } = withBestRates(this.state, this.bestRates, stageIds);
      this.undoState = copyState(this.state);
      this.undoText = "";
      this.state = state;
      this.bestStatus = status;
      this.recompute();
      this.persistAndDraw();
    },

    loadExample() {
      const before = copyState(this.state);
      this.state = { ...copyState(defaults), counts: [...exampleCounts], labels: [...exampleLabels] };
      // What the coach typed is kept one step back, so loading the example never loses it.
      this.undoState = hasTyped(before) ? before : null;
      this.undoText = this.undoState ? "The example replaced your numbers." : "";
      this.whatIfStep = 0;
      this.recompute();
      syncWhatIf(this);
    },

    reset() {
      const before = copyState(this.state);
      this.state = copyState(defaults);
      this.undoState = hasTyped(before) ? before : null;
      this.undoText = this.undoState ? "Everything was cleared." : "";
      this.whatIfStep = 0;
      removeStored(calculatorStorageKey);
      this.recompute();
      syncWhatIf(this);
    },

    undo() {
      if (!this.undoState) return;
      this.state = this.undoState;
      this.undoState = null;
      this.undoText = "";
      this.bestStatus = "";
      this.recompute();
      syncWhatIf(this);
      this.persistAndDraw();
    },

    async copyShareLink() {
      this.persistAndDraw(); // the link must hold the very latest numbers
      this.shareUrl = window.location.href;
      const holds = this.view.ready
        ? "It holds your numbers, names and targets: anyone who opens it sees them."
        : "It holds what you have typed so far.";
      try {
        await navigator.clipboard.writeText(this.shareUrl);
        this.shareStatus = `Link copied. ${holds}`;
      } catch {
        this.shareStatus = `Your browser would not copy it. Select the link below and copy it yourself. ${holds}`;
      }
    },

    async downloadCsv() {
      // The CSV writer loads on first use: most visits never download, so it stays off the first load.
      const { resultsCsv } = await loadChunk(() => import("./csv.ts"));
      const csv = resultsCsv(this.view);
      if (!csv) return;
      downloadText("funnel-results.csv", csv, "text/csv;charset=utf-8");
    },

    printReport() {
      window.print();
    },

    recompute() {
      const whatIf =
        this.whatIfStep > 0
          ? { step: this.whatIfStep, rate: Number(this.whatIfPercents[this.whatIfStep - 1] ?? 0) / 100 }
          : undefined;
      patchInPlace(this.view, buildView(this.state, stages, whatIf ? { whatIf } : {}));
      // The goal, what-if, chart summary and print wording arrive a moment after the numbers.
      void extrasModule.then(({ buildExtras }) => patchInPlace(this.extras, buildExtras(this.view)));
      this.shareStatus = "";
      // The numbers update in this frame; the URL, storage and chart follow once typing pauses.
      window.clearTimeout(this.afterRender);
      this.afterRender = window.setTimeout(() => this.persistAndDraw(), 120);
      window.clearTimeout(this.afterPause);
      this.afterPause = window.setTimeout(() => {
        this.announcement = this.view.announcement;
      }, announceDelay);
    },

    persistAndDraw() {
      window.clearTimeout(this.afterRender);
      const query = mergeQuery(window.location.search, encodeState(this.state, stageIds, defaults), stageIds);
      window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
      writeStored(calculatorStorageKey, JSON.stringify(this.state));
      const data = this.view.chart;
      if (!data) return;
      if (this.chart) {
        this.chart.update(data);
        return;
      }
      this.chartStatus = "Loading the chart…";
      // Chart.js arrives after the numbers: the page is usable before it loads, and without it.
      void loadChunk(() => import("./chart.ts"))
        .then(({ drawChart }) => {
          if (this.chart) return;
          this.chart = drawChart(this.$refs["chart"] as HTMLCanvasElement, this.view.chart ?? data);
          this.chartStatus = "";
        })
        .catch(() => {
          this.chartStatus = "The chart could not load. The table above has the same numbers.";
        });
    },

    periodState() {
      this.persistAndDraw(); // the saved period and the stored numbers are the same numbers
      return copyState(this.state);
    },

    fieldState(kind, index) {
      if (kind === "count") return this.view.countMessageKinds[index] ?? "";
      if (kind === "label") return this.view.labelMessages[index] ? "error" : "";
      return this.view.targetMessages[index] ? "error" : "";
    },

    invalid(kind, index) {
      return this.fieldState(kind, index) === "error" ? "true" : "false";
    },

    invalidOther(field) {
      const message = field === "goal" ? this.view.goalMessage : this.view.priceMessages[field];
      return message ? "true" : "false";
    },

    sectionOpen(section) {
      // A section with an error opens so the error is seen; otherwise it stays as the coach left it.
      return this.view.openSections[section] || this.sectionsOpened[section];
    },

    rowClass(index) {
      const row = this.view.rows[index];
      return row
        ? `status-${row.class}${row.isFixFirst ? " is-fix-first" : ""}${row.isRunnerUp ? " is-runner-up" : ""}`
        : "";
    },

    targetSourceIs(index, source) {
      return (this.view.inputs.targetOrigins[index]?.source ?? "assumed") === source;
    },

    historyNote(index) {
      const period = this.view.inputs.targetOrigins[index]?.period ?? "";
      return period ? `Your best saved rate for this step, from “${period}”. Type over it to set your own.` : "";
    },

    switchHook(field) {
      // null removes the attribute: the hooks are absent when there is no switch point.
      const value = this.view.fixFirst?.[field] ?? "";
      return value === "" ? null : value;
    },

    adviceFor(stageId) {
      return this.view.fixFirst?.adviceStage === stageId;
    },

    sliderText(index) {
      return `${this.whatIfPercents[index] ?? "0"} percent`;
    },

    hasText(value) {
      return value !== "";
    },
  };
}

startAlpine((Alpine) => {
  Alpine.data("funnelCalculator", calculator);
  Alpine.data("savePeriod", savePeriod); // nested in the calculator's element; see save-period.ts
});
