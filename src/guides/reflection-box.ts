// The reflection box at the end of each stage guide: a note that saves itself in this browser.
import stages from "../../_data/stages.json" with { type: "json" };
import { startAlpine } from "../assets/js/start-alpine.ts";
import { readStored, removeStored, storageAvailable, storedKeys, writeStored } from "../assets/js/storage.ts";

export const reflectionPrefix = "journey-atlas:reflection:";
const saveDelay = 500;

interface Magics {
  $el: HTMLElement;
  $refs: { text: HTMLTextAreaElement };
}

interface ReflectionBox {
  key: string;
  status: string;
  canSave: boolean;
  undoText: string;
  timer: number;
  init(): void;
  onInput(): void;
  save(): void;
  clear(): void;
  undo(): void;
  copyAll(): Promise<void>;
  hasUndo(): boolean;
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

function reflectionBox(): ReflectionBox & ThisType<ReflectionBox & Magics> {
  return {
    key: "",
    status: "",
    canSave: true,
    undoText: "",
    timer: 0,

    init() {
      this.key = this.$el.dataset.storageKey ?? `${reflectionPrefix}unknown`;
      this.canSave = storageAvailable();
      if (!this.canSave) {
        this.status =
          "Your browser is blocking storage, so this note won't be kept when you leave. Copy it somewhere safe.";
        return;
      }
      const saved = readStored(this.key);
      if (saved) this.$refs.text.value = saved;
      this.status = saved
        ? "Saved in this browser. Come back to it whenever."
        : "Saves automatically in this browser as you type.";
    },

    onInput() {
      this.undoText = "";
      if (!this.canSave) return;
      this.status = "Saving…";
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.save(), saveDelay);
    },

    save() {
      const text = this.$refs.text.value;
      const ok = text.trim() === "" ? (removeStored(this.key), true) : writeStored(this.key, text);
      this.status = ok ? "Saved" : "Could not save: your browser's storage may be full or blocked.";
    },

    clear() {
      const text = this.$refs.text.value;
      if (text === "") return;
      // Nothing is lost by accident: the cleared note can be brought back until the next edit.
      this.undoText = text;
      this.$refs.text.value = "";
      window.clearTimeout(this.timer);
      if (this.canSave) removeStored(this.key);
      this.status = "Cleared.";
    },

    undo() {
      this.$refs.text.value = this.undoText;
      this.undoText = "";
      if (this.canSave) this.save();
      else this.status = "Restored.";
    },

    async copyAll() {
      window.clearTimeout(this.timer); // save now, so a pending save can't overwrite the message below
      if (this.canSave) this.save();
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
