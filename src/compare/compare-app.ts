// The compare page's Alpine component: picking two periods, comparing them and the trend. It wires the
// DOM to the pure modules: comparison-link (the URL), compare-model and compare-words (numbers and
// sentences), compare-csv, trend-model and src/funnel/ (saved periods). It holds the page's one list of
// periods; the list, import and backup components nested in it share that (periods-scope.ts).
// Chart.js loads only when there is a trend to draw.
import { loadChunk } from "../assets/js/load-chunk.ts";
import { downloadText } from "../assets/js/download.ts";
import { patchInPlace } from "../assets/js/patch-in-place.ts";
import { startAlpine } from "../assets/js/start-alpine.ts";
import { coverageText, monthFromName, wholeMonth } from "../funnel/period-dates.ts";
import { defaultPair } from "../funnel/period-repeats.ts";
import { calculatorLink, stageIds, stageNames, summarisePeriod, type SavedPeriod } from "../funnel/period-model.ts";
import { listPeriods, onPeriodsChangedElsewhere } from "../funnel/period-store.ts";
import { comparePeriods, type Comparison } from "./compare-model.ts";
import { comparisonCsv } from "./compare-csv.ts";
import { comparisonWords, type ComparisonRow } from "./compare-words.ts";
import { decodeComparisonLink, encodeComparisonLink } from "./comparison-link.ts";
import { buildTrend, type Trend } from "./trend-model.ts";
import { coachLabels } from "./stage-labels.ts";
import { periodBackup } from "./period-backup-box.ts";
import { periodImport } from "./period-import-box.ts";
import { periodList } from "./period-list.ts";
import { periodsText } from "./periods-scope.ts";
import type { AlpineMagics } from "../assets/js/alpine-magics.ts";
import { dateFormat, numberFormat } from "../funnel/locale.ts";

type Magics = AlpineMagics;

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
  /** The coach's stage labels ("" where none), in stage order. */
  labels: string[];
  /** Covers exactly one month: people needed reads "more months like November". */
  isMonth: boolean;
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
  trend: Trend | null;
  /** Each step's title in the coach's words, for the chart captions and the trend table's headers. */
  trendTitles: string[];
  /** The coach's stage labels for the comparison shown (the site's names where none). */
  labels: string[];
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
  hasText(value: string): boolean;
  hasPeriods(): boolean;
  canCompare(): boolean;
}

type This = CompareApp & Magics;

const twoDecimals = numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 2 });
const savedDate = dateFormat({ day: "numeric", month: "long", year: "numeric" });
const stepTitle = (labels: readonly string[], step: number) => `${labels[step - 1]} → ${labels[step]}`;

function listItem(period: SavedPeriod): ListItem {
  const summary = summarisePeriod(period);
  return {
    id: period.id,
    name: period.name,
    dateText: `${coverageText(period)} · saved ${savedDate.format(new Date(period.savedAt))}`,
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
          : `Fix first: ${stepTitle(coachLabels(stageNames, [period.labels]), summary.fixFirst)}`,
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
    trend: null,
    trendTitles: stageNames.slice(1).map((name, i) => `${stageNames[i]} → ${name}`),
    labels: [...stageNames],
    trendStatus: "",
    chart: null,
    comparison: null,

    async init() {
      const link = decodeComparisonLink(window.location.search, stageNames, stageIds);
      if (link) {
        this.fromLink = true;
        this.linkProblems = link.problems;
        const side = (name: string, counts: number[] | null) =>
          counts ? { name, counts, labels: link.labels, isMonth: monthFromName(name) !== null } : null;
        this.before = side(link.before.name, link.beforeCounts);
        this.after = side(link.after.name, link.afterCounts);
        this.recompute();
      }
      await this.reload();
      this.loaded = true;
      // Periods saved, renamed or deleted in another tab show up here, instead of a stale list that
      // a later edit here would write over.
      onPeriodsChangedElsewhere(() => void this.reload());
    },

    async reload() {
      const stored = await listPeriods();
      this.periods = stored.periods;
      this.items = [...stored.periods].reverse().map(listItem);
      this.storageNote = !stored.available
        ? "Your browser is blocking storage, so periods can't be saved here. A comparison link still works."
        : stored.skipped > 0
          ? `${periodsText(stored.skipped)} saved here could not be read and ${stored.skipped === 1 ? "is" : "are"} left out.`
          : "";
      const ids = new Set(this.periods.map((p) => p.id));
      if (!ids.has(this.beforeId) || !ids.has(this.afterId) || this.beforeId === this.afterId) {
        // Default: the two most recent distinct periods (by their dates), the older one as "before".
        const pair = defaultPair(this.periods);
        this.beforeId = pair?.before ?? "";
        this.afterId = pair?.after ?? "";
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
      const side = (period: SavedPeriod | undefined): Side | null =>
        period
          ? {
              name: period.name,
              counts: [...period.counts],
              labels: [...period.labels],
              isMonth: wholeMonth(period) !== null,
            }
          : null;
      this.before = side(before);
      this.after = side(after);
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
      this.labels = coachLabels(stageNames, [this.after.labels, this.before.labels]);
      const words = comparisonWords({
        comparison,
        stageNames: this.labels,
        beforeName: this.before.name,
        afterName: this.after.name,
        fixFirstStep: typeof fix === "number" ? fix : null,
        afterIsMonth: this.after.isMonth,
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
      // The newest period's labels first: the coach's current words for each stage.
      const labels = coachLabels(
        stageNames,
        [...this.periods].reverse().map((p) => p.labels),
      );
      const trend = buildTrend(this.periods, labels);
      this.trend = trend;
      this.trendTitles = trend.steps.map((step) => step.title);
      if (this.chart) {
        this.chart.update(trend);
        return;
      }
      this.trendStatus = "Loading the charts…";
      this.$nextTick(() => {
        void loadChunk(() => import("./trend-chart.ts"))
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
      this.shareUrl = `${window.location.origin}${window.location.pathname}?${encodeComparisonLink(
        this.before,
        this.after,
        {
          ids: stageIds,
          names: stageNames,
          labels: this.labels,
        },
      )}`;
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
        comparisonCsv(this.comparison, this.labels),
        "text/csv;charset=utf-8",
      );
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

startAlpine((Alpine) => {
  Alpine.data("compareApp", compareApp);
  // Nested in compareApp's element: each reads its periods and reload() through Alpine's scope.
  Alpine.data("periodList", periodList);
  Alpine.data("periodImport", periodImport);
  Alpine.data("periodBackup", periodBackup);
});
