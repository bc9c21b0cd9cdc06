// The journey-map worksheet's Alpine component: a thin bridge between the page and MapSession
// (map-session.ts), which holds the open map as plain data, saves it and keeps Undo. Each handler runs
// one pure operation of map-model.ts, hands the result to the session and copies it into Alpine's state.
import { loadChunk } from "../assets/js/load-chunk.ts";
import { focusAfterRender } from "../assets/js/focus-after-render.ts";
import stages from "../../_data/stages.json" with { type: "json" };
import { startAlpine } from "../assets/js/start-alpine.ts";
import { patchInPlace } from "../assets/js/patch-in-place.ts";
import { readStored, storageAvailable } from "../assets/js/storage.ts";
import type { SaveOutcome } from "../assets/js/synced-record.ts";
import {
  addIntervention,
  addItem,
  editIntervention,
  editItem,
  moveItem,
  removeIntervention,
  removeItem,
  renameMap,
  setEmotion,
  setVerdict,
  startIdeal,
  verdicts,
  type ItemLane,
  type JourneyMap,
  type RuleField,
  type Verdict,
} from "./map-model.ts";
import { starterRule } from "./map-interventions.ts";
import { fileActions } from "./map-file-actions.ts";
import { listActions } from "./map-list-actions.ts";
import { gridReaders } from "./map-grid-readers.ts";
import { MapSession } from "./map-session.ts";
import { browserMapStore, mapIdOfKey, parseStoredMap } from "./map-storage.ts";
import { buildMapView } from "./map-view.ts";
import * as words from "./map-words.ts";
import { calculatorStorageKey } from "../funnel/storage-key.ts";
import type { AlpineMagics } from "../assets/js/alpine-magics.ts";

const stageIds = stages.map((stage) => stage.id);
const newId = (): string => crypto.randomUUID();
const nowIso = (): string => new Date().toISOString();

type Magics = AlpineMagics;

/** Gives each method `this`: the component itself plus Alpine's magics. */
const defineComponent = <T>(component: T & ThisType<T & Magics>): T => component;

function worksheet() {
  const canSave = storageAvailable();
  const session = new MapSession({
    store: browserMapStore(stageIds, nowIso),
    timers: { set: (run, ms) => window.setTimeout(run, ms), clear: (id) => window.clearTimeout(id) },
    saveDelay: 500,
    stageIds,
    now: nowIso,
    newId,
  });
  const plain = (): JourneyMap => session.map;

  return defineComponent({
    ...gridReaders(stages),
    ...fileActions(session, stages),
    ...listActions(session),
    map: structuredClone(plain()),
    maps: [] as { id: string; name: string }[],
    unreadable: "",
    otherStages: "",
    view: buildMapView(plain(), "current", stages),
    editing: "",
    editOriginal: "",
    status: "",
    saveNote: "",
    /** A failed save or another tab's change, shown where the user is working, with what to do. */
    problem: "",
    conflict: false,
    undoName: "",
    rates: null as string[] | null,

    init() {
      session.onSave = (outcome) => this.onSaved(outcome);
      session.start();
      this.show();
      const deleted = session.deleted;
      if (deleted) {
        this.undoName = words.mapName(deleted.map);
        const name = this.undoName;
        void loadChunk(() => import("./map-notices.ts")).then((notices) => {
          this.status = notices.deletedNote(name, deleted.deletedAt, nowIso());
        });
      }
      this.saveNote = !canSave
        ? "Your browser is blocking storage, so this map won't be kept here. Use “Download map” to keep a copy."
        : session.stored.maps.length
          ? "Saved in this browser. Come back to it whenever."
          : "Your map saves itself in this browser as you work.";
      if (!canSave) this.showSaveFailed();
      // Only a browser where the calculator saved numbers loads the code that reads them.
      const calculator = readStored(calculatorStorageKey);
      if (calculator) {
        void loadChunk(() => import("./map-calculator-rates.ts")).then(({ calculatorRates }) => {
          this.rates = calculatorRates(calculator, stages);
        });
      }
      window.addEventListener("pagehide", () => session.flush());
      window.addEventListener("storage", (event) => this.onStorage(event));
    },

    // ---- Between the session and the page

    /** Shows the session's open map in full: after opening, switching, Undo or another tab's change. */
    show(keepVersion = false) {
      this.map = structuredClone(plain());
      if (!keepVersion || !plain().ideal) this.showing = "current";
      this.editing = "";
      this.refreshList();
      this.refresh();
    },

    refreshList() {
      const { maps, unreadable } = session.stored;
      this.maps = maps.map((map) => ({ id: map.id, name: map.name }));
      // The open map is listed before it is first saved, and says so.
      if (!this.maps.some((entry) => entry.id === plain().id))
        this.maps.unshift({ id: plain().id, name: `${words.mapName(plain())} (not saved yet)` });
      this.unreadable = "";
      if (unreadable.length)
        void loadChunk(() => import("./map-notices.ts")).then(
          (notices) => (this.unreadable = notices.unreadableNote(unreadable.length)),
        );
    },

    /** Makes `next` the open map; views follow now or, while typing, with the save. */
    apply(next: JourneyMap, options: { typing?: boolean } = {}) {
      session.change(next);
      this.undoName = session.deleted ? words.mapName(session.deleted.map) : "";
      // A clone, so Alpine never holds (and mutates) objects that older plain maps still share.
      patchInPlace(this.map, structuredClone(next));
      if (!options.typing) this.refresh();
    },

    refresh() {
      patchInPlace(this.view, buildMapView(plain(), this.showing, stages));
      const map = plain();
      if (!map.otherStages) this.otherStages = "";
      else
        void loadChunk(() => import("./map-notices.ts")).then(
          (notices) => (this.otherStages = notices.otherStagesNote(map)),
        );
      if (this.mermaidOpen) void this.fillMermaid();
    },

    onSaved(outcome: SaveOutcome<JourneyMap>) {
      if (outcome.kind !== "saved") {
        this.conflict = outcome.kind === "conflict";
        if (this.conflict) this.showConflict();
        else this.showSaveFailed();
        this.saveNote = "Your latest changes are not saved in this browser yet.";
        return;
      }
      this.problem = "";
      this.map.updatedAt = outcome.value.updatedAt;
      this.saveNote = words.savedNote(outcome.value.updatedAt);
      const entry = this.maps.find((item) => item.id === outcome.value.id);
      if (entry) entry.name = outcome.value.name;
      this.refresh();
    },

    /** Another tab saved, deleted or restored a map: the list follows, and so does the open map when it can. */
    onStorage(event: StorageEvent) {
      session.reload();
      this.refreshList();
      const id = event.key === null ? null : mapIdOfKey(event.key);
      if (id !== plain().id) return;
      const theirs = event.newValue === null ? null : parseStoredMap(event.newValue, id, stageIds, nowIso());
      const outcome = session.external(theirs);
      if (outcome === "updated") {
        this.show(true);
        this.status = "Updated with the changes made in another tab.";
      } else if (outcome === "conflict") {
        this.conflict = true;
        this.showConflict();
      }
    },

    /** The words load with the first failure (rare), so the message follows a moment later. */
    showSaveFailed() {
      void loadChunk(() => import("./map-notices.ts")).then((notices) => (this.problem = notices.saveFailed(!canSave)));
    },
    showConflict() {
      const name = plain().name;
      void loadChunk(() => import("./map-notices.ts")).then((notices) => (this.problem = notices.conflictNote(name)));
    },
    keepMine() {
      this.conflict = false;
      session.keepMine();
      this.status = "Kept this tab’s version.";
    },
    takeTheirs() {
      this.conflict = false;
      this.problem = "";
      session.takeTheirs();
      this.show();
      this.undoName = "your version from this tab";
      this.status = "Showing the version from the other tab. Undo brings back this tab’s.";
    },

    // ---- Items: add, edit, reorder, remove

    addFromForm() {
      const form = this.$event.target as HTMLFormElement;
      const input = form.querySelector("input") as HTMLInputElement;
      const text = input.value;
      if (text.trim() === "") {
        this.status = "Type something first, then press Enter to add it.";
        return;
      }
      const lane = form.dataset.lane as ItemLane;
      const next = addItem(plain(), this.showing, form.dataset.stage ?? "", lane, newId(), text);
      if (next === plain()) {
        this.status = "This cell is full. Remove an item to add another.";
        return;
      }
      this.apply(next);
      input.value = "";
      this.status = `Added ${words.quoted(text)}.`;
    },

    onEditInput(stageIndex: number, lane: ItemLane, id: string) {
      performance.mark("map-edit-start");
      const value = (this.$event.target as HTMLInputElement).value;
      session.change(editItem(plain(), this.showing, stageIds[stageIndex] ?? "", lane, id, value));
      // Only this item's text changed, so only that one reactive value is set: no walk over the map.
      const edited = plain()[this.showing]?.stages[stageIndex]?.[lane].find((entry) => entry.id === id);
      const shown = this.lane(stageIndex, lane).find((entry) => entry.id === id);
      if (edited && shown) shown.text = edited.text;
      performance.measure("map-edit", "map-edit-start"); // the handler's own time; the browser test reports it
    },

    finishEdit(stageIndex: number, lane: ItemLane, id: string) {
      if (this.editing !== id) return;
      this.editing = "";
      const stage = stageIds[stageIndex] ?? "";
      const item = this.lane(stageIndex, lane).find((entry) => entry.id === id);
      if (item && item.text.trim() === "") {
        // Undo brings back the text it had before it was emptied.
        const restored = editItem(plain(), this.showing, stage, lane, id, this.editOriginal);
        this.apply(removeItem(plain(), this.showing, stage, lane, id));
        this.offerUndo(restored, "Removed the emptied item.", id);
        this.focusAfter(`add-${stage}-${lane}`);
        return;
      }
      this.refresh();
      this.focusAfter(this.itemDomId(id));
    },

    cancelEdit(stageIndex: number, lane: ItemLane, id: string) {
      if (this.editing !== id) return;
      this.editing = "";
      this.apply(editItem(plain(), this.showing, stageIds[stageIndex] ?? "", lane, id, this.editOriginal));
      this.status = "Edit cancelled.";
      this.focusAfter(this.itemDomId(id));
    },

    move(stageIndex: number, lane: ItemLane, id: string, offset: number) {
      const items = this.lane(stageIndex, lane);
      const to = items.findIndex((entry) => entry.id === id) + offset;
      const next = moveItem(plain(), this.showing, stageIds[stageIndex] ?? "", lane, id, offset);
      if (to < 0 || to >= items.length || next === plain()) {
        this.status = offset < 0 ? "Already at the top." : "Already at the bottom.";
        return;
      }
      this.apply(next);
      this.status = `Moved to place ${to + 1} of ${items.length}.`;
      this.focusAfter(`${offset < 0 ? "up" : "down"}-${this.showing}-${id}`);
    },

    remove(stageIndex: number, lane: ItemLane, id: string) {
      const items = this.lane(stageIndex, lane);
      const index = items.findIndex((entry) => entry.id === id);
      const neighbour = items[index + 1] ?? items[index - 1];
      const text = items[index]?.text ?? ""; // read now: the reactive list changes with the removal
      const before = plain();
      this.apply(removeItem(plain(), this.showing, stageIds[stageIndex] ?? "", lane, id));
      this.offerUndo(before, `Removed ${words.quoted(text)}.`, id);
      this.focusAfter(neighbour ? this.itemDomId(neighbour.id) : `add-${stageIds[stageIndex]}-${lane}`);
    },

    onVerdict(stageIndex: number, id: string) {
      const value = (this.$event.target as HTMLSelectElement).value;
      const verdict = (verdicts as readonly string[]).includes(value) ? (value as Verdict) : null;
      this.apply(setVerdict(plain(), this.showing, stageIds[stageIndex] ?? "", id, verdict));
    },

    onEmotion(stageIndex: number) {
      const value = (this.$event.target as HTMLSelectElement).value;
      const score = value === "" ? null : Number(value);
      this.apply(setEmotion(plain(), this.showing, stageIds[stageIndex] ?? "", score));
    },

    focusAfter(domId: string) {
      focusAfterRender(() => document.getElementById(domId));
    },

    // ---- Versions and rules

    startIdealMap() {
      this.apply(startIdeal(plain()));
      this.showIdeal();
      this.status = "The ideal map starts as a copy of the current one. Change what you want to be different.";
      this.focusAfter("show-ideal");
    },
    addBlankRule() {
      const rule = { id: newId(), stage: stageIds[0] ?? "", signal: "", action: "", within: "" };
      this.apply(addIntervention(plain(), rule));
      this.focusAfter(`rule-signal-${rule.id}`);
    },
    /** The fix's words come from the page (its button's data-fix), so the script need not carry every fix. */
    addStarter(stageId: string) {
      const stage = stages.find((entry) => entry.id === stageId);
      const fix = (this.$event.currentTarget as HTMLElement).dataset.fix ?? "";
      if (!stage) return;
      this.apply(addIntervention(plain(), starterRule({ ...stage, fixes: [fix] }, 0, newId())));
      this.status = `Added a rule for ${stage.name}. Adjust its signal and time to fit your practice.`;
    },
    onRule(id: string, field: RuleField) {
      const value = (this.$event.target as HTMLInputElement | HTMLSelectElement).value;
      this.apply(editIntervention(plain(), id, field, value), { typing: field !== "stage" });
    },
    removeRule(id: string) {
      const before = plain();
      this.apply(removeIntervention(plain(), id));
      this.offerUndo(before, "Removed the rule.", `rule-signal-${id}`);
      this.focusAfter("add-rule");
    },

    // ---- Maps: name, new, duplicate, delete, undo

    onRename() {
      this.apply(renameMap(plain(), (this.$event.target as HTMLInputElement).value), { typing: true });
    },
  });
}

startAlpine((Alpine) => Alpine.data("journeyMap", worksheet));
