// The journey-map worksheet's Alpine component: the only DOM code of the worksheet. It keeps a plain
// copy of the active map, runs the pure operations of map-model.ts on it, copies the result into
// Alpine's reactive state, and saves a moment after the last change (never on the input path).
import { downloadText } from "../assets/js/download.ts";
import { focusAfterRender } from "../assets/js/focus-after-render.ts";
import stages from "../../_data/stages.json" with { type: "json" };
import { startAlpine } from "../assets/js/start-alpine.ts";
import { patchInPlace } from "../assets/js/patch-in-place.ts";
import { readStored, storageAvailable } from "../assets/js/storage.ts";
import {
  addIntervention,
  addItem,
  createMap,
  duplicateMap,
  editIntervention,
  editItem,
  moveItem,
  removeIntervention,
  removeItem,
  renameMap,
  setEmotion,
  setVerdict,
  startIdeal,
  touch,
  verdicts,
  type Intervention,
  type ItemLane,
  type JourneyMap,
  type MapItem,
  type RuleField,
  type Verdict,
  type Which,
} from "./map-model.ts";
import { ruleSentence, starterRule } from "./map-interventions.ts";
import { loadStoredMaps, readActiveMapId, removeStoredMap, saveStoredMap, writeActiveMapId } from "./map-storage.ts";
import { buildMapView } from "./map-view.ts";
import { calculatorStorageKey } from "../funnel/storage-key.ts";

const stageIds = stages.map((stage) => stage.id);
const saveDelay = 500;
/** The example map's id: fixed, so the example is saved once per browser however often it is loaded. */
const exampleId = "example";

const newId = (): string => crypto.randomUUID();
const nowIso = (): string => new Date().toISOString();
const blankMap = (name = "My client journey"): JourneyMap => createMap({ id: newId(), name, now: nowIso(), stageIds });

interface Magics {
  $event: Event;
  $el: HTMLElement;
  $refs: Record<string, HTMLElement>;
  $nextTick(callback?: () => void): Promise<void>;
}

/** Gives each method `this`: the component itself plus Alpine's magics. */
const defineComponent = <T>(component: T & ThisType<T & Magics>): T => component;

// Outside Alpine: the plain map the pure operations run on, and the pending save.
let plain: JourneyMap = blankMap();
let saveTimer = 0;
let canSave = true;
/** The last deleted map, kept outside Alpine (a reactive proxy can't be cloned) until Undo or the next delete. */
let deletedMap: JourneyMap | null = null;
/** The map as it was before the last removal of an item or rule; any later change makes it stale. */
let beforeRemoval: JourneyMap | null = null;
let undoFocus = "";

/** Typed text cut to `max` characters, marked when cut, for labels and messages. */
const shorten = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/** A typed text as a status message quotes it. */
const quoted = (text: string): string => `“${shorten(text.trim(), 60)}”`;

/** Two versions of one map hold the same work: everything but the time it was last saved. */
const sameContent = (a: JourneyMap, b: JourneyMap): boolean =>
  JSON.stringify({ ...a, updatedAt: "" }) === JSON.stringify({ ...b, updatedAt: "" });

function slugOf(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[^\w\s-]/g, "")
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, "-")
      .slice(0, 60) || "journey-map"
  );
}

function worksheet() {
  return defineComponent({
    map: structuredClone(plain),
    maps: [] as { id: string; name: string }[],
    showing: "current" as Which,
    view: buildMapView(plain, "current", stages),
    editing: "",
    editOriginal: "",
    status: "",
    fileError: "",
    saveNote: "",
    undoName: "",
    rates: null as string[] | null,
    mermaidNote: "",
    mermaid: "",
    mermaidOpen: false,

    init() {
      canSave = storageAvailable();
      const stored = canSave ? loadStoredMaps(stageIds, nowIso()) : [];
      const activeId = readActiveMapId();
      const active = stored.find((map) => map.id === activeId) ?? stored[0];
      this.maps = stored.map((map) => ({ id: map.id, name: map.name }));
      if (active) this.use(active);
      else this.refresh();
      this.saveNote = canSave
        ? stored.length
          ? "Saved in this browser. Come back to it whenever."
          : "Your map saves itself in this browser as you work."
        : "Your browser is blocking storage, so this map won't be kept here. Use “Download map” to keep a copy.";
      // Only a browser where the calculator saved numbers loads the code that reads them.
      const calculator = readStored(calculatorStorageKey);
      if (calculator) {
        void import("./map-calculator-rates.ts").then(({ calculatorRates }) => {
          this.rates = calculatorRates(calculator, stages);
        });
      }
      window.addEventListener("pagehide", () => this.saveNow());
    },

    // ---- Applying changes

    /** Makes `next` the active map on the page; views follow now or, while typing, with the save. */
    apply(next: JourneyMap, options: { typing?: boolean } = {}) {
      this.forgetRemoval();
      plain = next;
      // A clone, so Alpine never holds (and mutates) objects that older plain maps still share.
      patchInPlace(this.map, structuredClone(next));
      if (!options.typing) this.refresh();
      this.scheduleSave();
    },

    refresh() {
      patchInPlace(this.view, buildMapView(plain, this.showing, stages));
      if (this.mermaidOpen) void this.fillMermaid();
    },

    use(map: JourneyMap) {
      window.clearTimeout(saveTimer);
      saveTimer = 0;
      plain = map;
      this.map = structuredClone(map);
      this.showing = "current";
      this.editing = "";
      this.refresh();
      if (canSave) writeActiveMapId(map.id);
    },

    scheduleSave() {
      window.clearTimeout(saveTimer);
      saveTimer = window.setTimeout(() => this.saveNow(), saveDelay);
    },

    saveNow() {
      if (!saveTimer) return;
      window.clearTimeout(saveTimer);
      saveTimer = 0;
      plain = touch(plain, nowIso());
      this.map.updatedAt = plain.updatedAt;
      this.refresh();
      const entry = this.maps.find((item) => item.id === plain.id);
      if (entry) entry.name = plain.name;
      else this.maps.unshift({ id: plain.id, name: plain.name });
      if (!canSave) return;
      const ok = saveStoredMap(plain);
      writeActiveMapId(plain.id);
      this.saveNote = ok
        ? `Saved in this browser at ${new Date().toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })}.`
        : "Could not save: this browser's storage may be full. Use “Download map” to keep a copy.";
    },

    // ---- Reading the grid

    lane(stageIndex: number, lane: ItemLane): MapItem[] {
      return this.map[this.showing]?.stages[stageIndex]?.[lane] ?? [];
    },
    printLane(which: Which, stageIndex: number, lane: ItemLane): MapItem[] {
      return this.map[which]?.stages[stageIndex]?.[lane] ?? [];
    },
    emotionOf(which: Which, stageIndex: number): string {
      const score = this.map[which]?.stages[stageIndex]?.emotion;
      return score === null || score === undefined ? "" : String(score);
    },
    emotionValue(stageIndex: number): string {
      return this.emotionOf(this.showing, stageIndex);
    },
    emotionText(which: Which, stageIndex: number): string {
      const score = this.map[which]?.stages[stageIndex]?.emotion;
      if (score === null || score === undefined) return "Not scored";
      return score > 0 ? `+${score}` : score < 0 ? `−${-score}` : "0";
    },
    verdictText(item: MapItem & { verdict?: Verdict | null }): string {
      return item.verdict ? `[${item.verdict}]` : "";
    },
    isEditing(id: string): boolean {
      return this.editing === id;
    },
    isShowing(which: Which): string {
      return this.showing === which ? "true" : "false";
    },
    hasIdeal(): boolean {
      return this.map.ideal !== null;
    },
    hasText(value: string): boolean {
      return value !== "";
    },
    itemDomId(id: string): string {
      return `item-${this.showing}-${id}`;
    },
    itemLabel(text: string, what: string): string {
      return `${what} “${shorten(text, 40)}”`;
    },
    canUndo(): boolean {
      return this.undoName !== "";
    },
    /** The map picker's one entry before anything is saved. */
    unsavedLabel(): string {
      return `${this.map.name || "Untitled map"} (not saved yet)`;
    },
    ruleText(rule: Intervention): string {
      return ruleSentence(rule, stages.find((stage) => stage.id === rule.stage)?.name ?? rule.stage);
    },
    versionHeading(which: Which): string {
      return which === "current" ? "Current journey" : "Ideal journey";
    },

    // ---- Items: add, edit, reorder, remove

    addFromForm() {
      const form = this.$event.target as HTMLFormElement;
      const input = form.querySelector("input") as HTMLInputElement;
      const stage = form.dataset.stage ?? "";
      const lane = form.dataset.lane as ItemLane;
      const text = input.value;
      if (text.trim() === "") {
        this.status = "Type something first, then press Enter to add it.";
        return;
      }
      const next = addItem(plain, this.showing, stage, lane, newId(), text);
      if (next === plain) {
        this.status = "This cell is full. Remove an item to add another.";
        return;
      }
      this.apply(next);
      input.value = "";
      this.status = `Added ${quoted(text)}.`;
    },

    startEdit(stageIndex: number, lane: ItemLane, id: string) {
      const item = this.lane(stageIndex, lane).find((entry) => entry.id === id);
      if (!item) return;
      this.editOriginal = item.text;
      this.editing = id;
    },

    focusEditor() {
      const input = this.$el as HTMLInputElement;
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    },

    onEditInput(stageIndex: number, lane: ItemLane, id: string) {
      performance.mark("map-edit-start");
      const value = (this.$event.target as HTMLInputElement).value;
      plain = editItem(plain, this.showing, stageIds[stageIndex] ?? "", lane, id, value);
      // Only this item's text changed, so only that one reactive value is set: no walk over the map.
      const edited = plain[this.showing]?.stages[stageIndex]?.[lane].find((entry) => entry.id === id);
      const shown = this.lane(stageIndex, lane).find((entry) => entry.id === id);
      if (edited && shown) shown.text = edited.text;
      this.scheduleSave();
      performance.measure("map-edit", "map-edit-start"); // the handler's own time; the browser test reports it
    },

    finishEdit(stageIndex: number, lane: ItemLane, id: string) {
      if (this.editing !== id) return;
      this.editing = "";
      const item = this.lane(stageIndex, lane).find((entry) => entry.id === id);
      if (item && item.text.trim() === "") {
        const before = structuredClone(plain);
        const original = this.editOriginal;
        this.apply(removeItem(plain, this.showing, stageIds[stageIndex] ?? "", lane, id));
        // Undo brings back the text it had before it was emptied.
        const restored = editItem(before, this.showing, stageIds[stageIndex] ?? "", lane, id, original);
        this.offerUndoRemoval(restored, "Removed the emptied item.", id);
        this.focusAfter(`add-${stageIds[stageIndex]}-${lane}`);
        return;
      }
      this.refresh();
      this.focusAfter(this.itemDomId(id));
    },

    cancelEdit(stageIndex: number, lane: ItemLane, id: string) {
      if (this.editing !== id) return;
      this.editing = "";
      this.apply(editItem(plain, this.showing, stageIds[stageIndex] ?? "", lane, id, this.editOriginal));
      this.status = "Edit cancelled.";
      this.focusAfter(this.itemDomId(id));
    },

    move(stageIndex: number, lane: ItemLane, id: string, offset: number) {
      const items = this.lane(stageIndex, lane);
      const from = items.findIndex((entry) => entry.id === id);
      const to = from + offset;
      const next = moveItem(plain, this.showing, stageIds[stageIndex] ?? "", lane, id, offset);
      if (from < 0 || to < 0 || to >= items.length || next === plain) {
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
      const text = items[index]?.text ?? "";
      const neighbour = items[index + 1] ?? items[index - 1];
      const before = plain;
      this.apply(removeItem(plain, this.showing, stageIds[stageIndex] ?? "", lane, id));
      this.offerUndoRemoval(before, `Removed ${quoted(text)}.`, id);
      this.focusAfter(neighbour ? this.itemDomId(neighbour.id) : `add-${stageIds[stageIndex]}-${lane}`);
    },

    onVerdict(stageIndex: number, id: string) {
      const value = (this.$event.target as HTMLSelectElement).value;
      const verdict = (verdicts as readonly string[]).includes(value) ? (value as Verdict) : null;
      this.apply(setVerdict(plain, this.showing, stageIds[stageIndex] ?? "", id, verdict));
    },

    onEmotion(stageIndex: number) {
      const value = (this.$event.target as HTMLSelectElement).value;
      this.apply(setEmotion(plain, this.showing, stageIds[stageIndex] ?? "", value === "" ? null : Number(value)));
    },

    focusAfter(domId: string) {
      focusAfterRender(() => document.getElementById(domId));
    },

    // ---- Versions

    showCurrent() {
      this.showing = "current";
      this.editing = "";
      this.refresh();
    },
    showIdeal() {
      if (!plain.ideal) return;
      this.showing = "ideal";
      this.editing = "";
      this.refresh();
    },
    startIdealMap() {
      this.apply(startIdeal(plain));
      this.showing = "ideal";
      this.refresh();
      this.status = "The ideal map starts as a copy of the current one. Change what you want to be different.";
      this.focusAfter("show-ideal");
    },

    // ---- Rules

    addBlankRule() {
      this.apply(addIntervention(plain, { id: newId(), stage: stageIds[0] ?? "", signal: "", action: "", within: "" }));
      this.focusAfter(`rule-signal-${plain.interventions.at(-1)?.id}`);
    },
    addStarter(stageId: string, fixIndex: number) {
      const stage = stages.find((entry) => entry.id === stageId);
      if (!stage) return;
      const rule = starterRule(stage, fixIndex, newId());
      this.apply(addIntervention(plain, rule));
      this.status = `Added a rule for ${stage.name}. Adjust its signal and time to fit your practice.`;
    },
    onRule(id: string, field: RuleField) {
      const value = (this.$event.target as HTMLInputElement | HTMLSelectElement).value;
      this.apply(editIntervention(plain, id, field, value), { typing: field !== "stage" });
    },
    removeRule(id: string) {
      const before = plain;
      this.apply(removeIntervention(plain, id));
      this.offerUndoRemoval(before, "Removed the rule.", `rule-signal-${id}`);
      this.focusAfter("add-rule");
    },

    // ---- Maps: name, new, duplicate, delete, undo

    onRename() {
      this.apply(renameMap(plain, (this.$event.target as HTMLInputElement).value), { typing: true });
    },
    switchMap() {
      this.saveNow();
      const id = (this.$event.target as HTMLSelectElement).value;
      const found = loadStoredMaps(stageIds, nowIso()).find((map) => map.id === id);
      if (found) this.use(found);
    },
    newMap() {
      this.saveNow();
      this.use(blankMap(`Map ${this.maps.length + 1}`));
      this.scheduleSave();
      this.saveNow();
      this.status = "Started a new, empty map.";
    },
    duplicate() {
      this.saveNow();
      this.use(duplicateMap(plain, newId(), `Copy of ${plain.name}`.slice(0, 80)));
      this.scheduleSave();
      this.saveNow();
      this.status = `Made a copy called “${plain.name}”.`;
    },
    deleteMap() {
      window.clearTimeout(saveTimer);
      saveTimer = 0;
      beforeRemoval = null;
      deletedMap = plain;
      this.undoName = plain.name || "Untitled map";
      if (canSave) removeStoredMap(plain.id);
      this.maps = this.maps.filter((entry) => entry.id !== plain.id);
      const others = canSave ? loadStoredMaps(stageIds, nowIso()) : [];
      this.use(others[0] ?? blankMap());
      this.status = `Deleted “${this.undoName}”.`;
    },
    /** Keeps the map as it was before a removal, so the status line's Undo can bring the item or rule back. */
    offerUndoRemoval(before: JourneyMap, message: string, focusId: string) {
      beforeRemoval = before;
      undoFocus = focusId;
      this.undoName = message;
      this.status = message;
    },
    forgetRemoval() {
      if (!beforeRemoval) return;
      beforeRemoval = null;
      this.undoName = deletedMap ? deletedMap.name || "Untitled map" : "";
    },
    undo() {
      if (beforeRemoval) {
        const before = beforeRemoval;
        this.apply(before); // forgets the removal, so a second Undo does nothing twice
        this.status = "Put it back.";
        // An item's id is its button's id; a rule's focus target is its first field.
        this.focusAfter(undoFocus.startsWith("rule-") ? undoFocus : this.itemDomId(undoFocus));
        return;
      }
      this.undoDelete();
    },
    undoDelete() {
      const map = deletedMap;
      if (!map) return;
      this.saveNow();
      deletedMap = null;
      this.undoName = "";
      this.use(map);
      this.scheduleSave();
      this.saveNow();
      this.status = `Brought back “${map.name || "Untitled map"}”.`;
      this.focusAfter("map-choice");
    },

    async loadExample() {
      this.saveNow();
      // One example per browser: asking again opens it (with any changes made to it) rather than a second copy.
      const saved = canSave ? loadStoredMaps(stageIds, nowIso()).find((map) => map.id === exampleId) : undefined;
      if (saved) {
        this.use(saved);
        this.status = "The example map is already saved here, so it is open now, with any changes you made to it.";
        return;
      }
      const { exampleMap } = await import("./map-example.ts");
      this.use(exampleMap(exampleId, nowIso()));
      this.scheduleSave();
      this.saveNow();
      this.status =
        "Loaded the example map for an invented counselling practice. It is saved as its own map, so your maps are untouched.";
    },

    // ---- Files and exports

    downloadMap() {
      this.saveNow();
      downloadText(`${slugOf(plain.name)}.json`, `${JSON.stringify(plain, null, 2)}\n`, "application/json");
      this.status = "Downloaded the map as a file. Open it here, or in another browser, with “Open a map file”.";
    },

    async openFile() {
      const input = this.$event.target as HTMLInputElement;
      const file = input.files?.[0];
      input.value = ""; // the same file can be chosen again
      if (!file) return;
      // Reading files is code most visits never need, so it loads when a file is chosen.
      const { readMapFile } = await import("./map-file.ts");
      const result = readMapFile(file.name, await file.text(), { stageIds, newId: newId(), now: nowIso() });
      if (!result.ok) {
        this.fileError = result.message;
        this.status = ""; // an earlier "Opened …" beside the error would contradict it
        return;
      }
      this.fileError = "";
      this.saveNow();
      const name = result.map.name || "Untitled map";
      // An opened map never overwrites one in this browser. The same map, unchanged, is simply opened;
      // one with the same id but other content is kept beside it as a copy, with a name that says so.
      const saved = canSave ? loadStoredMaps(stageIds, nowIso()).find((map) => map.id === result.map.id) : undefined;
      if (saved && sameContent(saved, result.map)) {
        this.use(saved);
        this.status = `“${name}” is already saved in this browser, unchanged, so it is open now.`;
        return;
      }
      const map = saved
        ? { ...result.map, id: newId(), name: `${name} (from file)`.slice(0, 80) }
        : this.maps.some((entry) => entry.id === result.map.id)
          ? { ...result.map, id: newId() }
          : result.map;
      this.use(map);
      this.maps.unshift({ id: map.id, name: map.name });
      if (canSave) saveStoredMap(map);
      this.status = saved
        ? `This browser already has “${name}” with other changes, so the file opened beside it as “${map.name}”.${result.note}`
        : `Opened “${name}”.${result.note}`;
    },

    async downloadCsv() {
      const { mapCsv } = await import("./map-export.ts");
      downloadText(`${slugOf(plain.name)}.csv`, mapCsv(plain, stages), "text/csv;charset=utf-8");
    },

    /** The Mermaid text is made only while its panel is open (the export code loads on first use). */
    async onMermaidToggle() {
      this.mermaidOpen = (this.$event.target as HTMLDetailsElement).open;
      if (this.mermaidOpen) await this.fillMermaid();
    },

    async fillMermaid() {
      const { mapMermaid } = await import("./map-export.ts");
      this.mermaid = mapMermaid(plain.name, plain[this.showing] ?? plain.current, stages);
    },

    async copyMermaid() {
      await this.fillMermaid();
      try {
        await navigator.clipboard.writeText(this.mermaid);
        this.mermaidNote = "Copied. Paste it into any editor that draws Mermaid diagrams.";
      } catch {
        this.mermaidNote = "Your browser would not copy it. Select the text above and copy it yourself.";
      }
    },

    printMap() {
      window.print();
    },
  });
}

startAlpine((Alpine) => Alpine.data("journeyMap", worksheet));
