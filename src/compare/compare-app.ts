// The compare page's Alpine component. It wires the DOM to the pure modules: comparison-link
// (the URL), compare-model and compare-words (numbers and sentences), compare-csv, trend-model,
// and src/periods/ (saved periods, backup, import). Papa Parse and Chart.js load only when used.
import { downloadText } from "../assets/js/download.ts";
import { focusAfterRender } from "../assets/js/focus-after-render.ts";
import { patchInPlace } from "../assets/js/patch-in-place.ts";
import { startAlpine } from "../assets/js/start-alpine.ts";
import {
  backupText,
  planRestore,
  readBackup,
  restoreDone,
  restoreQuestion,
  type RestorePlan,
} from "../compare/period-backup.ts";
import {
  calculatorLink,
  newPeriodId,
  sortPeriods,
  stageIds,
  stageNames,
  summarisePeriod,
  maxNote,
  maxPeriodName,
  type SavedPeriod,
} from "../funnel/period-model.ts";
import { deletePeriod, listPeriods, savePeriods, savePeriodsAndDelete } from "../funnel/period-store.ts";
import type { ImportPreview } from "../compare/period-import.ts";
import { comparePeriods, type Comparison } from "./compare-model.ts";
import { comparisonCsv } from "./compare-csv.ts";
import { comparisonWords, type ComparisonRow } from "./compare-words.ts";
import { decodeComparisonLink, encodeComparisonLink } from "./comparison-link.ts";
import { buildTrend, type Trend } from "./trend-model.ts";

interface Magics {
  $event: Event;
  $refs: Record<string, HTMLElement>;
  $nextTick(callback: () => void): void;
}

interface ListItem {
  id: string;
  name: string;
  dateText: string;
  note: string;
  overallText: string;
  fixFirstText: string;
  calculatorHref: string;
  /** Picked as "before" or "after": one flag per option, so a pick re-renders two options, not all. */
  before: boolean;
  after: boolean;
}

interface Side {
  name: string;
  counts: number[];
}

interface CompareApp {
  loaded: boolean;
  storageNote: string;
  periods: SavedPeriod[];
  items: ListItem[];
  beforeId: string;
  afterId: string;
  fromLink: boolean;
  linkProblems: string[];
  before: Side | null;
  after: Side | null;
  ready: boolean;
  title: string;
  rows: ComparisonRow[];
  overall: ComparisonRow | null;
  headline: string;
  next: string;
  mixedWarning: string;
  emptyText: string;
  shareStatus: string;
  shareUrl: string;
  editingId: string;
  nameDraft: string;
  noteDraft: string;
  listStatus: string;
  undoPeriod: SavedPeriod | null;
  importText: string;
  preview: ImportPreview | null;
  importStatus: string;
  backupStatus: string;
  restoreMessage: string;
  /** A restore that would overwrite saved periods, waiting for the coach to confirm it. */
  pendingRestore: RestorePlan | null;
  restoreQuestion: string;
  /** What undoing the last restore puts back and takes away. */
  restoreUndo: { put: SavedPeriod[]; remove: string[] } | null;
  trend: Trend | null;
  trendStatus: string;
  chart: { update(trend: Trend): void } | null;
  comparison: Comparison | null;
  init(): Promise<void>;
  reload(): Promise<void>;
  pick(): void;
  recompute(): void;
  drawTrend(): void;
  copyLink(): Promise<void>;
  downloadCsv(): void;
  startEdit(): void;
  onDraft(): void;
  saveEdit(): Promise<void>;
  cancelEdit(): void;
  isEditing(id: string): boolean;
  duplicate(): Promise<void>;
  remove(): Promise<void>;
  undo(): Promise<void>;
  onImportText(): void;
  previewPaste(): Promise<void>;
  chooseCsv(): Promise<void>;
  confirmImport(): Promise<void>;
  cancelImport(): void;
  backup(): void;
  restore(): Promise<void>;
  confirmRestore(): Promise<void>;
  cancelRestore(): void;
  undoRestore(): Promise<void>;
  hasText(value: string): boolean;
  hasPeriods(): boolean;
  canCompare(): boolean;
}

type This = CompareApp & Magics;

const whole = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" });
const plural = new Intl.PluralRules("en-GB");
const periodsText = (n: number) => `${whole.format(n)} ${plural.select(n) === "one" ? "period" : "periods"}`;
const stepTitle = (step: number) => `${stageNames[step - 1]} → ${stageNames[step]}`;

function listItem(period: SavedPeriod): ListItem {
  const summary = summarisePeriod(period);
  return {
    id: period.id,
    name: period.name,
    dateText: `Saved ${dateFormat.format(new Date(period.savedAt))}`,
    note: period.note,
    overallText:
      summary.overall === null
        ? "Overall: no one at the start"
        : `Overall: ${twoDecimals.format(summary.overall * 100)}%`,
    fixFirstText:
      summary.fixFirst === null
        ? "Fix first: no step to name"
        : summary.fixFirst === "reach"
          ? "Fix first: grow awareness (every step is on target)"
          : `Fix first: ${stepTitle(summary.fixFirst)}`,
    calculatorHref: calculatorLink(period),
    before: false,
    after: false,
  };
}

/** Sets each option's flags; Alpine ignores a write of the same value, so only changed options re-render. */
function markPicked(self: CompareApp): void {
  for (const item of self.items) {
    item.before = item.id === self.beforeId;
    item.after = item.id === self.afterId;
  }
}

const targetId = (self: This): string => (self.$event.currentTarget as HTMLElement | null)?.dataset["id"] ?? "";

/** Saves a restore's periods (one transaction) and keeps what Undo needs to put things back. */
async function applyRestore(self: This, plan: RestorePlan): Promise<void> {
  if (!(await savePeriods(plan.periods))) {
    self.restoreMessage = "Your browser would not save the periods, so nothing was restored.";
    return;
  }
  self.backupStatus = restoreDone(plan);
  self.restoreUndo =
    plan.added.length || plan.replaced.length
      ? { put: plan.replaced.map((r) => r.saved), remove: plan.added.map((p) => p.id) }
      : null;
  await self.reload();
}

function compareApp(): CompareApp & ThisType<This> {
  return {
    loaded: false,
    storageNote: "",
    periods: [],
    items: [],
    beforeId: "",
    afterId: "",
    fromLink: false,
    linkProblems: [],
    before: null,
    after: null,
    ready: false,
    title: "",
    rows: [],
    overall: null,
    headline: "",
    next: "",
    mixedWarning: "",
    emptyText: "",
    shareStatus: "",
    shareUrl: "",
    editingId: "",
    nameDraft: "",
    noteDraft: "",
    listStatus: "",
    undoPeriod: null,
    importText: "",
    preview: null,
    importStatus: "",
    backupStatus: "",
    restoreMessage: "",
    pendingRestore: null,
    restoreQuestion: "",
    restoreUndo: null,
    trend: null,
    trendStatus: "",
    chart: null,
    comparison: null,

    async init() {
      const link = decodeComparisonLink(window.location.search, stageNames);
      if (link) {
        this.fromLink = true;
        this.linkProblems = link.problems;
        this.before = link.beforeCounts ? { name: link.before.name, counts: link.beforeCounts } : null;
        this.after = link.afterCounts ? { name: link.after.name, counts: link.afterCounts } : null;
        this.recompute();
      }
      await this.reload();
      this.loaded = true;
    },

    async reload() {
      const stored = await listPeriods();
      this.periods = stored.periods;
      this.items = sortPeriods(stored.periods).reverse().map(listItem);
      this.storageNote = !stored.available
        ? "Your browser is blocking storage, so periods can't be saved here. A comparison link still works."
        : stored.skipped > 0
          ? `${periodsText(stored.skipped)} saved here could not be read and ${stored.skipped === 1 ? "is" : "are"} left out.`
          : "";
      const ids = new Set(this.periods.map((p) => p.id));
      if (!ids.has(this.beforeId) || !ids.has(this.afterId) || this.beforeId === this.afterId) {
        // Default: the two most recent periods, older one as "before".
        const [older, newer] = this.periods.slice(-2);
        this.beforeId = this.periods.length >= 2 ? (older?.id ?? "") : "";
        this.afterId = this.periods.length >= 2 ? (newer?.id ?? "") : "";
      }
      markPicked(this);
      if (!this.fromLink) this.pick();
      this.drawTrend();
    },

    pick() {
      const select = this.$event?.target as HTMLSelectElement | undefined;
      if (select?.dataset["side"] === "before") this.beforeId = select.value;
      if (select?.dataset["side"] === "after") this.afterId = select.value;
      if (select?.dataset["side"]) {
        this.fromLink = false;
        if (this.linkProblems.length) this.linkProblems = [];
        // Only when there is a link to leave: replaceState costs milliseconds, on every pick.
        if (window.location.search) window.history.replaceState(null, "", window.location.pathname);
      }
      markPicked(this);
      const find = (id: string) => this.periods.find((p) => p.id === id);
      const before = find(this.beforeId);
      const after = find(this.afterId);
      this.before = before ? { name: before.name, counts: [...before.counts] } : null;
      this.after = after ? { name: after.name, counts: [...after.counts] } : null;
      this.recompute();
    },

    recompute() {
      this.shareStatus = "";
      this.shareUrl = "";
      if (!this.before || !this.after) {
        this.ready = false;
        this.comparison = null;
        this.emptyText = this.fromLink
          ? "The link's numbers need fixing before they can be compared."
          : this.periods.length < 2
            ? "Save at least two periods from the calculator, import them below, or open a comparison link."
            : "Pick two periods to compare.";
        return;
      }
      const comparison = comparePeriods(this.before.counts, this.after.counts, stageIds);
      const afterPeriod = this.fromLink ? undefined : this.periods.find((p) => p.id === this.afterId);
      const fix = afterPeriod ? summarisePeriod(afterPeriod).fixFirst : null;
      const words = comparisonWords({
        comparison,
        stageNames,
        beforeName: this.before.name,
        afterName: this.after.name,
        fixFirstStep: typeof fix === "number" ? fix : null,
      });
      this.comparison = comparison;
      // In place: Alpine then re-runs only the bindings whose text changed, not every cell of every row.
      if (this.rows.length === words.rows.length) patchInPlace(this.rows, words.rows);
      else this.rows = words.rows;
      if (this.overall) patchInPlace(this.overall, words.overall);
      else this.overall = words.overall;
      this.headline = words.headline;
      this.next = words.next;
      this.mixedWarning = words.mixedWarning;
      this.title = `${this.before.name} compared with ${this.after.name}`;
      this.ready = true;
    },

    drawTrend() {
      if (this.periods.length < 2) {
        this.trend = null;
        return;
      }
      const trend = buildTrend(this.periods, stageNames);
      this.trend = trend;
      if (this.chart) {
        this.chart.update(trend);
        return;
      }
      this.trendStatus = "Loading the charts…";
      this.$nextTick(() => {
        void import("./trend-chart.ts")
          .then(({ drawTrend }) => {
            if (this.chart || !this.trend) return;
            const canvases = [...document.querySelectorAll<HTMLCanvasElement>("canvas[data-trend-chart]")];
            this.chart = drawTrend(canvases, this.trend);
            this.trendStatus = "";
          })
          .catch(() => {
            this.trendStatus = "The charts could not load. The table below has the same numbers.";
          });
      });
    },

    async copyLink() {
      if (!this.before || !this.after) return;
      this.shareUrl = `${window.location.origin}${window.location.pathname}?${encodeComparisonLink(this.before, this.after)}`;
      try {
        await navigator.clipboard.writeText(this.shareUrl);
        this.shareStatus =
          "Link copied. Anyone who opens it sees this comparison; it holds only these counts and names.";
      } catch {
        this.shareStatus = "Your browser would not copy it. Select the link below and copy it yourself.";
      }
    },

    downloadCsv() {
      if (!this.comparison || !this.before || !this.after) return;
      const safe = (name: string) =>
        name
          .replace(/[^A-Za-z0-9]+/g, "-")
          .replace(/^-|-$/g, "")
          .toLowerCase() || "period";
      downloadText(
        `comparison-${safe(this.before.name)}-${safe(this.after.name)}.csv`,
        comparisonCsv(this.comparison),
        "text/csv;charset=utf-8",
      );
    },

    startEdit() {
      const period = this.periods.find((p) => p.id === targetId(this));
      if (!period) return;
      this.editingId = period.id;
      this.nameDraft = period.name;
      this.noteDraft = period.note;
    },

    onDraft() {
      const input = this.$event.target as HTMLInputElement | HTMLTextAreaElement;
      if (input.dataset["field"] === "name") this.nameDraft = input.value.slice(0, maxPeriodName);
      else this.noteDraft = input.value.slice(0, maxNote);
    },

    async saveEdit() {
      const period = this.periods.find((p) => p.id === this.editingId);
      if (!period) return;
      const name = this.nameDraft.replace(/[\u0000-\u001f\u007f]/g, "").trim();
      if (!name) {
        this.listStatus = "A period needs a name, such as November 2026.";
        return;
      }
      const saved = await savePeriods([
        { ...period, name, note: this.noteDraft.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, "").trim() },
      ]);
      this.listStatus = saved ? `Saved the changes to “${name}”.` : "Your browser would not save the change.";
      this.editingId = "";
      await this.reload();
    },

    cancelEdit() {
      this.editingId = "";
    },

    isEditing(id) {
      return this.editingId === id;
    },

    async duplicate() {
      const period = this.periods.find((p) => p.id === targetId(this));
      if (!period) return;
      const copy = {
        ...period,
        id: newPeriodId(),
        name: `${period.name} (copy)`.slice(0, maxPeriodName),
        savedAt: new Date().toISOString(),
        counts: [...period.counts],
        labels: [...period.labels],
        targets: [...period.targets],
        prices: { ...period.prices },
      };
      this.listStatus = (await savePeriods([copy]))
        ? `Made a copy of “${period.name}”.`
        : "Your browser would not save the copy.";
      await this.reload();
    },

    async remove() {
      const period = this.periods.find((p) => p.id === targetId(this));
      if (!period) return;
      if (!(await deletePeriod(period.id))) {
        this.listStatus = "Your browser would not delete it.";
        return;
      }
      this.undoPeriod = period;
      this.listStatus = `Deleted “${period.name}”.`;
      await this.reload();
    },

    async undo() {
      const period = this.undoPeriod;
      if (!period) return;
      this.undoPeriod = null;
      this.listStatus = (await savePeriods([period]))
        ? `Brought back “${period.name}”.`
        : "Your browser would not save it back.";
      await this.reload();
    },

    onImportText() {
      this.importText = (this.$event.target as HTMLTextAreaElement).value;
    },

    async previewPaste() {
      const { previewImport } = await import("../compare/period-import.ts");
      this.preview = previewImport(this.importText);
      this.importStatus =
        this.preview.message ||
        `${this.preview.validCount} of ${this.preview.rows.length} rows can be imported. Nothing is saved until you confirm.`;
    },

    async chooseCsv() {
      const input = this.$event.target as HTMLInputElement;
      const file = input.files?.[0];
      if (!file) return;
      if (file.size > 1_000_000) {
        this.importStatus = "That file is over 1 MB, too large for a list of periods. Choose a smaller CSV file.";
        return;
      }
      this.importText = await file.text();
      input.value = "";
      await this.previewPaste();
    },

    async confirmImport() {
      if (!this.preview || this.preview.validCount === 0) return;
      const { periodsFromPreview } = await import("../compare/period-import.ts");
      const periods = periodsFromPreview(this.preview, new Date(), () => newPeriodId());
      const saved = await savePeriods(periods);
      this.importStatus = saved ? `Imported ${periodsText(periods.length)}.` : "Your browser would not save them.";
      if (saved) {
        this.preview = null;
        this.importText = "";
      }
      await this.reload();
    },

    cancelImport() {
      this.preview = null;
      this.importStatus = "Nothing was imported.";
    },

    backup() {
      const day = new Date().toISOString().slice(0, 10);
      downloadText(`journey-atlas-periods-${day}.json`, backupText(this.periods), "application/json");
      this.backupStatus = `Downloaded a backup of ${periodsText(this.periods.length)}.`;
    },

    async restore() {
      const input = this.$event.target as HTMLInputElement;
      const file = input.files?.[0];
      this.cancelRestore();
      this.restoreMessage = "";
      this.backupStatus = "";
      this.restoreUndo = null;
      if (!file) return;
      const result = readBackup(await file.text());
      input.value = "";
      if (!result.ok) {
        this.restoreMessage = result.message;
        return;
      }
      const plan = planRestore(this.periods, result.periods);
      if (plan.replaced.length === 0) {
        await applyRestore(this, plan);
        return;
      }
      // Something saved here would be overwritten: say what, and save nothing until the coach agrees.
      this.pendingRestore = plan;
      this.restoreQuestion = restoreQuestion(plan);
      focusAfterRender(() => this.$refs["confirmRestore"]);
    },

    async confirmRestore() {
      const plan = this.pendingRestore;
      if (!plan) return;
      this.cancelRestore();
      await applyRestore(this, plan);
    },

    cancelRestore() {
      if (this.pendingRestore) this.backupStatus = "Nothing was restored.";
      this.pendingRestore = null;
      this.restoreQuestion = "";
    },

    async undoRestore() {
      const undo = this.restoreUndo;
      if (!undo) return;
      this.restoreUndo = null;
      this.backupStatus = (await savePeriodsAndDelete(undo.put, undo.remove))
        ? "Undone: the periods are as they were before the restore."
        : "Your browser would not undo the restore.";
      await this.reload();
    },

    hasText(value) {
      return value !== "";
    },

    hasPeriods() {
      return this.items.length > 0;
    },

    canCompare() {
      return this.periods.length >= 2;
    },
  };
}

startAlpine((Alpine) => Alpine.data("compareApp", compareApp));
