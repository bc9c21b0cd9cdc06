// Maps kept in this browser: one localStorage entry per map, read back through the same schema as
// a file (storage can be stale or edited by hand). Built on the site's never-throwing storage helpers.
// A deleted map is kept under its own key for a day, so its deletion can be undone after a reload.
import { askToKeepSavedData } from "../assets/js/keep-saved-data.ts";
import { readStored, removeStored, storedKeys, writeStored } from "../assets/js/storage.ts";
import { parseMap, type JourneyMap } from "./map-model.ts";
import type { SessionStore } from "./map-session.ts";

export const mapKeyPrefix = "journey-atlas:map:";
export const deletedKeyPrefix = "journey-atlas:map-deleted:";
const activeKey = "journey-atlas:map-active";
/** How long a deleted map can be brought back. */
export const keepDeletedMs = 24 * 60 * 60 * 1000;

export interface DeletedMap {
  map: JourneyMap;
  deletedAt: string;
}

export interface StoredMaps {
  /** Every valid map, most recently edited first. */
  maps: JourneyMap[];
  /** Ids of entries that could not be read: listed, never overwritten, never deleted. */
  unreadable: string[];
  /** Maps deleted within the last day, newest deletion first. */
  deleted: DeletedMap[];
}

/** A stored map's text → the map, or null when it is not a valid map for these stages. */
export function parseStoredMap(raw: string, id: string, stageIds: readonly string[], now: string): JourneyMap | null {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const result = parseMap(data, { stageIds, newId: id, now });
  return result.ok && result.map.id === id ? result.map : null;
}

export function readStoredMap(id: string, stageIds: readonly string[], now: string): JourneyMap | null {
  const raw = readStored(mapKeyPrefix + id);
  return raw === null ? null : parseStoredMap(raw, id, stageIds, now);
}

function readDeleted(key: string, stageIds: readonly string[], now: string): DeletedMap | null {
  try {
    const entry = JSON.parse(readStored(key) ?? "null") as { deletedAt?: unknown; map?: unknown } | null;
    if (typeof entry?.deletedAt !== "string") return null;
    const map = parseStoredMap(JSON.stringify(entry.map), key.slice(deletedKeyPrefix.length), stageIds, now);
    return map ? { map, deletedAt: entry.deletedAt } : null;
  } catch {
    return null;
  }
}

/** Everything stored, read once; deleted maps older than a day are purged on the way. */
export function loadStoredMaps(stageIds: readonly string[], now: string): StoredMaps {
  const maps: JourneyMap[] = [];
  const unreadable: string[] = [];
  for (const key of storedKeys(mapKeyPrefix)) {
    const id = key.slice(mapKeyPrefix.length);
    const map = parseStoredMap(readStored(key) ?? "", id, stageIds, now);
    if (map) maps.push(map);
    else unreadable.push(id);
  }
  const deleted: DeletedMap[] = [];
  for (const key of storedKeys(deletedKeyPrefix)) {
    const entry = readDeleted(key, stageIds, now);
    const age = entry ? Date.parse(now) - Date.parse(entry.deletedAt) : Infinity;
    if (entry && age < keepDeletedMs) deleted.push(entry);
    // An unreadable deletion is kept like an unreadable map: only a deletion known to be old is purged.
    else if (entry) removeStored(key);
  }
  maps.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  deleted.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  return { maps, unreadable, deleted };
}

export function saveStoredMap(map: JourneyMap): boolean {
  const saved = writeStored(mapKeyPrefix + map.id, JSON.stringify(map));
  if (saved) askToKeepSavedData();
  return saved;
}

/** Moves a map to the deleted ones; false (and nothing removed) when the deletion could not be recorded. */
export function deleteStoredMap(map: JourneyMap, now: string): boolean {
  if (!writeStored(deletedKeyPrefix + map.id, JSON.stringify({ deletedAt: now, map }))) return false;
  removeStored(mapKeyPrefix + map.id);
  return true;
}

/** Brings a deleted map back; false when it could not be written (it then stays among the deleted). */
export function restoreStoredMap(map: JourneyMap): boolean {
  if (!saveStoredMap(map)) return false;
  removeStored(deletedKeyPrefix + map.id);
  return true;
}

/** The id of the map a storage key holds, or null for any other key. */
export const mapIdOfKey = (key: string): string | null =>
  key.startsWith(mapKeyPrefix) ? key.slice(mapKeyPrefix.length) : null;

/** This browser's localStorage as the map session uses it. */
export function browserMapStore(stageIds: readonly string[], now: () => string): SessionStore {
  return {
    load: () => loadStoredMaps(stageIds, now()),
    read: (id) => readStoredMap(id, stageIds, now()),
    write: saveStoredMap,
    idTaken: (id) => readStored(mapKeyPrefix + id) !== null,
    markDeleted: deleteStoredMap,
    restore: restoreStoredMap,
    readActive: () => readStored(activeKey),
    writeActive: (id) => writeStored(activeKey, id),
  };
}
