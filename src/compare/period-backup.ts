// "Back up all periods" and "Restore": one JSON file with a version field. Pure.
// The file is untrusted: it is size-checked, parsed, and validated with zod's strict schema into
// fresh objects; a file with any problem (wrong kind, cut short, unknown or "__proto__" keys)
// is refused whole, so restoring never changes anything unless the whole file is good.
import {
  backupSchema,
  backupVersion,
  describeIssues,
  sortPeriods,
  withDates,
  type SavedPeriod,
} from "../funnel/period-model.ts";
import { findRepeat, sameContent } from "../funnel/period-repeats.ts";

/** Far above any real backup (500 periods are about 250 KB). */
export const maxBackupBytes = 5_000_000;

/**
 * The same periods always give the same bytes: sorted by date, fields in one order (withDates),
 * two-space indented, one final newline.
 */
export function backupText(periods: readonly SavedPeriod[]): string {
  const ordered = sortPeriods(periods).map(withDates);
  return `${JSON.stringify({ version: backupVersion, periods: ordered }, null, 2)}\n`;
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
  return { ok: true, periods: sortPeriods(parsed.data.periods.map(withDates)) };
}

/** What restoring would do to what is saved here: restore merges, it never deletes. */
export interface RestorePlan {
  /** Every period in the backup, oldest first. */
  periods: SavedPeriod[];
  /** Periods that are new here. */
  added: SavedPeriod[];
  /**
   * Periods saved here that the backup repeats (the same id, or the same name or dates) with other
   * content: replaced by the backup's copy, under the id saved here, only if the coach chooses to.
   */
  replaced: { saved: SavedPeriod; backup: SavedPeriod }[];
  /** Already saved here exactly as in the backup. */
  unchanged: number;
}

/** "replace" puts the backup's copy over each repeat; "skip" keeps what is saved here. */
export type RestoreChoice = "replace" | "skip";

export function planRestore(saved: readonly SavedPeriod[], backup: readonly SavedPeriod[]): RestorePlan {
  const byId = new Map(saved.map((period) => [period.id, period]));
  const claimed = new Set<string>();
  const plan: RestorePlan = { periods: [...backup], added: [], replaced: [], unchanged: 0 };
  for (const period of backup) {
    const here = byId.get(period.id) ?? findRepeat(saved, period);
    // Two backup periods repeating one saved here: the second is added beside it, never lost.
    if (!here || claimed.has(here.id)) plan.added.push(period);
    else if (sameContent(here, period)) plan.unchanged += 1;
    else plan.replaced.push({ saved: here, backup: period });
    if (here) claimed.add(here.id);
  }
  return plan;
}

/** What a restore saves, by the coach's choice. */
export function restoreSaves(plan: RestorePlan, choice: RestoreChoice): SavedPeriod[] {
  const replacing = choice === "replace" ? plan.replaced.map(({ saved, backup }) => ({ ...backup, id: saved.id })) : [];
  return [...plan.added, ...replacing];
}

const count = (n: number, one = "period", many = "periods") => `${n} ${n === 1 ? one : many}`;
/** The first five, then how many more. */
const list = (items: string[]) => {
  const shown = items.slice(0, 5);
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${count(more, "other", "others")}` : shown.join(", ");
};

/** Where the periods come from, in the question's words. */
const sources = {
  backup: { has: "This backup has", copy: "the backup's copy", copies: "the backup's copies" },
  import: { has: "The rows to import hold", copy: "the imported row", copies: "the imported rows" },
} as const;

/**
 * Before anything is saved, when a backup (or an import, planned the same way) repeats saved
 * periods: exactly what each choice does.
 */
export function restoreQuestion(plan: RestorePlan, source: keyof typeof sources = "backup"): string {
  const words = sources[source];
  const replaced = plan.replaced.map(({ saved, backup }) =>
    saved.name === backup.name ? `“${backup.name}”` : `“${backup.name}” (saved here as “${saved.name}”)`,
  );
  const one = plan.replaced.length === 1;
  const parts = [
    `${words.has} ${count(plan.periods.length)}.`,
    `${one ? "One repeats a period" : `${plan.replaced.length} repeat periods`} saved here, with other numbers or notes: ${list(replaced)}.`,
    `Replace ${one ? "it" : "them"} with ${one ? words.copy : words.copies} (what is saved here is lost), or skip ${one ? "it" : "them"} and keep what is saved here.`,
    plan.added.length ? `Either way, it adds ${count(plan.added.length, "new period", "new periods")}.` : "",
    plan.unchanged
      ? `${count(plan.unchanged)} ${plan.unchanged === 1 ? "is" : "are"} already saved here as in the backup.`
      : "",
    source === "backup" ? "Periods saved here that are not in the backup stay as they are." : "",
  ];
  return parts.filter(Boolean).join(" ");
}

/** After saving: what was restored, in the same terms. */
export function restoreDone(plan: RestorePlan, choice: RestoreChoice = "replace"): string {
  const n = plan.replaced.length;
  const details = [
    plan.added.length ? `${plan.added.length} new here` : "",
    n && choice === "replace" ? `${n} replacing ${n === 1 ? "the one" : "the ones"} saved here` : "",
    n && choice === "skip" ? `${n} skipped, kept as saved here` : "",
    plan.unchanged ? `${plan.unchanged} already saved here, unchanged` : "",
  ].filter(Boolean);
  const allNew = plan.added.length === plan.periods.length;
  return `Restored ${count(plan.periods.length)} from the backup${allNew ? "" : `: ${details.join(", ")}`}.`;
}
