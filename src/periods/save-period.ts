// "Save this period" on the calculator page: its own small Alpine component, loaded and started by
// the calculator once its numbers are on screen. At click time it asks the calculator to write its state now (the
// calculator normally saves 120 ms after typing pauses), reads that state from localStorage, and
// stores it as a period in IndexedDB. The period code and IndexedDB load only on the first save.
// A period covers a month (last month unless changed) or a date range; saving one that repeats a
// saved period's name or dates asks before replacing it, and an identical save changes nothing.
import Alpine from "@alpinejs/csp";
import { focusAfterRender } from "../assets/js/focus-after-render.ts";
import { readStored } from "../assets/js/storage.ts";
import { coverageProblem, coverageText, lastMonth, monthFromName, type Coverage } from "./period-dates.ts";
import type { SavedPeriod } from "./period-model.ts";

/** The calculator persists its state synchronously when this event fires on window. */
export const flushCalculatorEvent = "journey-atlas:flush-calculator";
const calculatorKey = "journey-atlas:calculator";

interface SavePeriod {
  name: string;
  /** True once the coach typed a name: until then the name follows the month. */
  nameTyped: boolean;
  note: string;
  /** "2026-11": the month covered, unless `useRange`. */
  month: string;
  useRange: boolean;
  from: string;
  to: string;
  status: string;
  problems: string[];
  saved: boolean;
  saving: boolean;
  /** A save that repeats a saved period, waiting for "Replace it". */
  pending: SavedPeriod | null;
  question: string;
  onField(): void;
  coverage(): Coverage | null;
  save(): Promise<void>;
  replace(): Promise<void>;
  cancelReplace(): void;
  hasText(value: string): boolean;
}

type This = SavePeriod & { $event: Event; $refs: Record<string, HTMLElement> };

const initialMonth = lastMonth(new Date());

function savePeriod(): SavePeriod & ThisType<This> {
  return {
    name: coverageText(initialMonth),
    nameTyped: false,
    note: "",
    month: initialMonth.from.slice(0, 7),
    useRange: false,
    from: initialMonth.from,
    to: initialMonth.to,
    status: "",
    problems: [],
    saved: false,
    saving: false,
    pending: null,
    question: "",

    onField() {
      const input = this.$event.target as HTMLInputElement | HTMLTextAreaElement;
      const field = input.dataset["field"];
      if (field === "name") {
        this.name = input.value.slice(0, 60);
        this.nameTyped = input.value.trim() !== "";
        // A name that names a month ("September 2026") moves the month to it: one fact, typed once.
        const named = monthFromName(this.name);
        if (named && !this.useRange) this.month = named.from.slice(0, 7);
      } else if (field === "note") this.note = input.value.slice(0, 500);
      else if (field === "month") this.month = input.value;
      else if (field === "range") this.useRange = (input as HTMLInputElement).checked;
      else if (field === "from") this.from = input.value;
      else if (field === "to") this.to = input.value;
      const coverage = this.coverage();
      if (!this.nameTyped && coverage) this.name = coverageText(coverage);
      this.saved = false;
      this.cancelReplace();
    },

    coverage() {
      if (this.useRange) return coverageProblem(this.from, this.to) ? null : { from: this.from, to: this.to };
      return monthFromName(this.month);
    },

    async save() {
      if (this.saving) return;
      this.saving = true;
      this.problems = [];
      this.status = "";
      try {
        window.dispatchEvent(new Event(flushCalculatorEvent));
        const [
          { periodFromState, newPeriodId, stageIds },
          { savePeriods },
          { reviveState, emptyState, defaultTargetPercents },
          { default: stages },
        ] = await Promise.all([
          import("./period-model.ts"),
          import("./period-store.ts"),
          import("../calculator/url-state.ts"),
          import("../../_data/stages.json"),
        ]);
        const defaults = emptyState(stageIds, defaultTargetPercents(stages));
        let stored: unknown = null;
        try {
          stored = JSON.parse(readStored(calculatorKey) ?? "null");
        } catch {
          stored = null;
        }
        const state = reviveState(stored, stageIds, defaults);
        if (!state) {
          this.problems = ["Type your counts into the calculator first; then save them as a period."];
          return;
        }
        const coverage = this.coverage();
        if (!coverage) {
          this.problems = [
            this.useRange
              ? coverageProblem(this.from, this.to)
              : "Choose the month these numbers cover, such as 2026-11 for November 2026.",
          ];
          return;
        }
        const made = periodFromState(state, {
          id: newPeriodId(),
          name: this.name,
          note: this.note,
          savedAt: new Date(),
          coverage,
        });
        if (!made.ok) {
          this.problems = made.problems;
          return;
        }
        const [{ listPeriods }, { findRepeat, sameContent }] = await Promise.all([
          import("./period-store.ts"),
          import("./period-repeats.ts"),
        ]);
        const repeat = findRepeat((await listPeriods()).periods, made.period);
        if (repeat && sameContent(repeat, made.period)) {
          this.saved = true;
          this.status = `“${repeat.name}” is already saved with exactly these numbers, so nothing changed.`;
          return;
        }
        if (repeat) {
          // Keep the saved period's id, so replacing it leaves one period, not two.
          this.pending = { ...made.period, id: repeat.id };
          this.question = `“${repeat.name}” (${coverageText(repeat)}) is already saved, with other numbers or notes. Replace it with what is on screen now?`;
          focusAfterRender(() => this.$refs["replacePeriod"]);
          return;
        }
        await storePeriod(this, made.period, savePeriods);
      } finally {
        this.saving = false;
      }
    },

    async replace() {
      const period = this.pending;
      if (!period) return;
      this.cancelReplace();
      const { savePeriods } = await import("./period-store.ts");
      await storePeriod(this, period, savePeriods, "Replaced");
    },

    cancelReplace() {
      this.pending = null;
      this.question = "";
    },

    hasText(value) {
      return value !== "";
    },
  };
}

async function storePeriod(
  self: SavePeriod,
  period: SavedPeriod,
  savePeriods: (periods: SavedPeriod[]) => Promise<boolean>,
  verb = "Saved",
): Promise<void> {
  if (!(await savePeriods([period]))) {
    self.status =
      "Your browser is blocking storage, so the period could not be saved. A share link still keeps the numbers.";
    return;
  }
  self.saved = true;
  self.status = `${verb} “${period.name}” in this browser.`;
}

// Registered on Alpine's own start-up event, so the calculator's component and this one start together.
/**
 * Registers the box and starts it. The calculator loads this module just after its numbers (like the
 * chart), so the box's element waits under data-x-ignore until then, and Alpine starts it here.
 */
export function startSavePeriod(): void {
  Alpine.data("savePeriod", savePeriod);
  for (const element of document.querySelectorAll<HTMLElement>("[data-save-period]")) {
    element.removeAttribute("data-x-ignore");
    // Alpine marked the element as ignored on its first walk; clear the mark so initTree walks it now.
    delete (element as HTMLElement & { _x_ignore?: boolean })._x_ignore;
    element.setAttribute("data-x-data", "savePeriod");
    Alpine.initTree(element);
  }
}
