// Saved periods in this browser's IndexedDB, through idb-keyval: one entry per period, keyed by id.
// Nothing leaves the browser. Every call resolves, never rejects: private modes and blocked
// storage make IndexedDB fail, and the page then says so instead of breaking.
import { createStore, del, entries, promisifyRequest, set, setMany, type UseStore } from "idb-keyval";
import { readStoredPeriod, sortPeriods, type SavedPeriod } from "./period-model.ts";
import { askToKeepSavedData } from "../assets/js/keep-saved-data.ts";

let store: UseStore | null = null;

// One channel per page, for sending and hearing: a BroadcastChannel never hears its own messages,
// so a page re-reads periods only when another tab (or window) of the site changed them.
let channel: BroadcastChannel | null | undefined;
function periodsChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    try {
      channel = new BroadcastChannel("journey-atlas:periods");
    } catch {
      channel = null; // no BroadcastChannel (old browsers): each tab still reads fresh on load
    }
  }
  return channel;
}

/** Calls `callback` whenever another tab saves, replaces or deletes periods. */
export function onPeriodsChangedElsewhere(callback: () => void): void {
  const heard = periodsChannel();
  if (heard) heard.onmessage = () => callback();
}

function announceChange(): void {
  periodsChannel()?.postMessage("changed");
}

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

/**
 * Every saved period, each validated with zod into a fresh object. One saved before periods had
 * dates gets them here (period-model's withDates) and keeps them on its next save; it is never lost.
 */
export async function listPeriods(): Promise<StoredPeriods> {
  try {
    const rows = await entries(periodStore());
    const periods: SavedPeriod[] = [];
    let skipped = 0;
    for (const [, value] of rows) {
      const period = readStoredPeriod(value);
      if (period) periods.push(period);
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
    announceChange();
    askToKeepSavedData();
    return true;
  } catch {
    return false;
  }
}

export async function deletePeriod(id: string): Promise<boolean> {
  try {
    await del(id, periodStore());
    announceChange();
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
    announceChange();
    return true;
  } catch {
    return false;
  }
}
