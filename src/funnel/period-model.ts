// A saved period: one month's (or launch's) funnel, kept in this browser for comparing later.
// Pure: the zod schemas for a stored period and for a backup file, the default name, and the
// step from a calculator state to a period and back. zod/mini: the same validation as zod, in
// a fraction of the bytes, because it is only what the browser uses that gets bundled.
import * as z from "zod/mini";
import stages from "../../_data/stages.json" with { type: "json" };
import { analyzeFunnel } from "./funnel.ts";
import { maxCount, parseClientValue, parseCount, parseMoney, parseTargetPercent } from "./funnel-input.ts";
import { defaultPeriodName } from "./period-name.ts";
import { calculatorDefaults, currencies, encodeState, legacyRoles, type CalculatorState } from "./url-state.ts";
import { roleStages, type RoleIds } from "./money-roles.ts";

export const stageIds = stages.map((stage) => stage.id);
export const stageNames = stages.map((stage) => stage.name);
export const backupVersion = 1;
export const maxPeriodName = 60;
export const maxNote = 500;
/** A backup with more than this is not one a coach made by hand: refuse it rather than hang. */
export const maxPeriods = 5000;

const stepCount = stageIds.length - 1;
const count = z.number().check(z.int(), z.minimum(0), z.maximum(maxCount));
const text = (max: number) => z.string().check(z.maxLength(max));
const money = z.nullable(z.number().check(z.minimum(0), z.maximum(maxCount)));

export const periodSchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  name: z.string().check(z.minLength(1), z.maxLength(maxPeriodName)),
  savedAt: z.iso.datetime(),
  note: text(maxNote),
  counts: z.array(count).check(z.length(stageIds.length)),
  labels: z.array(text(60)).check(z.length(stageIds.length)),
  targets: z.array(z.number().check(z.positive(), z.maximum(1))).check(z.length(stepCount)),
  // `decision` is the first payment's price and `retention` a continuing client's value (names kept from
  // the first stored format); `paid` and `continuing` name their stages. A period saved before the roles
  // could move has no stage ids: it priced the legacy stages, as its calculator did.
  prices: z.strictObject({
    decision: money,
    retention: money,
    currency: z.enum(currencies),
    paid: z.optional(z.string().check(z.maxLength(64))),
    continuing: z.optional(z.string().check(z.maxLength(64))),
  }),
});

export type SavedPeriod = z.infer<typeof periodSchema>;

export const backupSchema = z.strictObject({
  version: z.literal(backupVersion),
  periods: z.array(periodSchema).check(
    z.maxLength(maxPeriods),
    z.refine((periods) => new Set(periods.map((p) => p.id)).size === periods.length, {
      message: "two periods share one id",
    }),
  ),
});

export { defaultPeriodName };

/** Oldest first; equal times by id, so the order (and a backup's bytes) never depends on storage. */
export function sortPeriods(periods: readonly SavedPeriod[]): SavedPeriod[] {
  return [...periods].sort((a, b) =>
    a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

export function newPeriodId(random: () => number = Math.random): string {
  return Array.from({ length: 16 }, () => "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(random() * 36)]).join("");
}

export const defaultTargets = stages.slice(1).map((stage) => stage.targetRate ?? 1);

export type FromState = { ok: true; period: SavedPeriod } | { ok: false; problems: string[] };

/** The calculator's current inputs as a period; bad counts are named instead of saved. */
export function periodFromState(
  state: CalculatorState,
  details: { id: string; name: string; note: string; savedAt: Date },
): FromState {
  const labels = stageNames.map((name, i) => (state.labels[i] ?? "").trim() || name);
  const problems: string[] = [];
  const counts = stageNames.map((_, i) => {
    const parsed = parseCount(state.counts[i] ?? "", labels[i] ?? "");
    if (parsed.ok) return parsed.value;
    problems.push(`${labels[i]}: ${parsed.message}`);
    return 0;
  });
  if (problems.length > 0) return { ok: false, problems };
  const targets = defaultTargets.map((fallback, i) => {
    const parsed = parseTargetPercent(state.targets[i] ?? "");
    return parsed.ok ? parsed.value : fallback;
  });
  const price = (raw: string, parse = parseMoney) => {
    const parsed = parse(raw, state.currency);
    return parsed.ok && parsed.value !== undefined ? parsed.value : null;
  };
  const currency = (currencies as readonly string[]).includes(state.currency)
    ? (state.currency as SavedPeriod["prices"]["currency"])
    : "GBP";
  const candidate = {
    id: details.id,
    name: details.name.trim().slice(0, maxPeriodName) || defaultPeriodName(details.savedAt),
    savedAt: details.savedAt.toISOString(),
    note: details.note.trim().slice(0, maxNote),
    counts,
    labels: stageNames.map((_, i) => (state.labels[i] ?? "").trim().slice(0, 60)),
    targets,
    prices: {
      decision: price(state.price),
      retention: price(state.value, parseClientValue),
      currency,
      paid: state.paid,
      continuing: state.continuing,
    },
  };
  const checked = periodSchema.safeParse(candidate);
  return checked.success
    ? { ok: true, period: checked.data }
    : { ok: false, problems: [describeIssues(checked.error.issues)] };
}

/** The stages a period's money was earned at (see the schema's note on older periods). */
export function periodRoles(period: SavedPeriod): RoleIds {
  return {
    paid: period.prices.paid ?? legacyRoles.paid,
    continuing: period.prices.continuing ?? legacyRoles.continuing,
  };
}

/** The calculator link that opens a period with all its numbers. */
export function calculatorLink(period: SavedPeriod): string {
  const defaults = calculatorDefaults(stages);
  const state: CalculatorState = {
    ...defaults,
    counts: period.counts.map(String),
    labels: [...period.labels],
    targets: period.targets.map((t) => String(Number((t * 100).toFixed(6)))),
    ...periodRoles(period),
    price: period.prices.decision === null ? "" : String(period.prices.decision),
    value: period.prices.retention === null ? "" : String(period.prices.retention),
    currency: period.prices.currency,
  };
  return `/calculator/?${encodeState(state, stageIds, defaults)}`;
}

export interface PeriodSummary {
  /** n_last / n_0, or null without anybody at the start. */
  overall: number | null;
  /** The calculator's fix-first step (1…) for this period, "reach", or null when there is none. */
  fixFirst: number | "reach" | null;
}

export function summarisePeriod(period: SavedPeriod): PeriodSummary {
  const prices = {
    ...(period.prices.decision !== null ? { price: period.prices.decision } : {}),
    ...(period.prices.retention !== null ? { value: period.prices.retention } : {}),
  };
  const money = roleStages(stageIds, periodRoles(period));
  const analysis = analyzeFunnel({ counts: period.counts, targets: period.targets, prices, money });
  const fix = analysis.fixFirst;
  const n0 = period.counts[0] ?? 0;
  return {
    overall: n0 > 0 ? (period.counts[period.counts.length - 1] ?? 0) / n0 : null,
    fixFirst: "step" in fix && typeof fix.step === "number" ? fix.step : fix.kind === "reach" ? "reach" : null,
  };
}

/** zod's issues as one sentence a coach can act on (the path in words, what was expected). */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const issue = issues[0];
  if (!issue) return "The file could not be read.";
  const where = issue.path
    .map((part, i) =>
      typeof part === "number"
        ? issue.path[i - 1] === "periods"
          ? `period ${part + 1}`
          : `item ${part + 1}`
        : String(part),
    )
    .filter((part) => part !== "periods")
    .join(", ");
  const what =
    issue.code === "unrecognized_keys"
      ? `has a field it does not expect (${issue.keys.map((key) => `“${key.slice(0, 30)}”`).join(", ")})`
      : issue.code === "invalid_type"
        ? `should be ${issue.expected === "array" ? "a list" : issue.expected === "object" ? "a group of fields" : `a ${issue.expected}`}`
        : issue.code === "too_big" || issue.code === "too_small"
          ? `is ${issue.code === "too_big" ? "too large or too long" : "too small or too short"}`
          : issue.code === "invalid_value"
            ? "has a value that is not allowed"
            : issue.message && issue.message !== "Invalid input"
              ? `is wrong: ${issue.message}`
              : "is not in the right form";
  return `${where ? `In ${where}, the value` : "The file"} ${what}.`;
}
