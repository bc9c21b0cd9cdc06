// Files from older versions of the worksheet, brought up to the current format. Pure. Only "Open a
// map file" needs this (this browser's storage always holds the current format), so it loads with it.
import * as z from "zod/mini";
import {
  emotionSchema,
  emptyStage,
  limitedText,
  limits,
  mapFormatVersion,
  parseMap,
  problemsOf,
  textSchema,
  timeSchema,
  versionOf,
  type ItemLane,
  type JourneyMap,
  type MapItem,
  type MapVersion,
  type ParseOptions,
  type ParseResult,
} from "./map-model.ts";

/**
 * Version 1 (the first release) kept plain strings without ids, stages keyed by id, no audit and
 * no ids on rules. Its stage keys come from stages.json, so the schema is built per stage list
 * (a z.object, never a record: a record would copy a "__proto__" key).
 */
export function v1Schema(stageIds: readonly string[]) {
  const lines = z.optional(z.array(textSchema).check(z.maxLength(limits.itemsPerLane)));
  const stage = z.object({
    emotion: z.optional(emotionSchema),
    touchpoints: lines,
    actions: lines,
    thoughts: lines,
    painPoints: lines,
    opportunities: lines,
    momentsOfTruth: lines,
  });
  const version = z.object(Object.fromEntries(stageIds.map((id) => [id, z.optional(stage)])));
  return z.object({
    version: z.literal(1),
    name: z.optional(limitedText(limits.name)),
    savedAt: z.optional(timeSchema),
    current: version,
    ideal: z.optional(z.nullable(version)),
    interventions: z.optional(
      z
        .array(
          z.object({
            stage: z.string().check(z.maxLength(64)),
            signal: textSchema,
            action: textSchema,
            within: limitedText(limits.within),
          }),
        )
        .check(z.maxLength(limits.interventions)),
    ),
  });
}

export type V1Map = z.infer<ReturnType<typeof v1Schema>>;

/** Version 1 → 2: items get ids from their place (so the same place in current and ideal matches). */
export function migrateV1(old: V1Map, options: ParseOptions): JourneyMap {
  type OldStage = NonNullable<V1Map["current"][string]>;
  const stagesOf = (version: Record<string, OldStage | undefined>): MapVersion => ({
    stages: options.stageIds.map((id) => {
      const entry = version[id];
      const items = (lane: Exclude<ItemLane, "add" | "touchpoints">): MapItem[] =>
        (entry?.[lane] ?? []).map((text, i) => ({ id: `${id}-${lane}-${i + 1}`, text }));
      return {
        ...emptyStage(id),
        emotion: entry?.emotion ?? null,
        touchpoints: (entry?.touchpoints ?? []).map((text, i) => ({
          id: `${id}-touchpoints-${i + 1}`,
          text,
          verdict: null,
        })),
        actions: items("actions"),
        thoughts: items("thoughts"),
        painPoints: items("painPoints"),
        opportunities: items("opportunities"),
        momentsOfTruth: items("momentsOfTruth"),
      };
    }),
  });
  return {
    version: mapFormatVersion,
    id: options.newId,
    name: old.name ?? "",
    updatedAt: old.savedAt ?? options.now,
    current: stagesOf(old.current as Record<string, OldStage | undefined>),
    ideal: old.ideal ? stagesOf(old.ideal as Record<string, OldStage | undefined>) : null,
    interventions: (old.interventions ?? [])
      .filter((rule) => options.stageIds.includes(rule.stage))
      .map((rule, i) => ({ id: `rule-${i + 1}`, ...pickRule(rule) })),
  };
}

const pickRule = (rule: { stage: string; signal: string; action: string; within: string }) => ({
  stage: rule.stage,
  signal: rule.signal,
  action: rule.action,
  within: rule.within,
});

/** A file of any known version → a map in the current format; version 1 is migrated, never refused for its age. */
export function parseAnyVersion(data: unknown, options: ParseOptions): ParseResult {
  if (versionOf(data) !== 1) return parseMap(data, options);
  // Stages this site does not have are read too, then kept aside by parseMap, never dropped.
  const stageIds = [...options.stageIds, ...otherStageIds(data, options.stageIds)];
  const old = v1Schema(stageIds).safeParse(data);
  if (!old.success) return { ok: false, problems: problemsOf(old.error) };
  const current = parseMap(migrateV1(old.data, { ...options, stageIds }), options);
  return current.ok ? { ...current, migratedFrom: 1 } : current;
}

// Short enough that the item ids made from it (stage, lane, place) stay within 64 characters.
const stageIdPattern = /^[a-z0-9][a-z0-9_-]{0,31}$/;

/** Stage ids a version 1 file uses (as keys of its versions, or in rules) that this site does not have. */
function otherStageIds(data: unknown, known: readonly string[]): string[] {
  const file = data as { current?: unknown; ideal?: unknown; interventions?: unknown };
  const keysOf = (value: unknown): string[] =>
    typeof value === "object" && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
  const ruleStages = Array.isArray(file.interventions)
    ? file.interventions.map((rule: unknown) => (rule as { stage?: unknown } | null)?.stage)
    : [];
  const ids = [...keysOf(file.current), ...keysOf(file.ideal), ...ruleStages].filter(
    (id): id is string => typeof id === "string" && stageIdPattern.test(id) && !known.includes(id),
  );
  return [...new Set(ids)];
}
