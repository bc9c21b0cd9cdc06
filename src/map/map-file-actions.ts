// The worksheet's file and export buttons, spread into the component (map-app.ts). Each forwards to
// map-file-ops.ts, loaded on the first click; what a handler reads from its event is read first,
// before anything is awaited.
import { loadChunk } from "../assets/js/load-chunk.ts";
import type { FileHost } from "./map-file-ops.ts";
import type { MapSession } from "./map-session.ts";

type Host = FileHost & { $event: Event };

export function fileActions(session: MapSession, stages: readonly { id: string; name: string }[]) {
  const ops = () => loadChunk(() => import("./map-file-ops.ts")).then((module) => module.fileOps(session, stages));
  return {
    fileError: "",
    mermaidNote: "",
    mermaid: "",
    mermaidOpen: false,

    async loadExample(this: Host) {
      await (await ops()).loadExample.call(this);
    },
    async downloadMap(this: Host) {
      (await ops()).downloadMap.call(this);
    },
    async openFile(this: Host) {
      const input = this.$event.target as HTMLInputElement;
      const file = input.files?.[0];
      input.value = ""; // the same file can be chosen again
      if (file) await (await ops()).openFile.call(this, file);
    },
    async downloadCsv() {
      await (await ops()).downloadCsv();
    },
    /** The Mermaid text is made only while its panel is open. */
    async onMermaidToggle(this: Host) {
      this.mermaidOpen = (this.$event.target as HTMLDetailsElement).open;
      if (this.mermaidOpen) await this.fillMermaid();
    },
    async fillMermaid(this: Host) {
      await (await ops()).fillMermaid.call(this);
    },
    async copyMermaid(this: Host) {
      await (await ops()).copyMermaid.call(this);
    },
    printMap() {
      window.print();
    },
  };
}
