// The saved periods' list on the compare page: rename, edit a note, duplicate, delete with Undo. Nested
// in the compare component's element, it shares its periods (periods-scope.ts).
import { stripControls } from "../funnel/text.ts";
import { newPeriodId, maxNote, maxPeriodName, type SavedPeriod } from "../funnel/period-model.ts";
import { deletePeriod, savePeriods } from "../funnel/period-store.ts";
import { targetId, type Magics, type PeriodsScope } from "./periods-scope.ts";

interface PeriodList {
  editingId: string;
  nameDraft: string;
  noteDraft: string;
  listStatus: string;
  undoPeriod: SavedPeriod | null;
  startEdit(): void;
  onDraft(): void;
  saveEdit(): Promise<void>;
  cancelEdit(): void;
  isEditing(id: string): boolean;
  duplicate(): Promise<void>;
  remove(): Promise<void>;
  undo(): Promise<void>;
}

type This = PeriodList & PeriodsScope & Magics;

export function periodList(): PeriodList & ThisType<This> {
  return {
    editingId: "",
    nameDraft: "",
    noteDraft: "",
    listStatus: "",
    undoPeriod: null,

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
      const name = stripControls(this.nameDraft).trim();
      if (!name) {
        this.listStatus = "A period needs a name, such as November 2026.";
        return;
      }
      const saved = await savePeriods([{ ...period, name, note: stripControls(this.noteDraft, "\n").trim() }]);
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
      // The list first, then the words: what the status says is already on screen.
      await this.reload();
      this.undoPeriod = period;
      this.listStatus = `Deleted “${period.name}”.`;
    },
    async undo() {
      const period = this.undoPeriod;
      if (!period) return;
      this.undoPeriod = null;
      const saved = await savePeriods([period]);
      await this.reload();
      this.listStatus = saved ? `Brought back “${period.name}”.` : "Your browser would not save it back.";
    },
  };
}
