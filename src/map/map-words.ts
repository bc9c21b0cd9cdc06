// What the worksheet says about saving, deleting, other tabs and kept stages, as plain strings. Pure.
import { cutText } from "../funnel/text.ts";
import type { JourneyMap } from "./map-model.ts";

/** Typed text cut to `max` graphemes, marked when cut, for labels and messages. */
export const shorten = cutText;

/** A typed text as a status message quotes it. */
export const quoted = (text: string): string => `“${shorten(text.trim(), 60)}”`;

export const mapName = (map: JourneyMap): string => map.name || "Untitled map";

export const clock = (iso: string): string =>
  new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });

export const savedNote = (iso: string): string => `Saved in this browser at ${clock(iso)}.`;

/** Said where the user is working when a write fails; the page shows "Download map" beside it. */
export const saveFailed = (blocked: boolean): string =>
  blocked
    ? "This browser is blocking storage, so your changes are not being saved here. Download the map to keep them."
    : "Your last changes are not saved: this browser’s storage is full. They are still on this page; " +
      "download the map to keep them.";

export function slugOf(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[^\w\s-]/g, "")
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, "-")
      .slice(0, 60) || "journey-map"
  );
}
