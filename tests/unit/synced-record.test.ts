// One stored value edited in this tab while another tab may write it too: never overwritten silently.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SyncedRecord, type SaveOutcome } from "../../src/assets/js/synced-record.ts";

/** Storage shared by "tabs": a value and whether writes fail (storage full). */
function sharedStore(initial: string | null) {
  const shared = { value: initial, full: false, writes: 0 };
  return {
    shared,
    store: {
      read: () => shared.value,
      write: (value: string) => {
        if (shared.full) return false;
        shared.writes += 1;
        shared.value = value;
        return true;
      },
    },
  };
}

function tab(store: ReturnType<typeof sharedStore>["store"], value: string, stored = true) {
  const outcomes: SaveOutcome<string>[] = [];
  const record = new SyncedRecord<string>(
    {
      store,
      revision: (text) => text,
      timers: { set: (run, ms) => setTimeout(run, ms) as unknown as number, clear: (id) => clearTimeout(id) },
      delay: 500,
      onSave: (outcome) => outcomes.push(outcome),
    },
    value,
    stored,
  );
  return { record, outcomes };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("a synced record", () => {
  it("saves once, half a second after the last edit, and reports the write", () => {
    const { shared, store } = sharedStore("a");
    const { record, outcomes } = tab(store, "a");
    record.edit("ab");
    vi.advanceTimersByTime(300);
    record.edit("abc");
    vi.advanceTimersByTime(499);
    expect(shared.writes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(shared).toMatchObject({ value: "abc", writes: 1 });
    expect(outcomes).toEqual([{ kind: "saved", value: "abc" }]);
    expect(record.dirty).toBe(false);
  });

  it("flush writes a pending edit at once (leaving the page) and does nothing without one", () => {
    const { shared, store } = sharedStore(null);
    const { record, outcomes } = tab(store, "", false);
    record.flush();
    expect(outcomes).toEqual([]);
    record.edit("typed just before leaving");
    record.flush();
    expect(shared.value).toBe("typed just before leaving");
    vi.advanceTimersByTime(1000);
    expect(shared.writes).toBe(1);
  });

  it("a failed write says so and keeps the edit unsaved, to be written by the next save", () => {
    const { shared, store } = sharedStore("a");
    const { record, outcomes } = tab(store, "a");
    shared.full = true;
    record.edit("b");
    vi.advanceTimersByTime(500);
    expect(outcomes).toEqual([{ kind: "failed" }]);
    expect(record.dirty).toBe(true);
    shared.full = false;
    record.edit("bc");
    vi.advanceTimersByTime(500);
    expect(outcomes.at(-1)).toEqual({ kind: "saved", value: "bc" });
  });

  it("a tab with no unsaved edits takes another tab's save", () => {
    const { shared, store } = sharedStore("a");
    const one = tab(store, "a");
    const two = tab(store, "a");
    one.record.edit("from one");
    vi.advanceTimersByTime(500);
    expect(two.record.external(shared.value)).toBe("updated");
    expect(two.record.value).toBe("from one");
    // Its own later edit then saves normally: what it edited is what it last read.
    two.record.edit("from one, then two");
    vi.advanceTimersByTime(500);
    expect(two.outcomes).toEqual([{ kind: "saved", value: "from one, then two" }]);
  });

  it("two tabs that both changed it: the second write is held back and the user chooses", () => {
    const { shared, store } = sharedStore("a");
    const one = tab(store, "a");
    const two = tab(store, "a");
    one.record.edit("one's");
    two.record.edit("two's");
    vi.advanceTimersByTime(500);
    expect(shared.value).toBe("one's");
    expect(one.outcomes).toEqual([{ kind: "saved", value: "one's" }]);
    expect(two.outcomes).toEqual([{ kind: "conflict", theirs: "one's" }]);
    // Still held back, however often it tries, until the user chooses.
    two.record.edit("two's, more");
    vi.advanceTimersByTime(500);
    expect(shared.value).toBe("one's");
    expect(two.record.keepMine()).toEqual({ kind: "saved", value: "two's, more" });
    expect(shared.value).toBe("two's, more");
  });

  it("a storage event in a tab with pending edits asks rather than replace them; taking theirs returns mine", () => {
    const { store } = sharedStore("a");
    const two = tab(store, "a");
    two.record.edit("mine");
    expect(two.record.external("theirs")).toBe("conflict");
    expect(two.record.value).toBe("mine");
    expect(two.record.takeTheirs()).toBe("mine");
    expect(two.record.value).toBe("theirs");
    expect(two.record.dirty).toBe(false);
    expect(two.record.pending).toBe(false);
  });

  it("ignores the echo of its own save and a removal elsewhere", () => {
    const { shared, store } = sharedStore("a");
    const { record } = tab(store, "a");
    record.edit("b");
    vi.advanceTimersByTime(500);
    expect(record.external(shared.value)).toBe("ignored");
    expect(record.external(null)).toBe("ignored");
    expect(record.value).toBe("b");
  });
});
