// Maps kept in this browser: one localStorage entry per map, read back through the same schema as
// a file (storage can be stale or edited by hand). Built on the site's never-throwing storage helpers.
import { askToKeepSavedData } from "../assets/js/keep-saved-data.ts";
import { readStored, removeStored, storedKeys, writeStored } from "../assets/js/storage.ts";
import { parseMap, type JourneyMap } from "./map-model.ts";

export const mapKeyPrefix = "journey-atlas:map:";
const activeKey = "journey-atlas:map-active";

/** Every valid stored map, most recently edited first. An unreadable entry is left alone, not deleted. */
export function loadStoredMaps(stageIds: readonly string[], now: string): JourneyMap[] {
  const maps: JourneyMap[] = [];
  for (const key of storedKeys(mapKeyPrefix)) {
    const raw = readStored(key);
    if (!raw) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const result = parseMap(data, { stageIds, newId: key.slice(mapKeyPrefix.length), now });
    if (result.ok) maps.push(result.map);
  }
  return maps.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export function saveStoredMap(map: JourneyMap): boolean {
  const saved = writeStored(mapKeyPrefix + map.id, JSON.stringify(map));
  if (saved) askToKeepSavedData();
  return saved;
}
export const removeStoredMap = (id: string): void => removeStored(mapKeyPrefix + id);
export const readActiveMapId = (): string | null => readStored(activeKey);
export const writeActiveMapId = (id: string): boolean => writeStored(activeKey, id);
