// Importing periods from a spreadsheet on the compare page: paste or choose a CSV, preview every row,
// and, when rows repeat periods saved here, replace or skip them. Nested in the compare component's
// element, it shares its periods (periods-scope.ts). Papa Parse loads only on the first preview.
import { loadChunk } from "../assets/js/load-chunk.ts";
import { newPeriodId } from "../funnel/period-model.ts";
import { savePeriods } from "../funnel/period-store.ts";
import { planRestore, restoreQuestion, restoreSaves, type RestorePlan } from "./period-backup.ts";
import type { ImportPreview } from "./period-import.ts";
import { choiceOf, periodsText, type Magics, type PeriodsScope } from "./periods-scope.ts";

/** Pasted text and chosen files share one limit: far above any real list of periods. */
const maxImportBytes = 1_000_000;

interface PeriodImport {
  importText: string;
  preview: ImportPreview | null;
  /** What importing the preview's valid rows would do to the periods saved here. */
  importPlan: RestorePlan | null;
  importQuestion: string;
  importStatus: string;
  onImportText(): void;
  previewPaste(): Promise<void>;
  chooseCsv(): Promise<void>;
  confirmImport(): Promise<void>;
  cancelImport(): void;
}

type This = PeriodImport & PeriodsScope & Magics;

export function periodImport(): PeriodImport & ThisType<This> {
  return {
    importText: "",
    preview: null,
    importPlan: null,
    importQuestion: "",
    importStatus: "",

    onImportText() {
      this.importText = (this.$event.target as HTMLTextAreaElement).value;
    },
    async previewPaste() {
      if (new Blob([this.importText]).size > maxImportBytes) {
        this.importStatus = "That is over 1 MB, too much for a list of periods. Paste fewer rows.";
        return;
      }
      const { previewImport, periodsFromPreview } = await loadChunk(() => import("./period-import.ts"));
      this.preview = previewImport(this.importText);
      const candidates = periodsFromPreview(this.preview, new Date(), () => newPeriodId());
      this.importPlan = planRestore(this.periods, candidates);
      this.importQuestion = this.importPlan.replaced.length ? restoreQuestion(this.importPlan, "import") : "";
      const same = this.importPlan.unchanged;
      this.importStatus =
        this.preview.message ||
        `${this.preview.validCount} of ${this.preview.rows.length} rows can be imported.` +
          (same
            ? ` ${same === 1 ? "One is" : `${same} are`} already saved here exactly so, and will be skipped.`
            : "") +
          " Nothing is saved until you confirm.";
    },
    async chooseCsv() {
      const input = this.$event.target as HTMLInputElement;
      const file = input.files?.[0];
      if (!file) return;
      if (file.size > maxImportBytes) {
        this.importStatus = "That file is over 1 MB, too large for a list of periods. Choose a smaller CSV file.";
        return;
      }
      this.importText = await file.text();
      input.value = "";
      await this.previewPaste();
    },
    async confirmImport() {
      const plan = this.importPlan;
      if (!this.preview || !plan || this.preview.validCount === 0) return;
      const choice = choiceOf(this);
      const periods = restoreSaves(plan, choice);
      const saved = periods.length === 0 || (await savePeriods(periods));
      const skipped = plan.unchanged + (choice === "skip" ? plan.replaced.length : 0);
      this.importStatus = saved
        ? `Imported ${periodsText(periods.length)}${skipped ? `; skipped ${periodsText(skipped)} already saved here` : ""}.`
        : "Your browser would not save them.";
      if (saved) {
        this.preview = null;
        this.importPlan = null;
        this.importQuestion = "";
        this.importText = "";
      }
      await this.reload();
    },
    cancelImport() {
      this.preview = null;
      this.importPlan = null;
      this.importQuestion = "";
      this.importStatus = "Nothing was imported.";
    },
  };
}
