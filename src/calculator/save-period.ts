// "Save this period" on the calculator page: a small Alpine component nested inside the calculator's, so
// Alpine's scope gives it the calculator's `periodState()`: the numbers on screen, handed over directly
// (no event, no second read of storage). The period code and IndexedDB load only on the first save.
// A period covers a month (last month unless changed) or a date range; saving one that repeats a
// saved period's name or dates asks before replacing it, and an identical save changes nothing.
import { loadChunk } from "../assets/js/load-chunk.ts";
import type { AlpineMagics } from "../assets/js/alpine-magics.ts";
import type { CalculatorState } from "../funnel/url-state.ts";
import type { Coverage } from "../funnel/period-dates.ts";
import type { SavedPeriod } from "../funnel/period-model.ts";
import { dateFormat } from "../funnel/locale.ts";

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
  save(): Promise<void>;
  replace(): Promise<void>;
  cancelReplace(): void;
  hasText(value: string): boolean;
}

/** What the enclosing calculator component provides to this one through Alpine's scope. */
export interface PeriodSource {
  /** The calculator's state as it is on screen, written to storage and the URL first. */
  periodState(): CalculatorState;
}

type This = SavePeriod & PeriodSource & AlpineMagics;

// The date code loads with the first edit or save, like the rest of the period code: the calculator's
// first answer carries none of it.
type Dates = typeof import("../funnel/period-dates.ts");
const loadDates = (): Promise<Dates> => loadChunk(() => import("../funnel/period-dates.ts"));

/** Last month as an <input type="month"> value ("2026-11"), on the coach's calendar. */
function lastMonthValue(now: Date): string {
  const month = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, "0")}`;
}

const monthYear = dateFormat({ month: "long", year: "numeric" });

/** The month or range the fields give, or null while they give none. */
function coverageOf(self: SavePeriod, dates: Dates): Coverage | null {
  if (self.useRange) return dates.coverageProblem(self.from, self.to) ? null : { from: self.from, to: self.to };
  return dates.monthFromName(self.month);
}

const saveFailed =
  "Your browser is blocking storage, so the period could not be saved. A share link still keeps the numbers.";

export function savePeriod(): SavePeriod & ThisType<This> {
  const month = lastMonthValue(new Date());
  return {
    name: monthYear.format(new Date(`${month}-15T12:00:00`)),
    nameTyped: false,
    note: "",
    month,
    useRange: false,
    from: "",
    to: "",
    status: "",
    problems: [],
    saved: false,
    saving: false,
    pending: null,
    question: "",

    onField() {
      const input = this.$event.target as HTMLInputElement;
      const field = input.dataset["field"];
      if (field === "name") {
        this.name = input.value.slice(0, 60);
        this.nameTyped = input.value.trim() !== "";
      } else if (field === "note") this.note = input.value.slice(0, 500);
      else if (field === "month") this.month = input.value;
      else if (field === "range") this.useRange = input.checked;
      else if (field === "from") this.from = input.value;
      else if (field === "to") this.to = input.value;
      this.saved = false;
      this.cancelReplace();
      void loadDates().then((dates) => {
        // A name that names a month ("September 2026") moves the month to it: one fact, typed once.
        const named = field === "name" ? dates.monthFromName(this.name) : null;
        if (named && !this.useRange) this.month = named.from.slice(0, 7);
        // A range starts as the month chosen, for the coach to narrow or widen.
        const month = dates.monthFromName(this.month);
        if (this.useRange && !this.from && !this.to && month) Object.assign(this, month);
        const coverage = coverageOf(this, dates);
        if (!this.nameTyped && coverage) this.name = dates.coverageText(coverage);
      });
    },

    async save() {
      if (this.saving) return;
      this.saving = true;
      this.problems = [];
      this.status = "";
      this.cancelReplace();
      try {
        const state = this.periodState();
        if (state.counts.every((count) => count.trim() === "")) {
          this.problems = ["Type your counts into the calculator first; then save them as a period."];
          return;
        }
        const dates = await loadDates();
        const coverage = coverageOf(this, dates);
        if (!coverage) {
          this.problems = [this.useRange ? dates.coverageProblem(this.from, this.to) : dates.monthProblem];
          return;
        }
        const [
          { periodFromState, newPeriodId },
          { listPeriods, savePeriods },
          { findRepeat, sameContent, repeatWords },
        ] = await Promise.all([
          loadChunk(() => import("../funnel/period-model.ts")),
          loadChunk(() => import("../funnel/period-store.ts")),
          loadChunk(() => import("../funnel/period-repeats.ts")),
        ]);
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
        const repeat = findRepeat((await listPeriods()).periods, made.period);
        if (repeat && sameContent(repeat, made.period)) {
          this.saved = true;
          this.status = repeatWords.identical(repeat);
          return;
        }
        if (repeat) {
          // Keep the saved period's id, so replacing it leaves one period, not two.
          this.pending = { ...made.period, id: repeat.id };
          this.question = repeatWords.question(repeat);
          // Loaded only now: a repeat is rare, and the calculator's bundle is near its byte budget.
          const { focusAfterRender } = await import("../assets/js/focus-after-render.ts");
          focusAfterRender(() => this.$refs["replacePeriod"]);
          return;
        }
        this.status = (await savePeriods([made.period])) ? `Saved “${made.period.name}” in this browser.` : saveFailed;
        this.saved = this.status !== saveFailed;
      } finally {
        this.saving = false;
      }
    },

    async replace() {
      const period = this.pending;
      if (!period) return;
      this.cancelReplace();
      const { savePeriods } = await import("../funnel/period-store.ts");
      this.status = (await savePeriods([period])) ? `Replaced “${period.name}” in this browser.` : saveFailed;
      this.saved = this.status !== saveFailed;
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
