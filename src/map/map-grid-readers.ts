// What the worksheet's bindings read from the component's reactive copy of the map: cells, scores,
// labels, which version is showing. Spread into the component (map-app.ts); no state of their own
// beyond `showing`, and no change to the map.
import { ruleSentence } from "./map-interventions.ts";
import {
  formatEmotion,
  type Intervention,
  type ItemLane,
  type JourneyMap,
  type MapItem,
  type Verdict,
  type Which,
} from "./map-model.ts";
import { shorten } from "./map-words.ts";

/** The component state these read. */
interface GridState {
  map: JourneyMap;
  showing: Which;
  editing: string;
  editOriginal: string;
  undoName: string;
  refresh(): void;
}

type Lanes = { lane(stageIndex: number, lane: ItemLane): MapItem[] };

export function gridReaders(stages: readonly { id: string; name: string }[]) {
  return {
    showing: "current" as Which,

    lane(this: GridState, stageIndex: number, lane: ItemLane): MapItem[] {
      return this.map[this.showing]?.stages[stageIndex]?.[lane] ?? [];
    },
    printLane(this: GridState, which: Which, stageIndex: number, lane: ItemLane): MapItem[] {
      return this.map[which]?.stages[stageIndex]?.[lane] ?? [];
    },
    emotionOf(this: GridState, which: Which, stageIndex: number): string {
      const score = this.map[which]?.stages[stageIndex]?.emotion;
      return score === null || score === undefined ? "" : String(score);
    },
    emotionValue(
      this: GridState & { emotionOf(which: Which, stageIndex: number): string },
      stageIndex: number,
    ): string {
      return this.emotionOf(this.showing, stageIndex);
    },
    emotionText(this: GridState, which: Which, stageIndex: number): string {
      const score = this.map[which]?.stages[stageIndex]?.emotion;
      return score === null || score === undefined ? "Not scored" : formatEmotion(score);
    },
    verdictText(item: MapItem & { verdict?: Verdict | null }): string {
      return item.verdict ? `[${item.verdict}]` : "";
    },
    isEditing(this: GridState, id: string): boolean {
      return this.editing === id;
    },
    isShowing(this: GridState, which: Which): string {
      return this.showing === which ? "true" : "false";
    },
    hasIdeal(this: GridState): boolean {
      return this.map.ideal !== null;
    },
    hasText(value: string): boolean {
      return value !== "";
    },
    itemDomId(this: GridState, id: string): string {
      return `item-${this.showing}-${id}`;
    },
    itemLabel(text: string, what: string): string {
      return `${what} “${shorten(text, 40)}”`;
    },
    canUndo(this: GridState): boolean {
      return this.undoName !== "";
    },
    ruleText(rule: Intervention): string {
      return ruleSentence(rule, stages.find((stage) => stage.id === rule.stage)?.name ?? rule.stage);
    },
    versionHeading(which: Which): string {
      return which === "current" ? "Current journey" : "Ideal journey";
    },

    startEdit(this: GridState & Lanes, stageIndex: number, lane: ItemLane, id: string) {
      const item = this.lane(stageIndex, lane).find((entry) => entry.id === id);
      if (!item) return;
      this.editOriginal = item.text;
      this.editing = id;
    },
    focusEditor(this: { $el: HTMLElement }) {
      const input = this.$el as HTMLInputElement;
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    },
    showCurrent(this: GridState) {
      this.showing = "current";
      this.editing = "";
      this.refresh();
    },
    showIdeal(this: GridState) {
      if (!this.map.ideal) return;
      this.showing = "ideal";
      this.editing = "";
      this.refresh();
    },
  };
}
