// Reading a map file someone chose, and saying in plain words what is wrong with it. Pure.
import { parseAnyVersion } from "./map-migrate.ts";
import { laneInfo, limits, type ItemLane, type JourneyMap, type MapProblem, type ParseOptions } from "./map-model.ts";
import type { StoredMaps } from "./map-storage.ts";

export type FileResult = { ok: true; map: JourneyMap; note: string } | { ok: false; message: string };

const versionWords: Record<string, string> = { current: "the current map", ideal: "the ideal map" };
const fieldWords: Record<string, string> = {
  version: "the version number",
  id: "the map's id",
  name: "the map's name",
  updatedAt: "the date it was saved",
  savedAt: "the date it was saved",
  interventions: "the list of rules",
  emotion: "the emotion score",
  stage: "the stage",
  text: "the text",
  verdict: "the verdict",
  signal: "the signal",
  action: "the action",
  within: "the time limit",
};

/** ["current", "stages", 1, "touchpoints", 0, "text"] → "the current map, stage 2, touchpoints, item 1, the text". */
export function describePath(path: readonly (string | number)[]): string {
  const words: string[] = [];
  path.forEach((key, i) => {
    const previous = path[i - 1];
    if (typeof key === "number") {
      words.push(
        previous === "stages"
          ? `stage ${key + 1}`
          : previous === "interventions"
            ? `rule ${key + 1}`
            : `item ${key + 1}`,
      );
    } else if (key === "stages") {
      return;
    } else if (key in versionWords) {
      words.push(versionWords[key] ?? key);
    } else if (key in laneInfo) {
      words.push(laneInfo[key as ItemLane].name.toLowerCase());
    } else {
      words.push(fieldWords[key] ?? `"${key}"`);
    }
  });
  return words.join(", ") || "the file as a whole";
}

/** What to write instead, for each kind of problem zod reports. */
function advice(problem: MapProblem): string {
  switch (problem.code) {
    case "invalid_type":
      return problem.path.length === 0
        ? 'is not a journey map (it should be one object, as "Download map" writes it)'
        : "is missing or of the wrong kind";
    case "too_big":
      return "is too long";
    case "invalid_value":
      return problem.path.at(-1) === "version"
        ? "is not a version this worksheet knows (write 1 or 2)"
        : problem.path.at(-1) === "verdict"
          ? "should be keep, enhance, automate, eliminate or null"
          : "has a value this worksheet does not know";
    case "invalid_format":
    case "invalid_string":
      return problem.path.at(-1) === "updatedAt" || problem.path.at(-1) === "savedAt"
        ? "should be a date and time such as 2026-11-30T09:00:00.000Z"
        : "should use letters, digits, - and _ only";
    case "too_small":
    case "not_multiple_of":
      return "is out of range (an emotion score runs from -2 to 2)";
    case "newer":
      return `was ${problem.message}; reload the page to get the newest worksheet`;
    case "duplicate":
      return `is not unique: ${problem.message}`;
    default:
      return problem.message;
  }
}

/** Text of a chosen file → a map, or one message that names the file, the place and what to do. */
export function readMapFile(fileName: string, text: string, options: ParseOptions): FileResult {
  const file = `“${fileName.slice(0, 80)}”`;
  if (text.length > limits.fileBytes)
    return {
      ok: false,
      message: `${file} is larger than a journey map can be (over 1 MB). Choose a file that “Download map” wrote. Nothing was changed.`,
    };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: `${file} is not a map file: it is not JSON. Choose a file that “Download map” wrote (it ends in .json). Nothing was changed.`,
    };
  }
  const result = parseAnyVersion(data, options);
  if (!result.ok) {
    const [first, ...rest] = result.problems;
    const more = rest.length ? ` (and ${rest.length} more ${rest.length === 1 ? "problem" : "problems"})` : "";
    const place = first ? describePath(first.path) : "the file";
    return {
      ok: false,
      message: `${file} could not be opened: ${place} ${first ? advice(first) : "is not valid"}${more}. Nothing was changed.`,
    };
  }
  const note =
    result.migratedFrom !== null
      ? ` It was saved by an older worksheet (version ${result.migratedFrom}) and has been brought up to date.`
      : "";
  return { ok: true, map: result.map, note };
}

/** Two versions of one map hold the same work: everything but the time it was last saved. */
const sameContent = (a: JourneyMap, b: JourneyMap): boolean =>
  JSON.stringify({ ...a, updatedAt: "" }) === JSON.stringify({ ...b, updatedAt: "" });

export interface PlacedMap {
  map: JourneyMap;
  /** True when storage already holds this map, unchanged: it is opened, not written. */
  stored: boolean;
  message: string;
}

/**
 * Where an opened file goes. It never overwrites a map in this browser: the same map, unchanged, is
 * simply opened; a file whose id is taken (by a map with other content, or by an entry that cannot be
 * read) opens beside it as a copy, under a name that says so.
 */
export function placeOpenedMap(
  file: { map: JourneyMap; note: string },
  stored: StoredMaps,
  idFree: boolean,
  newId: () => string,
): PlacedMap {
  const name = file.map.name || "Untitled map";
  const saved = stored.maps.find((map) => map.id === file.map.id);
  if (saved && sameContent(saved, file.map))
    return {
      map: saved,
      stored: true,
      message: `“${name}” is already saved in this browser, unchanged, so it is open now.`,
    };
  if (idFree) return { map: file.map, stored: false, message: `Opened “${name}”.${file.note}` };
  const copy = { ...file.map, id: newId(), name: `${name} (from file)`.slice(0, limits.name) };
  const why = saved
    ? `This browser already has “${name}” with other changes`
    : "This browser holds a map with the same id that cannot be read (it is kept as it is)";
  const message = `${why}, so the file opened beside it as “${copy.name}”.${file.note}`;
  return { map: copy, stored: false, message };
}
