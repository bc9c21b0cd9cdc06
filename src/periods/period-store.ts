// Saved periods in this browser's IndexedDB, through idb-keyval: one entry per period, keyed by id.
// Nothing leaves the browser. Every call resolves, never rejects: private modes and blocked
// storage make IndexedDB fail, and the page then says so instead of breaking.
import { createStore, del, entries, promisifyRequest, set, setMany, type UseStore } from "idb-keyval";
import { periodSchema, sortPeriods, type SavedPeriod } from "./period-model.ts";
import { askToKeepSavedData } from "../assets/js/keep-saved-data.ts";

let store: UseStore | null = null;

function periodStore(): UseStore {
  store ??= createStore("journey-atlas", "periods");
  return store;
}

export interface StoredPeriods {
  /** Oldest first. */
  periods: SavedPeriod[];
  /** Entries that failed validation (edited by hand, or from a future version): left alone, not shown. */
  skipped: number;
  /** False when the browser refused storage. */
  available: boolean;
}

/** Every saved period, each validated with zod into a fresh object. */
export async function listPeriods(): Promise<StoredPeriods> {
  try {
    const rows = await entries(periodStore());
    const periods: SavedPeriod[] = [];
    let skipped = 0;
    for (const [, value] of rows) {
      const parsed = periodSchema.safeParse(value);
      if (parsed.success) periods.push(parsed.data);
      else skipped += 1;
    }
    return { periods: sortPeriods(periods), skipped, available: true };
  } catch {
    return { periods: [], skipped: 0, available: false };
  }
}

/** Saves (or replaces) periods; false when storage is blocked. */
export async function savePeriods(input: readonly SavedPeriod[]): Promise<boolean> {
  try {
    // Plain copies: IndexedDB cannot clone the reactive proxies Alpine wraps around page state.
    const periods: SavedPeriod[] = JSON.parse(JSON.stringify(input));
    if (periods.length === 1) await set(periods[0]!.id, periods[0], periodStore());
    else
      await setMany(
        periods.map((period) => [period.id, period]),
        periodStore(),
      );
    askToKeepSavedData();
    return true;
  } catch {
    return false;
  }
}

export async function deletePeriod(id: string): Promise<boolean> {
  try {
    await del(id, periodStore());
    return true;
  } catch {
    return false;
  }
}

/** Saves some periods and deletes others in one transaction, all or nothing (undoing a restore). */
export async function savePeriodsAndDelete(input: readonly SavedPeriod[], ids: readonly string[]): Promise<boolean> {
  try {
    const periods: SavedPeriod[] = JSON.parse(JSON.stringify(input));
    await periodStore()("readwrite", (store) => {
      for (const period of periods) store.put(period, period.id);
      for (const id of ids) store.delete(id);
      return promisifyRequest(store.transaction);
    });
    return true;
  } catch {
    return false;
  }
}
