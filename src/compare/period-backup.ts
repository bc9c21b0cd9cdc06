// "Back up all periods" and "Restore": one JSON file with a version field. Pure.
// The file is untrusted: it is size-checked, parsed, and validated with zod's strict schema into
// fresh objects; a file with any problem (wrong kind, cut short, unknown or "__proto__" keys)
// is refused whole, so restoring never changes anything unless the whole file is good.
import { backupSchema, backupVersion, describeIssues, sortPeriods, type SavedPeriod } from "../funnel/period-model.ts";

/** Far above any real backup (500 periods are about 250 KB). */
export const maxBackupBytes = 5_000_000;

/** The same periods always give the same bytes: sorted, two-space indented, one final newline. */
export function backupText(periods: readonly SavedPeriod[]): string {
  return `${JSON.stringify({ version: backupVersion, periods: sortPeriods(periods) }, null, 2)}\n`;
}

export type Restored = { ok: true; periods: SavedPeriod[] } | { ok: false; message: string };

export function readBackup(text: string): Restored {
  if (text.length > maxBackupBytes)
    return { ok: false, message: "This file is too large to be a Journey Atlas backup. Nothing was changed." };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message:
        "This file is not a complete Journey Atlas backup: it may be cut short or be another kind of file. Nothing was changed.",
    };
  }
  if (
    typeof data === "object" &&
    data !== null &&
    "version" in data &&
    typeof data.version === "number" &&
    data.version > backupVersion
  ) {
    return {
      ok: false,
      message: `This backup was made by a newer version of the site (version ${data.version}). Nothing was changed.`,
    };
  }
  const parsed = backupSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      message: `This is not a backup this page can restore. ${describeIssues(parsed.error.issues)} Nothing was changed.`,
    };
  return { ok: true, periods: sortPeriods(parsed.data.periods) };
}

/** What restoring would do to what is saved here: restore merges by id, it never deletes. */
export interface RestorePlan {
  /** Every period in the backup, oldest first: what gets saved. */
  periods: SavedPeriod[];
  /** Ids saved here that are not in the backup yet. */
  added: SavedPeriod[];
  /** Periods saved here that the backup's copy (same id, different content) would overwrite. */
  replaced: { saved: SavedPeriod; backup: SavedPeriod }[];
  /** Already saved here exactly as in the backup. */
  unchanged: number;
  /** New ones whose name a different period saved here already has: both are kept. */
  sameName: number;
}

export function planRestore(saved: readonly SavedPeriod[], backup: readonly SavedPeriod[]): RestorePlan {
  const byId = new Map(saved.map((period) => [period.id, period]));
  const names = new Set(saved.map((period) => period.name));
  const plan: RestorePlan = { periods: [...backup], added: [], replaced: [], unchanged: 0, sameName: 0 };
  for (const period of backup) {
    const here = byId.get(period.id);
    if (!here) {
      plan.added.push(period);
      if (names.has(period.name)) plan.sameName += 1;
    } else if (JSON.stringify(here) === JSON.stringify(period)) plan.unchanged += 1;
    else plan.replaced.push({ saved: here, backup: period });
  }
  return plan;
}

const count = (n: number, one = "period", many = "periods") => `${n} ${n === 1 ? one : many}`;
/** The first five, then how many more. */
const list = (items: string[]) => {
  const shown = items.slice(0, 5);
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${count(more, "other", "others")}` : shown.join(", ");
};

/** Before anything is saved, when a saved period would be overwritten: exactly what would happen. */
export function restoreQuestion(plan: RestorePlan): string {
  const replaced = plan.replaced.map(({ saved, backup }) =>
    saved.name === backup.name ? `“${backup.name}”` : `“${backup.name}” (saved here as “${saved.name}”)`,
  );
  const parts = [
    `This backup has ${count(plan.periods.length)}.`,
    `Restoring it replaces ${count(plan.replaced.length, "period", "periods")} saved here with the backup's ${plan.replaced.length === 1 ? "copy" : "copies"}, and the changes made here since are lost: ${list(replaced)}.`,
    plan.added.length ? `It also adds ${count(plan.added.length, "new period", "new periods")}.` : "",
    plan.unchanged
      ? `${count(plan.unchanged)} ${plan.unchanged === 1 ? "is" : "are"} already saved here as in the backup.`
      : "",
    "Periods saved here that are not in the backup stay as they are.",
  ];
  return parts.filter(Boolean).join(" ");
}

/** After saving: what was restored, in the same terms. */
export function restoreDone(plan: RestorePlan): string {
  const details = [
    plan.added.length ? `${plan.added.length} new here` : "",
    plan.replaced.length
      ? `${plan.replaced.length} replacing ${plan.replaced.length === 1 ? "the one" : "the ones"} saved here`
      : "",
    plan.unchanged ? `${plan.unchanged} already saved here, unchanged` : "",
  ].filter(Boolean);
  const sameName = plan.sameName
    ? ` ${count(plan.sameName)} ${plan.sameName === 1 ? "has" : "have"} the name of another period saved here; both are kept.`
    : "";
  const allNew = plan.added.length === plan.periods.length;
  return `Restored ${count(plan.periods.length)} from the backup${allNew ? "" : `: ${details.join(", ")}`}.${sameName}`;
}
