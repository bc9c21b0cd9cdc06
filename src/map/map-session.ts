// The worksheet's session, apart from the page: which map is open (a plain copy the pure operations of
// map-model.ts run on), when it is saved, what Undo brings back, and what happens when another tab
// changes the same map. Pure: storage, timers, the clock and ids are passed in, so it is unit-tested.
import { SyncedRecord, type ExternalOutcome, type SaveOutcome, type Timers } from "../assets/js/synced-record.ts";
import { createMap, touch, type JourneyMap } from "./map-model.ts";
import type { DeletedMap, StoredMaps } from "./map-storage.ts";

/** What the session needs from storage (map-storage.ts in the page, a Map in tests). */
export interface SessionStore {
  load(): StoredMaps;
  read(id: string): JourneyMap | null;
  write(map: JourneyMap): boolean;
  /** True when anything is stored under the id, even an entry that cannot be read. */
  idTaken(id: string): boolean;
  markDeleted(map: JourneyMap, at: string): boolean;
  restore(map: JourneyMap): boolean;
  writeActive(id: string): boolean;
  readActive(): string | null;
}

export interface SessionOptions {
  store: SessionStore;
  timers: Timers;
  saveDelay: number;
  stageIds: readonly string[];
  now: () => string;
  newId: () => string;
}

/** The map as it was before a removal (of an item, a rule, or this tab's version); any later change drops it. */
export interface Removal {
  before: JourneyMap;
  message: string;
  focus: string;
}

export type DeleteResult = { ok: true; deleted: JourneyMap } | { ok: false };

export class MapSession {
  removal: Removal | null = null;
  /** The most recently deleted map, which Undo brings back (read from storage, so it survives a reload). */
  deleted: DeletedMap | null = null;
  stored: StoredMaps = { maps: [], unreadable: [], deleted: [] };
  /** Told every save attempt's outcome, so the page says "Saved" only for a write that happened. */
  onSave: (outcome: SaveOutcome<JourneyMap>) => void = () => {};
  private record: SyncedRecord<JourneyMap>;

  constructor(private readonly options: SessionOptions) {
    this.record = this.recordFor(this.blank(), false);
  }

  get map(): JourneyMap {
    return this.record.value;
  }
  /** The other tab's version while the user chooses between it and this tab's. */
  get theirs(): JourneyMap | null {
    return this.record.theirs;
  }

  newId(): string {
    return this.options.newId();
  }
  now(): string {
    return this.options.now();
  }

  blank(name = "My client journey"): JourneyMap {
    const { newId, now, stageIds } = this.options;
    return createMap({ id: newId(), name, now: now(), stageIds });
  }

  /** Reads storage and opens the map last used here (or the newest, or a blank one not yet saved). */
  start(): void {
    this.reload();
    const activeId = this.options.store.readActive();
    const active = this.stored.maps.find((map) => map.id === activeId) ?? this.stored.maps[0];
    this.deleted = this.stored.deleted[0] ?? null;
    if (active) this.use(active, true);
  }

  /** Reads the list of stored maps again (another tab may have changed it). */
  reload(): StoredMaps {
    this.stored = this.options.store.load();
    return this.stored;
  }

  /** Opens a map; `stored` says whether storage holds exactly this version already. */
  use(map: JourneyMap, stored: boolean): void {
    this.record.flush();
    this.record.cancel();
    this.removal = null;
    this.record = this.recordFor(map, stored);
    if (stored) this.options.store.writeActive(map.id);
  }

  /** Opens a map that is not stored yet and writes it at once (new, duplicated, opened from a file). */
  useAndSave(map: JourneyMap): void {
    this.use(map, false);
    this.record.edit(map);
    this.record.flush();
    this.options.store.writeActive(map.id);
    this.reload();
  }

  /** A change made on the page: kept now, saved a moment after the last one. */
  change(next: JourneyMap): void {
    this.removal = null;
    this.record.edit(next);
  }

  /** Saves a pending change now, before anything that reads storage or leaves the page. */
  flush(): void {
    this.record.flush();
  }

  offerUndo(before: JourneyMap, message: string, focus: string): void {
    this.removal = { before, message, focus };
  }

  /** Undo puts back the map before the last removal; that becomes a change like any other. */
  undoRemoval(): Removal | null {
    const removal = this.removal;
    if (!removal) return null;
    this.change(removal.before);
    return removal;
  }

  /** Deletes the open map (kept among the deleted for a day) and opens the next one; nothing changes if it fails. */
  deleteOpen(): DeleteResult {
    const map = this.map;
    const { store, now } = this.options;
    this.record.cancel();
    const storedBefore = store.idTaken(map.id);
    if (storedBefore && !store.markDeleted(map, now())) return { ok: false };
    this.deleted = { map, deletedAt: now() };
    this.removal = null;
    const next = this.reload().maps.find((entry) => entry.id !== map.id);
    this.record = this.recordFor(next ?? this.blank(), next !== undefined);
    if (next) store.writeActive(next.id);
    return { ok: true, deleted: map };
  }

  /** Brings back the last deleted map; false when it could not be written (it stays deleted). */
  undoDelete(): JourneyMap | null {
    const entry = this.deleted;
    if (!entry) return null;
    this.flush();
    if (!this.options.store.restore(entry.map)) return null;
    this.deleted = null;
    this.use(entry.map, true);
    this.reload();
    return entry.map;
  }

  /** A map from outside (file, example) gets an id nothing in storage has, readable or not. */
  freeId(id: string): string {
    return this.options.store.idTaken(id) ? this.options.newId() : id;
  }

  /** Another tab wrote (or removed) the open map; see SyncedRecord.external. */
  external(stored: JourneyMap | null): ExternalOutcome {
    const outcome = this.record.external(stored);
    if (outcome === "updated") this.removal = null;
    return outcome;
  }

  keepMine(): void {
    this.onSave(this.record.keepMine());
  }

  /** Takes the other tab's version; this tab's can be brought back with Undo. */
  takeTheirs(): void {
    const mine = this.record.takeTheirs();
    this.removal = { before: mine, message: "Showing the version from the other tab.", focus: "" };
  }

  private recordFor(map: JourneyMap, stored: boolean): SyncedRecord<JourneyMap> {
    const { store, timers, saveDelay, now } = this.options;
    return new SyncedRecord<JourneyMap>(
      {
        store: { read: () => store.read(map.id), write: (value) => store.write(value) },
        revision: (value) => value.updatedAt,
        timers,
        delay: saveDelay,
        onSave: (outcome) => this.onSave(outcome),
        beforeWrite: (value) => touch(value, now()),
      },
      map,
      stored,
    );
  }
}
