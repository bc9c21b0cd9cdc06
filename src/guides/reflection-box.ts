// The reflection box at the end of each stage guide: a note that saves itself in this browser. The
// note is a SyncedRecord (synced-record.ts), so a second tab's change is never written over silently,
// and "Saved" is said only after a write that happened.
import stages from "../../_data/stages.json" with { type: "json" };
import { downloadText } from "../assets/js/download.ts";
import { startAlpine } from "../assets/js/start-alpine.ts";
import { readStored, removeStored, storageAvailable, storedKeys, writeStored } from "../assets/js/storage.ts";
import { SyncedRecord, type SaveOutcome } from "../assets/js/synced-record.ts";

export const reflectionPrefix = "journey-atlas:reflection:";
const saveDelay = 500;

interface Magics {
  $el: HTMLElement;
  $refs: { text: HTMLTextAreaElement };
}

/** Every saved reflection, in stage order, as one plain-text document. */
function allReflections(): { text: string; count: number } {
  const order = stages.map((stage) => stage.id);
  const notes = storedKeys(reflectionPrefix)
    .map((key) => ({ id: key.slice(reflectionPrefix.length), note: readStored(key)?.trim() ?? "" }))
    .filter((entry) => entry.note !== "")
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const name = (id: string) => stages.find((stage) => stage.id === id)?.name ?? id;
  return { text: notes.map((entry) => `${name(entry.id)}\n${entry.note}`).join("\n\n"), count: notes.length };
}

/** One note's storage: an empty note is no entry at all. */
const noteStore = (key: string) => ({
  read: (): string => readStored(key) ?? "",
  write: (text: string): boolean =>
    text.trim() === "" ? (removeStored(key), readStored(key) === null) : writeStored(key, text),
});

interface ReflectionBox {
  key: string;
  status: string;
  canSave: boolean;
  failed: boolean;
  conflict: boolean;
  undoText: string;
  undoLabel: string;
  init(): void;
  onInput(): void;
  onSaved(outcome: SaveOutcome<string>): void;
  onOtherTab(): void;
  keepMine(): void;
  takeTheirs(): void;
  clear(): void;
  undo(): void;
  downloadNote(): void;
  copyAll(): Promise<void>;
  hasUndo(): boolean;
}

function reflectionBox(): ReflectionBox & ThisType<ReflectionBox & Magics> {
  let note: SyncedRecord<string> | null = null;
  const messages = {
    failed: "Not saved: this browser’s storage is full or blocked. Download the note, or copy it somewhere safe.",
    conflict: "This note was changed in another tab after you started typing here. Which version do you want?",
  };
  return {
    key: "",
    status: "",
    canSave: true,
    failed: false,
    conflict: false,
    undoText: "",
    undoLabel: "Undo clear",

    init() {
      this.key = this.$el.dataset.storageKey ?? `${reflectionPrefix}unknown`;
      this.canSave = storageAvailable();
      if (!this.canSave) {
        this.status =
          "Your browser is blocking storage, so this note won't be kept when you leave. Copy it somewhere safe.";
        return;
      }
      const store = noteStore(this.key);
      const saved = store.read();
      note = new SyncedRecord<string>(
        {
          store,
          revision: (text) => text,
          timers: { set: (run, ms) => window.setTimeout(run, ms), clear: (id) => window.clearTimeout(id) },
          delay: saveDelay,
          onSave: (outcome) => this.onSaved(outcome),
        },
        saved,
        true,
      );
      if (saved) this.$refs.text.value = saved;
      this.status = saved
        ? "Saved in this browser. Come back to it whenever."
        : "Saves automatically in this browser as you type.";
      // Text typed just before leaving is written as the page goes, not half a second later.
      window.addEventListener("pagehide", () => note?.flush());
      window.addEventListener("storage", (event) => {
        if (event.key === this.key || event.key === null) this.onOtherTab();
      });
    },

    onInput() {
      this.undoText = "";
      if (!note) return;
      note.edit(this.$refs.text.value);
      if (!this.conflict) this.status = "Saving…";
    },

    onSaved(outcome: SaveOutcome<string>) {
      this.failed = outcome.kind === "failed";
      this.conflict = outcome.kind === "conflict";
      this.status = outcome.kind === "saved" ? "Saved" : messages[outcome.kind];
    },

    /** Another tab saved or cleared this note: take it when nothing here is unsaved, else ask. */
    onOtherTab() {
      if (!note) return;
      const outcome = note.external(noteStore(this.key).read());
      if (outcome === "updated") {
        this.$refs.text.value = note.value;
        this.status = "Updated with what you wrote in another tab.";
      } else if (outcome === "conflict") {
        this.conflict = true;
        this.status = messages.conflict;
      }
    },

    keepMine() {
      this.conflict = false;
      if (note) this.onSaved(note.keepMine());
    },

    takeTheirs() {
      if (!note) return;
      this.conflict = false;
      this.undoText = note.takeTheirs();
      this.undoLabel = "Bring back what I typed here";
      this.$refs.text.value = note.value;
      this.status = "Showing the note from the other tab. Undo brings back what you typed here.";
    },

    clear() {
      const text = this.$refs.text.value;
      if (text === "") return;
      // Nothing is lost by accident: the cleared note can be brought back until the next edit.
      this.$refs.text.value = "";
      if (note) {
        note.edit("");
        note.flush();
      }
      this.undoText = text;
      this.undoLabel = "Undo clear";
      if (!this.failed && !this.conflict) this.status = "Cleared.";
    },

    undo() {
      this.$refs.text.value = this.undoText;
      this.undoText = "";
      if (note) {
        note.edit(this.$refs.text.value);
        note.flush();
      } else this.status = "Restored.";
    },

    downloadNote() {
      downloadText(`reflection-${this.key.slice(reflectionPrefix.length)}.txt`, this.$refs.text.value, "text/plain");
    },

    async copyAll() {
      note?.flush(); // save now, so a pending save can't overwrite the message below
      const { text, count } = this.canSave
        ? allReflections()
        : { text: this.$refs.text.value, count: this.$refs.text.value ? 1 : 0 };
      if (count === 0) {
        this.status = "There are no reflections to copy yet.";
        return;
      }
      try {
        await navigator.clipboard.writeText(text);
        this.status = `Copied ${count} ${count === 1 ? "reflection" : "reflections"} to the clipboard.`;
      } catch {
        this.status = "Your browser would not copy. Select the text and copy it yourself.";
      }
    },

    hasUndo() {
      return this.undoText !== "";
    },
  };
}

startAlpine((Alpine) => Alpine.data("reflectionBox", reflectionBox));
