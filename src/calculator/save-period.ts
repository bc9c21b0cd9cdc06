// "Save this period" on the calculator page: a small Alpine component nested inside the calculator's, so
// Alpine's scope gives it the calculator's `periodState()`: the numbers on screen, handed over directly
// (no event, no second read of storage). The period code and IndexedDB load only on the first save.
import type { CalculatorState } from "../funnel/url-state.ts";
import { defaultPeriodName } from "../funnel/period-name.ts";

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

/** What the enclosing calculator component provides to this one through Alpine's scope. */
export interface PeriodSource {
  /** The calculator's state as it is on screen, written to storage and the URL first. */
  periodState(): CalculatorState;
}

export function savePeriod(): SavePeriod & ThisType<SavePeriod & PeriodSource & { $event: Event }> {
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
        const state = this.periodState();
        if (state.counts.every((count) => count.trim() === "")) {
          this.problems = ["Type your counts into the calculator first; then save them as a period."];
          return;
        }
        const [{ periodFromState, newPeriodId }, { savePeriods }] = await Promise.all([
          import("../funnel/period-model.ts"),
          import("../funnel/period-store.ts"),
        ]);
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
