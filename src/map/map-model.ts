// The journey-map worksheet's data model (docs/journey-map.md). Pure: no DOM, no storage.
// A map holds a current and (optionally) an ideal version of the journey; each version holds, per
// stage from _data/stages.json, short text items in lanes, an emotion score and a touchpoint audit.
// Every operation returns a new map and leaves its input untouched, so the page can undo and compare.
import * as z from "zod/mini";
import { codePointBudget, codePointCount, graphemeCount, stripControls } from "../funnel/text.ts";

/** The file format's version. Older files are migrated (see migrateMap), never rejected for age. */
export const mapFormatVersion = 2;

/** Rows of the worksheet that hold lists of short items, in the order the page shows them. */
export const itemLanes = [
  "touchpoints",
  "add",
  "actions",
  "thoughts",
  "painPoints",
  "opportunities",
  "momentsOfTruth",
] as const;
export type ItemLane = (typeof itemLanes)[number];

/** What each lane is called on the page, with a hint a coach can act on. */
export const laneInfo: Record<ItemLane, { name: string; singular: string; hint: string }> = {
  touchpoints: {
    name: "Touchpoints",
    singular: "touchpoint",
    hint: "Where the client meets you: a post, an email, a call, a form.",
  },
  add: { name: "Touchpoints to add", singular: "missing touchpoint", hint: "What is missing at this stage." },
  actions: { name: "What the client does", singular: "action", hint: "Their steps, in their words." },
  thoughts: { name: "What they think and feel", singular: "thought or feeling", hint: "What goes through their mind." },
  painPoints: { name: "Pain points", singular: "pain point", hint: "Where it is slow, confusing or worrying." },
  opportunities: { name: "Opportunities", singular: "opportunity", hint: "What you could change." },
  momentsOfTruth: {
    name: "Moments of truth",
    singular: "moment of truth",
    hint: "Where they decide to go on or stop.",
  },
};

/** An audit verdict for one touchpoint. */
export const verdicts = ["keep", "enhance", "automate", "eliminate"] as const;
export type Verdict = (typeof verdicts)[number];
export const verdictNames: Record<Verdict, string> = {
  keep: "Keep",
  enhance: "Enhance",
  automate: "Automate",
  eliminate: "Eliminate",
};

/** Emotion scores run from −2 (very low) to +2 (very good); null means not scored yet. */
export const emotionScores = [-2, -1, 0, 1, 2] as const;
export const emotionWords: Record<string, string> = {
  "-2": "very low",
  "-1": "uneasy",
  "0": "neutral",
  "1": "good",
  "2": "very good",
};

export const limits = {
  itemText: 300,
  itemsPerLane: 60,
  name: 80,
  interventions: 100,
  within: 80,
  fileBytes: 1_000_000,
};

export interface MapItem {
  id: string;
  text: string;
}
export interface Touchpoint extends MapItem {
  verdict: Verdict | null;
}
export interface StageMap {
  stage: string;
  emotion: number | null;
  touchpoints: Touchpoint[];
  add: MapItem[];
  actions: MapItem[];
  thoughts: MapItem[];
  painPoints: MapItem[];
  opportunities: MapItem[];
  momentsOfTruth: MapItem[];
}
/** One version of the journey: one entry per stage, in the order of _data/stages.json. */
export interface MapVersion {
  stages: StageMap[];
}
/** "If [signal] at [stage], then [action] within [within]". */
export interface Intervention {
  id: string;
  stage: string;
  signal: string;
  action: string;
  within: string;
}
/**
 * The parts of a map for stages this site does not have (its stage list changed since the map was
 * saved): kept with the map, in storage and files, but not shown, so they come back with the stage.
 */
export interface OtherStages {
  current: StageMap[];
  ideal: StageMap[];
  interventions: Intervention[];
}
export interface JourneyMap {
  version: typeof mapFormatVersion;
  id: string;
  name: string;
  /** ISO 8601 time of the last edit. */
  updatedAt: string;
  current: MapVersion;
  ideal: MapVersion | null;
  interventions: Intervention[];
  /** Absent when every part of the map belongs to a stage of this site. */
  otherStages?: OtherStages;
}
export type Which = "current" | "ideal";

// ---- Length. A limit counts graphemes (what a reader sees as one character) and, because one
// grapheme can carry any number of combining marks, code points too (codePointBudget), so no label
// makes each keystroke do unbounded work.

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** True when text has at most `max` graphemes and codePointBudget(max) code points. */
export function fitsLimit(text: string, max: number): boolean {
  if (text.length <= max) return true;
  return codePointCount(text) <= codePointBudget(max) && graphemeCount(text) <= max;
}

// ---- Schemas (untrusted files and storage). z.object builds fresh objects and drops unknown keys,
// so a "__proto__" key in a file is never copied anywhere.

/** An ISO 8601 UTC time as toISOString() writes it, such as 2026-11-30T09:00:00.000Z. */
export const timeSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/));
const idSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
/** Text within a limit as clip() and fitsLimit() count it (a code point takes at most two code units). */
export const limitedText = (max: number) =>
  z.string().check(
    z.maxLength(codePointBudget(max) * 2),
    z.refine((text) => fitsLimit(text, max), { error: "is too long" }),
  );
export const textSchema = limitedText(limits.itemText);
const itemSchema = z.object({ id: idSchema, text: textSchema });
const touchpointSchema = z.object({ id: idSchema, text: textSchema, verdict: z.nullable(z.enum(verdicts)) });
const laneOf = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(limits.itemsPerLane));
export const emotionSchema = z.nullable(z.int().check(z.gte(-2), z.lte(2)));

const stageMapSchema = z.object({
  stage: z.string().check(z.maxLength(64)),
  emotion: emotionSchema,
  touchpoints: laneOf(touchpointSchema),
  add: laneOf(itemSchema),
  actions: laneOf(itemSchema),
  thoughts: laneOf(itemSchema),
  painPoints: laneOf(itemSchema),
  opportunities: laneOf(itemSchema),
  momentsOfTruth: laneOf(itemSchema),
});
const versionSchema = z.object({ stages: z.array(stageMapSchema).check(z.maxLength(20)) });
const interventionSchema = z.object({
  id: idSchema,
  stage: z.string().check(z.maxLength(64)),
  signal: textSchema,
  action: textSchema,
  within: limitedText(limits.within),
});

const interventionsSchema = z.array(interventionSchema).check(z.maxLength(limits.interventions));

export const mapSchema = z.object({
  version: z.literal(mapFormatVersion),
  id: idSchema,
  name: limitedText(limits.name),
  updatedAt: timeSchema,
  current: versionSchema,
  ideal: z.nullable(versionSchema),
  interventions: interventionsSchema,
  otherStages: z.optional(
    z.object({
      current: versionSchema.shape.stages,
      ideal: versionSchema.shape.stages,
      interventions: interventionsSchema,
    }),
  ),
});

// ---- Creating

export function emptyStage(stage: string): StageMap {
  return {
    stage,
    emotion: null,
    touchpoints: [],
    add: [],
    actions: [],
    thoughts: [],
    painPoints: [],
    opportunities: [],
    momentsOfTruth: [],
  };
}

export function emptyVersion(stageIds: readonly string[]): MapVersion {
  return { stages: stageIds.map(emptyStage) };
}

export function createMap(options: { id: string; name: string; now: string; stageIds: readonly string[] }): JourneyMap {
  return {
    version: mapFormatVersion,
    id: options.id,
    name: options.name,
    updatedAt: options.now,
    current: emptyVersion(options.stageIds),
    ideal: null,
    interventions: [],
  };
}

// ---- Reading untrusted data

export type MapProblem = { path: (string | number)[]; code: string; message: string };
export type ParseResult =
  { ok: true; map: JourneyMap; migratedFrom: number | null } | { ok: false; problems: MapProblem[] };

export interface ParseOptions {
  stageIds: readonly string[];
  /** Used only when an old file carries no id. */
  newId: string;
  /** Used only when an old file carries no time. */
  now: string;
}

export const problemsOf = (error: z.core.$ZodError): MapProblem[] =>
  error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)),
    code: issue.code,
    message: issue.message,
  }));

/**
 * Any value in the current format (a stored entry, or a file once map-migrate.ts has looked at its
 * version) → a fresh, valid map, or the problems. Older files go through parseAnyVersion.
 */
/** The `version` a file says it has, read as an own key only; undefined when it has none. */
export const versionOf = (data: unknown): unknown =>
  typeof data === "object" && data !== null && Object.hasOwn(data, "version")
    ? (data as { version: unknown }).version
    : undefined;

export function parseMap(data: unknown, options: ParseOptions): ParseResult {
  const version = versionOf(data);
  if (typeof version === "number" && version > mapFormatVersion) {
    return {
      ok: false,
      problems: [{ path: ["version"], code: "newer", message: `made by a newer worksheet (version ${version})` }],
    };
  }
  const parsed = mapSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const map = normalise(parsed.data as JourneyMap, options.stageIds);
  const duplicate = duplicateId(map);
  if (duplicate)
    return {
      ok: false,
      problems: [{ path: ["id"], code: "duplicate", message: `two items share the id "${duplicate}"` }],
    };
  return { ok: true, map, migratedFrom: null };
}

const stageHasContent = (stage: StageMap): boolean =>
  stage.emotion !== null || itemLanes.some((lane) => stage[lane].length > 0);

/**
 * Shown and kept stages from both places a map holds them: this site's stages in stages.json order (a
 * missing one is empty), and every other stage with something in it, kept aside. The first entry of a
 * stage wins, so a stage that comes back takes its kept items.
 */
function splitStages(entries: StageMap[], stageIds: readonly string[]): { shown: StageMap[]; kept: StageMap[] } {
  const firsts = entries.filter((entry, i) => entries.findIndex((other) => other.stage === entry.stage) === i);
  return {
    shown: stageIds.map((id) => firsts.find((entry) => entry.stage === id) ?? emptyStage(id)),
    kept: firsts.filter((entry) => !stageIds.includes(entry.stage) && stageHasContent(entry)),
  };
}

/** A parsed map laid out for this site's stages; nothing of another stage is dropped (see OtherStages). */
function normalise(map: JourneyMap, stageIds: readonly string[]): JourneyMap {
  const other = map.otherStages;
  const current = splitStages([...map.current.stages, ...(other?.current ?? [])], stageIds);
  const ideal = map.ideal ? splitStages([...map.ideal.stages, ...(other?.ideal ?? [])], stageIds) : null;
  const keptIdeal = ideal ? ideal.kept : (other?.ideal ?? []);
  const rules = [...map.interventions, ...(other?.interventions ?? [])];
  const otherStages: OtherStages = {
    current: current.kept,
    ideal: keptIdeal,
    interventions: rules.filter((rule) => !stageIds.includes(rule.stage)),
  };
  const { otherStages: _dropped, ...rest } = map;
  const hasOther = otherStages.current.length + otherStages.ideal.length + otherStages.interventions.length > 0;
  return {
    ...rest,
    current: { stages: current.shown },
    ideal: ideal ? { stages: ideal.shown } : null,
    interventions: rules.filter((rule) => stageIds.includes(rule.stage)),
    ...(hasOther ? { otherStages } : {}),
  };
}

/** Item ids must be unique within a version (the ideal reuses the current's ids on purpose). */
function duplicateId(map: JourneyMap): string | null {
  for (const version of [map.current, map.ideal]) {
    if (!version) continue;
    const seen = new Set<string>();
    for (const stage of version.stages) {
      for (const lane of itemLanes) {
        for (const item of stage[lane]) {
          if (seen.has(item.id)) return item.id;
          seen.add(item.id);
        }
      }
    }
  }
  const rules = new Set<string>();
  for (const rule of map.interventions) {
    if (rules.has(rule.id)) return rule.id;
    rules.add(rule.id);
  }
  return null;
}

// ---- Editing. Each takes the map and returns a new one.

/** Text with control characters (other than tab and newline) removed, cut to fit `max` (see fitsLimit). */
export function clip(text: string, max: number): string {
  const clean = stripControls(text, "\t\n");
  if (clean.length <= max) return clean; // the usual case: within the limit by every measure
  let kept = "";
  let graphemes = 0;
  let points = 0;
  for (const { segment } of graphemeSegmenter.segment(clean)) {
    const size = codePointCount(segment);
    if (graphemes === max || points + size > codePointBudget(max)) break;
    kept += segment;
    graphemes += 1;
    points += size;
  }
  return kept;
}

function updateStage(map: JourneyMap, which: Which, stage: string, change: (entry: StageMap) => StageMap): JourneyMap {
  const version = map[which];
  if (!version) return map;
  return {
    ...map,
    [which]: { stages: version.stages.map((entry) => (entry.stage === stage ? change(entry) : entry)) },
  };
}

function updateLane(
  map: JourneyMap,
  which: Which,
  stage: string,
  lane: ItemLane,
  change: (items: MapItem[]) => MapItem[],
): JourneyMap {
  return updateStage(map, which, stage, (entry) => ({ ...entry, [lane]: change(entry[lane]) }));
}

/** Adds an item at the end of a lane. Empty text, or a full lane, changes nothing. */
export function addItem(
  map: JourneyMap,
  which: Which,
  stage: string,
  lane: ItemLane,
  id: string,
  text: string,
): JourneyMap {
  const clean = clip(text, limits.itemText).trim();
  if (clean === "") return map;
  return updateLane(map, which, stage, lane, (items) => {
    if (items.length >= limits.itemsPerLane) return items;
    return [...items, lane === "touchpoints" ? { id, text: clean, verdict: null } : { id, text: clean }];
  });
}

export function editItem(
  map: JourneyMap,
  which: Which,
  stage: string,
  lane: ItemLane,
  id: string,
  text: string,
): JourneyMap {
  const clean = clip(text, limits.itemText);
  return updateLane(map, which, stage, lane, (items) =>
    items.map((item) => (item.id === id ? { ...item, text: clean } : item)),
  );
}

/** Moves an item by `offset` places (−1 up, +1 down), stopping at either end. */
export function moveItem(
  map: JourneyMap,
  which: Which,
  stage: string,
  lane: ItemLane,
  id: string,
  offset: number,
): JourneyMap {
  return updateLane(map, which, stage, lane, (items) => {
    const from = items.findIndex((item) => item.id === id);
    if (from < 0) return items;
    const to = Math.max(0, Math.min(items.length - 1, from + offset));
    if (to === from) return items;
    const next = [...items];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved as MapItem);
    return next;
  });
}

export function removeItem(map: JourneyMap, which: Which, stage: string, lane: ItemLane, id: string): JourneyMap {
  return updateLane(map, which, stage, lane, (items) => items.filter((item) => item.id !== id));
}

export function setVerdict(
  map: JourneyMap,
  which: Which,
  stage: string,
  id: string,
  verdict: Verdict | null,
): JourneyMap {
  return updateStage(map, which, stage, (entry) => ({
    ...entry,
    touchpoints: entry.touchpoints.map((item) => (item.id === id ? { ...item, verdict } : item)),
  }));
}

export function setEmotion(map: JourneyMap, which: Which, stage: string, emotion: number | null): JourneyMap {
  const valid = emotion === null || (Number.isInteger(emotion) && emotion >= -2 && emotion <= 2);
  return valid ? updateStage(map, which, stage, (entry) => ({ ...entry, emotion })) : map;
}

export function renameMap(map: JourneyMap, name: string): JourneyMap {
  return { ...map, name: clip(name, limits.name) };
}

/** "Start the ideal map": the ideal begins as a copy of the current map, with the same item ids. */
export function startIdeal(map: JourneyMap): JourneyMap {
  return { ...map, ideal: structuredClone(map.current) };
}

export function duplicateMap(map: JourneyMap, id: string, name: string): JourneyMap {
  return { ...structuredClone(map), id, name: clip(name, limits.name) };
}

export function touch(map: JourneyMap, now: string): JourneyMap {
  return { ...map, updatedAt: now };
}

export function addIntervention(map: JourneyMap, rule: Intervention): JourneyMap {
  if (map.interventions.length >= limits.interventions) return map;
  return {
    ...map,
    interventions: [
      ...map.interventions,
      {
        ...rule,
        signal: clip(rule.signal, limits.itemText),
        action: clip(rule.action, limits.itemText),
        within: clip(rule.within, limits.within),
      },
    ],
  };
}

export type RuleField = "stage" | "signal" | "action" | "within";

export function editIntervention(map: JourneyMap, id: string, field: RuleField, value: string): JourneyMap {
  // A stage is an id from the page's own list, so it is cut by code units like the schema's limit.
  const clean =
    field === "stage" ? value.slice(0, 64) : clip(value, field === "within" ? limits.within : limits.itemText);
  return {
    ...map,
    interventions: map.interventions.map((rule) => (rule.id === id ? { ...rule, [field]: clean } : rule)),
  };
}

export function removeIntervention(map: JourneyMap, id: string): JourneyMap {
  return { ...map, interventions: map.interventions.filter((rule) => rule.id !== id) };
}

// ---- Reading a map

/** How many items a version holds, over every lane and stage. */
export function itemCount(version: MapVersion | null): number {
  if (!version) return 0;
  return version.stages.reduce((sum, stage) => sum + itemLanes.reduce((n, lane) => n + stage[lane].length, 0), 0);
}

/** True when nothing has been written or scored: the page shows its first-visit note. */
export function isEmptyMap(map: JourneyMap): boolean {
  return (
    itemCount(map.current) === 0 &&
    map.current.stages.every((stage) => stage.emotion === null) &&
    map.ideal === null &&
    map.interventions.length === 0
  );
}

export interface AuditEntry {
  stage: string;
  id: string;
  text: string;
}
export interface Audit {
  /** Touchpoints by verdict, in stage order; "undecided" holds those without one yet. */
  groups: Record<Verdict | "undecided", AuditEntry[]>;
  /** The "add" lane: touchpoints that are missing. */
  toAdd: AuditEntry[];
}

export function auditOf(version: MapVersion): Audit {
  const groups: Audit["groups"] = { keep: [], enhance: [], automate: [], eliminate: [], undecided: [] };
  const toAdd: AuditEntry[] = [];
  for (const stage of version.stages) {
    for (const item of stage.touchpoints)
      groups[item.verdict ?? "undecided"].push({ stage: stage.stage, id: item.id, text: item.text });
    for (const item of stage.add) toAdd.push({ stage: stage.stage, id: item.id, text: item.text });
  }
  return { groups, toAdd };
}

/** A score as the page writes it: "+1", "0", "−2" (a real minus sign). */
export function formatEmotion(score: number | null): string {
  if (score === null) return "not scored";
  return score > 0 ? `+${score}` : score < 0 ? `−${-score}` : "0";
}
