// The worksheet's list of maps: switch, new, duplicate, delete, and Undo (of a removal or a deletion).
// Spread into the component (map-app.ts); MapSession keeps what Undo brings back.
import { loadChunk } from "../assets/js/load-chunk.ts";
import { patchInPlace } from "../assets/js/patch-in-place.ts";
import { duplicateMap, type JourneyMap, type Which } from "./map-model.ts";
import type { MapSession } from "./map-session.ts";
import * as words from "./map-words.ts";

/** The component state and methods these use. */
interface ListHost {
  $event: Event;
  map: JourneyMap;
  maps: { id: string; name: string }[];
  showing: Which;
  status: string;
  undoName: string;
  show(): void;
  refresh(): void;
  focusAfter(domId: string): void;
  itemDomId(id: string): string;
  openAndSave(map: JourneyMap, message: string): void;
}

export function listActions(session: MapSession) {
  const plain = (): JourneyMap => session.map;
  return {
    switchMap(this: ListHost) {
      session.flush();
      const id = (this.$event.target as HTMLSelectElement).value;
      const found = session.reload().maps.find((map) => map.id === id);
      if (found) session.use(found, true);
      this.show();
    },
    /** Opens a map that is not stored yet and saves it at once. */
    openAndSave(this: ListHost, map: JourneyMap, message: string) {
      session.useAndSave(map);
      this.show();
      this.status = message;
    },
    newMap(this: ListHost) {
      this.openAndSave(session.blank(`Map ${this.maps.length + 1}`), "Started a new, empty map.");
    },
    duplicate(this: ListHost) {
      const copy = duplicateMap(plain(), session.newId(), `Copy of ${plain().name}`);
      this.openAndSave(copy, `Made a copy called “${copy.name}”.`);
    },
    deleteMap(this: ListHost) {
      const result = session.deleteOpen();
      if (!result.ok) {
        void loadChunk(() => import("./map-notices.ts")).then(
          (notices) => (this.status = notices.storageRefused("delete this map")),
        );
        return;
      }
      this.show();
      this.undoName = words.mapName(result.deleted);
      this.status = `Deleted “${this.undoName}”. Undo brings it back for a day.`;
    },
    offerUndo(this: ListHost, before: JourneyMap, message: string, focus: string) {
      session.offerUndo(before, message, focus);
      this.undoName = message;
      this.status = message;
    },
    undo(this: ListHost) {
      const removal = session.undoRemoval();
      if (removal) {
        patchInPlace(this.map, structuredClone(plain()));
        this.refresh();
        this.undoName = session.deleted ? words.mapName(session.deleted.map) : "";
        this.status = "Put it back.";
        // An item's id is its button's id; a rule's focus target is its first field.
        if (removal.focus)
          this.focusAfter(removal.focus.startsWith("rule-") ? removal.focus : this.itemDomId(removal.focus));
        return;
      }
      const restored = session.undoDelete();
      if (!restored) {
        if (session.deleted)
          void loadChunk(() => import("./map-notices.ts")).then(
            (notices) => (this.status = notices.storageRefused("bring the map back")),
          );
        return;
      }
      this.show();
      this.undoName = "";
      this.status = `Brought back “${words.mapName(restored)}”.`;
      this.focusAfter("map-choice");
    },
  };
}
