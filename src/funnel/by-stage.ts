// Values kept by stage id rather than by position, so what a browser saved outlives a change of stages: a stage
// the site added reads as empty, a stage it removed is kept aside (never dropped, so switching back restores it)
// and can be named in a notice, and every other value stays with its own stage. A step's value (a target, a
// rate) is keyed by the stage the step leads into, as the calculator's targetPeriods already are.
// Records are built with Object.fromEntries and read with Object.hasOwn, so a key such as "__proto__" from a
// file or another tab stays plain data.

export type ByStage<T> = Record<string, T>;

/** The id each step is keyed by: the stage it leads into (step 1 leads into the second stage). */
export const stepKeys = (stageIds: readonly string[]): string[] => stageIds.slice(1);

/** Positional values (one per id in `ids`) as a record by id; values beyond the ids are ignored. */
export function toByStage<T>(ids: readonly string[], values: readonly T[]): ByStage<T> {
  return Object.fromEntries(ids.flatMap((id, index) => (index < values.length ? [[id, values[index] as T]] : [])));
}

export interface LaidOut<T> {
  /** One value per id, in the site's order: the stored one, or `missing` for an id the record lacks. */
  values: T[];
  /** The record's entries for ids this site does not have, kept as they were. */
  other: ByStage<T>;
}

/** A record by id laid out on this site's ids (stages, or stepKeys for steps). */
export function fromByStage<T>(ids: readonly string[], record: ByStage<T>, missing: T): LaidOut<T> {
  const values = ids.map((id) => (Object.hasOwn(record, id) ? (record[id] as T) : missing));
  const other = Object.fromEntries(Object.entries(record).filter(([id]) => !ids.includes(id)));
  return { values, other };
}

/** The record to store: this site's values by id, with the other stages' entries carried along unchanged. */
export function mergeByStage<T>(ids: readonly string[], values: readonly T[], other: ByStage<T>): ByStage<T> {
  return Object.fromEntries([
    ...Object.entries(other).filter(([id]) => !ids.includes(id)),
    ...Object.entries(toByStage(ids, values)),
  ]);
}
