// "Save this period" on the calculator page: its own small Alpine component, loaded and started by
// the calculator once its numbers are on screen. At click time it asks the calculator to write its state now (the
// calculator normally saves 120 ms after typing pauses), reads that state from localStorage, and
// stores it as a period in IndexedDB. The period code and IndexedDB load only on the first save.
import Alpine from "@alpinejs/csp";
import { readStored } from "../assets/js/storage.ts";
import { defaultPeriodName } from "./period-name.ts";

/** The calculator persists its state synchronously when this event fires on window. */
export const flushCalculatorEvent = "journey-atlas:flush-calculator";
const calculatorKey = "journey-atlas:calculator";

interface SavePeriod {
  name: string;
  note: string;
  status: string;
  problems: string[];
  saved: boolean;
  saving: boolean;
  onField(): void;
  save(): Promise<void>;
  hasText(value: string): boolean;
}

function savePeriod(): SavePeriod & ThisType<SavePeriod & { $event: Event }> {
  return {
    name: defaultPeriodName(new Date()),
    note: "",
    status: "",
    problems: [],
    saved: false,
    saving: false,

    onField() {
      const input = this.$event.target as HTMLInputElement | HTMLTextAreaElement;
      if (input.dataset["field"] === "name") this.name = input.value.slice(0, 60);
      else this.note = input.value.slice(0, 500);
      this.saved = false;
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
        const made = periodFromState(state, {
          id: newPeriodId(),
          name: this.name,
          note: this.note,
          savedAt: new Date(),
        });
        if (!made.ok) {
          this.problems = made.problems;
          return;
        }
        if (!(await savePeriods([made.period]))) {
          this.status =
            "Your browser is blocking storage, so the period could not be saved. A share link still keeps the numbers.";
          return;
        }
        this.saved = true;
        this.status = `Saved “${made.period.name}” in this browser.`;
      } finally {
        this.saving = false;
      }
    },

    hasText(value) {
      return value !== "";
    },
  };
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
