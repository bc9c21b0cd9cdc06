// One stored value that this tab edits while other tabs may edit it too (a map, a guide's note). Pure:
// storage and timers are passed in. It saves a moment after the last edit, never writes over a version
// another tab saved since this tab last read or wrote, and reports each save's outcome truthfully.

export interface RecordStore<T> {
  /** What is stored now; null when nothing is. */
  read(): T | null;
  /** True only when the value was written. */
  write(value: T): boolean;
}

export interface Timers {
  set(run: () => void, ms: number): number;
  clear(id: number): void;
}

export type SaveOutcome<T> =
  | { kind: "saved"; value: T }
  /** The write failed (storage full or blocked); the edit is still unsaved. */
  | { kind: "failed" }
  /** Another tab saved a different version since this tab's copy was read: nothing was written. */
  | { kind: "conflict"; theirs: T };

export type ExternalOutcome = "ignored" | "updated" | "conflict";

export interface RecordOptions<T> {
  store: RecordStore<T>;
  /** What identifies a version: two values with the same revision are the same save. */
  revision: (value: T) => string;
  timers: Timers;
  delay: number;
  /** Called after every save attempt, scheduled or flushed, with what happened. */
  onSave: (outcome: SaveOutcome<T>) => void;
  /** Applied to a value just before it is written (a map gets its save time). */
  beforeWrite?: (value: T) => T;
}

export class SyncedRecord<T> {
  value: T;
  /** Edits not yet written. */
  dirty = false;
  /** The other tab's version while the user has not yet chosen between it and this tab's. */
  theirs: T | null = null;
  private base: string | null;
  private timer = 0;

  /** `stored` says whether `value` is what storage holds now (false for a map not saved yet). */
  constructor(
    private readonly options: RecordOptions<T>,
    value: T,
    stored: boolean,
  ) {
    this.value = value;
    this.base = stored ? options.revision(value) : null;
  }

  get pending(): boolean {
    return this.timer !== 0;
  }

  /** A change by this tab: kept at once in memory, written a moment after the last one. */
  edit(value: T): void {
    this.value = value;
    this.dirty = true;
    this.options.timers.clear(this.timer);
    this.timer = this.options.timers.set(() => {
      this.timer = 0;
      this.options.onSave(this.save());
    }, this.options.delay);
  }

  /** Writes a pending edit now (leaving the page, switching maps); says nothing when there was none. */
  flush(): void {
    if (!this.pending) return;
    this.cancel();
    this.options.onSave(this.save());
  }

  /** Forgets the scheduled write (the value is being thrown away, as when a map is deleted). */
  cancel(): void {
    this.options.timers.clear(this.timer);
    this.timer = 0;
  }

  /** Writes unsaved edits, unless another tab saved a different version since; see SaveOutcome. */
  save(): SaveOutcome<T> {
    const { store, revision } = this.options;
    if (this.theirs) return { kind: "conflict", theirs: this.theirs };
    const stored = store.read();
    if (stored !== null && revision(stored) !== this.base && revision(stored) !== revision(this.value)) {
      this.theirs = stored;
      return { kind: "conflict", theirs: stored };
    }
    const next = this.options.beforeWrite ? this.options.beforeWrite(this.value) : this.value;
    if (!store.write(next)) return { kind: "failed" };
    this.value = next;
    this.base = revision(next);
    this.dirty = false;
    return { kind: "saved", value: next };
  }

  /**
   * Another tab changed what is stored (a `storage` event). With no unsaved edits here this tab takes
   * the new version; with some, nothing is overwritten and the user chooses (keepMine or takeTheirs).
   * A removal elsewhere is ignored: what this tab shows is written back with its next save.
   */
  external(stored: T | null): ExternalOutcome {
    const { revision } = this.options;
    if (stored === null || revision(stored) === this.base) return "ignored";
    if (revision(stored) === revision(this.value)) {
      this.base = revision(stored);
      return "ignored";
    }
    if (!this.dirty && !this.pending) {
      this.value = stored;
      this.base = revision(stored);
      return "updated";
    }
    this.theirs = stored;
    return "conflict";
  }

  /** The user keeps this tab's version: it is written over the other tab's. */
  keepMine(): SaveOutcome<T> {
    if (this.theirs) this.base = this.options.revision(this.theirs);
    this.theirs = null;
    this.dirty = true;
    this.cancel();
    return this.save();
  }

  /** The user takes the other tab's version; returns this tab's, so the page can offer it back. */
  takeTheirs(): T {
    const mine = this.value;
    if (this.theirs) {
      this.value = this.theirs;
      this.base = this.options.revision(this.theirs);
    }
    this.theirs = null;
    this.dirty = false;
    this.cancel();
    return mine;
  }
}
