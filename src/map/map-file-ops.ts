// What the worksheet's file and export buttons do: the example map, "Download map", "Open a map file",
// CSV and Mermaid. Loaded on the first click (map-file-actions.ts forwards to it), so a visit that only
// edits never downloads it.
import { loadChunk } from "../assets/js/load-chunk.ts";
import { downloadText } from "../assets/js/download.ts";
import { fileSlug } from "../funnel/text.ts";
import type { JourneyMap, Which } from "./map-model.ts";
import type { MapSession } from "./map-session.ts";

/** The example map's id: fixed, so the example is saved once per browser however often it is loaded. */
const exampleId = "example";

/** The component state and methods these use. */
export interface FileHost {
  status: string;
  fileError: string;
  showing: Which;
  mermaid: string;
  mermaidNote: string;
  mermaidOpen: boolean;
  show(): void;
  openAndSave(map: JourneyMap, message: string): void;
  fillMermaid(): Promise<void>;
}

export function fileOps(session: MapSession, stages: readonly { id: string; name: string }[]) {
  const stageIds = stages.map((stage) => stage.id);
  const plain = (): JourneyMap => session.map;
  return {
    async loadExample(this: FileHost) {
      session.flush();
      // One example per browser: asking again opens it (with any changes made to it) rather than a second copy.
      const saved = session.reload().maps.find((map) => map.id === exampleId);
      if (saved) {
        session.use(saved, true);
        this.show();
        this.status = "The example map is already saved here, so it is open now, with any changes you made to it.";
        return;
      }
      const { exampleMap } = await loadChunk(() => import("./map-example.ts"));
      this.openAndSave(
        exampleMap(session.freeId(exampleId), session.now()),
        "Loaded the example map for an invented counselling practice. " +
          "It is saved as its own map, so your maps are untouched.",
      );
    },

    downloadMap(this: FileHost) {
      session.flush();
      const text = `${JSON.stringify(plain(), null, 2)}\n`;
      downloadText(`${slugOf(plain().name)}.json`, text, "application/json");
      this.status = "Downloaded the map as a file. Open it here, or in another browser, with “Open a map file”.";
    },

    async openFile(this: FileHost, file: File) {
      const { readMapFile, placeOpenedMap } = await loadChunk(() => import("./map-file.ts"));
      const result = readMapFile(file.name, await file.text(), {
        stageIds,
        newId: session.newId(),
        now: session.now(),
      });
      this.fileError = result.ok ? "" : result.message;
      if (!result.ok) {
        this.status = ""; // an earlier "Opened …" beside the error would contradict it
        return;
      }
      session.flush();
      const placed = placeOpenedMap(result, session.reload(), session.freeId(result.map.id) === result.map.id, () =>
        session.newId(),
      );
      if (placed.stored) {
        session.use(placed.map, true);
        this.show();
        this.status = placed.message;
      } else this.openAndSave(placed.map, placed.message);
    },

    async downloadCsv() {
      const { mapCsv } = await loadChunk(() => import("./map-export.ts"));
      downloadText(`${slugOf(plain().name)}.csv`, mapCsv(plain(), stages), "text/csv;charset=utf-8");
    },

    async fillMermaid(this: FileHost) {
      const { mapMermaid } = await loadChunk(() => import("./map-export.ts"));
      this.mermaid = mapMermaid(plain().name, plain()[this.showing] ?? plain().current, stages);
    },
    async copyMermaid(this: FileHost) {
      await this.fillMermaid();
      try {
        await navigator.clipboard.writeText(this.mermaid);
        this.mermaidNote = "Copied. Paste it into any editor that draws Mermaid diagrams.";
      } catch {
        this.mermaidNote = "Your browser would not copy it. Select the text above and copy it yourself.";
      }
    },
  };
}

const slugOf = (name: string): string => fileSlug(name, "journey-map");
