// "Back up all periods" and "Restore": one JSON file with a version field. Pure.
// The file is untrusted: it is size-checked, parsed, and validated with zod's strict schema into
// fresh objects; a file with any problem (wrong kind, cut short, unknown or "__proto__" keys)
// is refused whole, so restoring never changes anything unless the whole file is good.
import { backupSchema, backupVersion, describeIssues, sortPeriods, type SavedPeriod } from "./period-model.ts";

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
