// "Back up all periods" and "Restore" on the compare page: a restore that repeats periods saved here
// asks to replace or skip them, and can be undone. Nested in the compare component's element, it
// shares its periods (periods-scope.ts).
import { focusAfterRender } from "../assets/js/focus-after-render.ts";
import { downloadText } from "../assets/js/download.ts";
import type { SavedPeriod } from "../funnel/period-model.ts";
import { savePeriods, savePeriodsAndDelete } from "../funnel/period-store.ts";
import {
  backupText,
  planRestore,
  readBackup,
  restoreDone,
  restoreQuestion,
  restoreSaves,
  type RestoreChoice,
  type RestorePlan,
} from "./period-backup.ts";
import { choiceOf, periodsText, type Magics, type PeriodsScope } from "./periods-scope.ts";

interface PeriodBackup {
  backupStatus: string;
  restoreMessage: string;
  /** A restore that repeats saved periods, waiting for the coach to replace or skip them. */
  pendingRestore: RestorePlan | null;
  restoreQuestion: string;
  /** What undoing the last restore puts back and takes away. */
  restoreUndo: { put: SavedPeriod[]; remove: string[] } | null;
  backup(): void;
  restore(): Promise<void>;
  confirmRestore(): Promise<void>;
  cancelRestore(): void;
  undoRestore(): Promise<void>;
}

type This = PeriodBackup & PeriodsScope & Magics;

/** Saves a restore's periods (one transaction) and keeps what Undo needs to put things back. */
async function applyRestore(self: This, plan: RestorePlan, choice: RestoreChoice): Promise<void> {
  if (!(await savePeriods(restoreSaves(plan, choice)))) {
    self.restoreMessage = "Your browser would not save the periods, so nothing was restored.";
    return;
  }
  self.backupStatus = restoreDone(plan, choice);
  const put = choice === "replace" ? plan.replaced.map((r) => r.saved) : [];
  self.restoreUndo = plan.added.length || put.length ? { put, remove: plan.added.map((p) => p.id) } : null;
  await self.reload();
}

export function periodBackup(): PeriodBackup & ThisType<This> {
  return {
    backupStatus: "",
    restoreMessage: "",
    pendingRestore: null,
    restoreQuestion: "",
    restoreUndo: null,

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
        await applyRestore(this, plan, "skip");
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
      const choice = choiceOf(this);
      this.pendingRestore = null;
      this.restoreQuestion = "";
      await applyRestore(this, plan, choice);
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
  };
}
