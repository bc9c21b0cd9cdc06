// The worksheet's session over this browser's storage (an in-memory localStorage): saving, deleting
// with an Undo that outlives a reload, unreadable entries, and two tabs on one map.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import stages from "../../_data/stages.json" with { type: "json" };
import type { SaveOutcome } from "../../src/assets/js/synced-record.ts";
import { placeOpenedMap } from "../../src/map/map-file.ts";
import { addItem, type JourneyMap } from "../../src/map/map-model.ts";
import { MapSession } from "../../src/map/map-session.ts";
import { browserMapStore, deletedKeyPrefix, keepDeletedMs, mapKeyPrefix } from "../../src/map/map-storage.ts";

/** localStorage's surface: entries are own properties, so Object.keys lists them as in a browser. */
class MemoryStorage {
  [key: string]: unknown;
  getItem(key: string): string | null {
    return Object.hasOwn(this, key) ? (this[key] as string) : null;
  }
  setItem(key: string, value: string): void {
    this[key] = String(value);
  }
  removeItem(key: string): void {
    delete this[key];
  }
}

const stageIds = stages.map((stage) => stage.id);
let storage: MemoryStorage;
let ids = 0;

function openTab(): { session: MapSession; outcomes: SaveOutcome<JourneyMap>[] } {
  const now = () => new Date().toISOString();
  const session = new MapSession({
    store: browserMapStore(stageIds, now),
    timers: { set: (run, ms) => setTimeout(run, ms) as unknown as number, clear: (id) => clearTimeout(id) },
    saveDelay: 500,
    stageIds,
    now,
    newId: () => `id-${++ids}`,
  });
  const outcomes: SaveOutcome<JourneyMap>[] = [];
  session.onSave = (outcome) => outcomes.push(outcome);
  session.start();
  return { session, outcomes };
}

const withItem = (map: JourneyMap, text: string): JourneyMap =>
  addItem(map, "current", "awareness", "touchpoints", `item-${++ids}`, text);
const storedKeys = () => Object.keys(storage).sort();

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2026-12-03T10:00:00.000Z") });
  storage = new MemoryStorage();
  vi.stubGlobal("window", { localStorage: storage });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the map session", () => {
  it("a first visit writes nothing until a change, then saves it a moment later", () => {
    const { session, outcomes } = openTab();
    expect(storedKeys()).toEqual([]);
    session.change(withItem(session.map, "Podcast"));
    vi.advanceTimersByTime(499);
    expect(storedKeys()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(["saved"]);
    expect(JSON.parse(storage.getItem(mapKeyPrefix + session.map.id) ?? "")).toEqual(session.map);
  });

  it("a full storage is reported, and the change is written once there is room", () => {
    const { session, outcomes } = openTab();
    const setItem = storage.setItem;
    storage.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    session.change(withItem(session.map, "Podcast"));
    vi.advanceTimersByTime(500);
    expect(outcomes).toEqual([{ kind: "failed" }]);
    storage.setItem = setItem;
    session.change(withItem(session.map, "Flyer"));
    vi.advanceTimersByTime(500);
    expect(outcomes.at(-1)?.kind).toBe("saved");
    expect(storage.getItem(mapKeyPrefix + session.map.id)).toContain("Podcast");
  });

  it("a deleted map can be brought back after a reload, for a day; then it is purged", () => {
    const first = openTab();
    first.session.useAndSave(withItem(first.session.blank("Keep me"), "Podcast"));
    const id = first.session.map.id;
    expect(first.session.deleteOpen().ok).toBe(true);
    expect(storage.getItem(mapKeyPrefix + id)).toBeNull();
    // A reload: the deletion is still there to undo.
    const reloaded = openTab();
    expect(reloaded.session.deleted?.map.name).toBe("Keep me");
    expect(reloaded.session.undoDelete()?.name).toBe("Keep me");
    expect(reloaded.session.map.id).toBe(id);
    expect(storage.getItem(mapKeyPrefix + id)).toContain("Podcast");
    expect(storage.getItem(deletedKeyPrefix + id)).toBeNull();
    // Deleted again and left a day: the next visit purges it.
    reloaded.session.deleteOpen();
    vi.advanceTimersByTime(keepDeletedMs - 1000);
    expect(openTab().session.deleted?.map.id).toBe(id);
    vi.advanceTimersByTime(1000);
    expect(openTab().session.deleted).toBeNull();
    expect(storedKeys().filter((key) => key.startsWith(deletedKeyPrefix))).toEqual([]);
  });

  it("an unreadable stored map is listed and never overwritten: a file with its id opens as a copy", () => {
    storage.setItem(`${mapKeyPrefix}abc`, "{ not a map");
    const { session } = openTab();
    expect(session.stored.unreadable).toEqual(["abc"]);
    const file = { map: { ...session.blank("From a file"), id: "abc" }, note: "" };
    const placed = placeOpenedMap(file, session.stored, session.freeId("abc") === "abc", () => "fresh");
    expect(placed.map.id).toBe("fresh");
    expect(placed.message).toContain("cannot be read");
    session.useAndSave(placed.map);
    expect(storage.getItem(`${mapKeyPrefix}abc`)).toBe("{ not a map");
    expect(session.freeId("example")).toBe("example");
  });

  it("two tabs on one map: the one without edits follows; when both changed, nothing is written over", () => {
    const one = openTab();
    one.session.useAndSave(one.session.blank("Shared"));
    const two = openTab();
    expect(two.session.map.id).toBe(one.session.map.id);
    const key = mapKeyPrefix + one.session.map.id;
    const read = () => JSON.parse(storage.getItem(key) ?? "") as JourneyMap;

    one.session.change(withItem(one.session.map, "From one"));
    vi.advanceTimersByTime(500);
    expect(two.session.external(read())).toBe("updated");
    expect(JSON.stringify(two.session.map)).toContain("From one");

    // Both change it; one's save comes first, so two's must not write over it.
    one.session.change(withItem(one.session.map, "Also from one"));
    two.session.change(withItem(two.session.map, "From two"));
    vi.advanceTimersByTime(500);
    const stored = JSON.stringify(read());
    expect([stored.includes("From two"), stored.includes("Also from one")]).toEqual([false, true]);
    expect(two.outcomes.at(-1)?.kind).toBe("conflict");
    two.session.takeTheirs();
    expect(JSON.stringify(two.session.map)).toContain("Also from one");
    // Undo brings back this tab's version, as a change that is then saved (the user chose it).
    two.session.undoRemoval();
    vi.advanceTimersByTime(500);
    expect(JSON.stringify(read())).toContain("From two");
  });
});
