// The worksheet's rarer notices: another tab's change, a deleted map, unreadable entries, stages this
// site no longer has. Pure. Loaded only when one is needed, so most visits never download them.
import { itemCount, type JourneyMap } from "./map-model.ts";
import { shorten } from "../funnel/text.ts";
import { siteLocale } from "../funnel/locale.ts";

const clock = (iso: string): string =>
  new Date(iso).toLocaleTimeString(siteLocale, { hour: "2-digit", minute: "2-digit" });

/** The stages a map keeps but this site does not show, with how many items and rules each holds. */
export function otherStagesOf(map: JourneyMap): { stage: string; items: number; rules: number }[] {
  const other = map.otherStages;
  if (!other) return [];
  const ids = [...new Set([...other.current, ...other.ideal].map((s) => s.stage))];
  for (const rule of other.interventions) if (!ids.includes(rule.stage)) ids.push(rule.stage);
  return ids.map((stage) => ({
    stage,
    items: itemCount({ stages: [...other.current, ...other.ideal].filter((entry) => entry.stage === stage) }),
    rules: other.interventions.filter((rule) => rule.stage === stage).length,
  }));
}

export const conflictNote = (name: string): string =>
  `“${shorten(name, 60)}” was changed in another tab after you started editing it here. ` +
  "Choose which version to keep. If you take the other tab’s, Undo brings this tab’s back.";

export const deletedNote = (name: string, deletedAt: string, now: string): string => {
  const today = new Date(deletedAt).toDateString() === new Date(now).toDateString();
  const when = today ? ` at ${clock(deletedAt)}` : " yesterday";
  return `Deleted “${shorten(name, 60)}”${when}. Undo brings it back for a day.`;
};

export const unreadableNote = (count: number): string =>
  count === 1
    ? "One map stored in this browser could not be read. It is kept as it is, and nothing will be saved over it."
    : `${count} maps stored in this browser could not be read. They are kept as they are, ` +
      "and nothing will be saved over them.";

/** A stage id as a name, for a stage this site no longer has (its name is no longer known). */
const stageIdAsName = (id: string): string => {
  const words = id.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "This map also holds 3 items and 1 rule for Onboarding, a stage this site no longer has. …" */
export function otherStagesNote(map: JourneyMap): string {
  const stages = otherStagesOf(map);
  if (stages.length === 0) return "";
  const parts = stages.map(({ stage, items, rules }) => {
    const what = [items ? count(items, "item", "items") : "", rules ? count(rules, "rule", "rules") : ""]
      .filter(Boolean)
      .join(" and ");
    return `${what || "a score"} for ${stageIdAsName(stage)}`;
  });
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0];
  const which = stages.length === 1 ? "a stage this site no longer has" : "stages this site no longer has";
  return (
    `This map also holds ${list}, ${which}. They are kept with the map, here and in downloaded files, ` +
    "but not shown, and they come back if the stage does."
  );
}

/** Said where the user is working when a write fails; the page shows "Download map" beside it. */
export const saveFailed = (blocked: boolean): string =>
  blocked
    ? "This browser is blocking storage, so your changes are not being saved here. Download the map to keep them."
    : "Your last changes are not saved: this browser’s storage is full. They are still on this page; " +
      "download the map to keep them.";

/** A deletion or its Undo that storage refused: nothing changed. */
export const storageRefused = (what: string): string =>
  `Could not ${what}: this browser’s storage is full or blocked. Nothing was changed.`;
