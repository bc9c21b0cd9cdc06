// What the worksheet says about saving, deleting, other tabs and kept stages, as plain strings. Pure.
import { quoted as quotedText, shorten } from "../funnel/text.ts";
import type { JourneyMap } from "./map-model.ts";
import { siteLocale } from "../funnel/locale.ts";

export { shorten };

/** A typed text as a status message quotes it. */
export const quoted = (text: string): string => quotedText(text, 60);

export const mapName = (map: JourneyMap): string => map.name || "Untitled map";

const clock = (iso: string): string =>
  new Date(iso).toLocaleTimeString(siteLocale, { hour: "2-digit", minute: "2-digit" });

export const savedNote = (iso: string): string => `Saved in this browser at ${clock(iso)}.`;
