// The calculator's state <-> a URL query (and the same object in localStorage). Pure.
// Everything decoded is untrusted: values stay strings, shown with textContent and never as HTML,
// so "<3 sessions" is kept as typed. Only control characters go, and a hard cap (far above what
// the form accepts, so the form's own message explains an over-long value) stops abuse.
import { defaultRoleIds, type RoleIds, type RoleStage } from "./money-roles.ts";
import { shorten, stripControls } from "./text.ts";

export interface CalculatorState {
  /** What the person typed for each stage's count, as typed (so a bad value is never lost). */
  counts: string[];
  /** Their own names for each stage, such as "Watched workshop replay"; "" means the stage name. */
  labels: string[];
  /** Target for each step 1…4, as a percentage string such as "50". */
  targets: string[];
  /** The stage id of the first payment, or "" when no stage is paid. */
  paid: string;
  /** What one person pays at the paid stage, as typed. */
  price: string;
  /** The stage id that counts continuing clients, or "" when none does. */
  continuing: string;
  /** What one continuing client is worth in all, as typed. */
  value: string;
  currency: string;
  goal: string;
  /**
   * The saved period each target was taken from ("Use my best month as targets"), by the id of the
   * stage the step leads into. A target typed over loses its entry. Absent means none.
   */
  targetPeriods?: Record<string, string>;
}

export const currencies = ["GBP", "USD", "EUR", "AUD", "CAD", "NZD"] as const;
/** Caps on what a link or storage may carry; the form's own limits are lower and come with a message. */
const maxValueLength = 64;
const maxLabelLength = 200;
/** A saved period's name is at most 60 characters (period-model.ts); a little room above that. */
const maxPeriodNameLength = 80;

/** The default target of each step, from stages.json, as the percentage text the inputs show ("50"). */
export function defaultTargetPercents(stages: readonly { targetRate: number | null }[]): string[] {
  return stages.slice(1).map((stage) => String(Math.round((stage.targetRate ?? 0) * 1000) / 10));
}

export function emptyState(
  stageIds: readonly string[],
  defaultTargets: readonly string[],
  roles: RoleIds = { paid: "", continuing: "" },
): CalculatorState {
  return {
    counts: stageIds.map(() => ""),
    labels: stageIds.map(() => ""),
    targets: [...defaultTargets],
    paid: roles.paid,
    price: "",
    continuing: roles.continuing,
    value: "",
    currency: "GBP",
    goal: "",
  };
}

/** The empty state for a stage list: its targets and money roles as stages.json sets them. */
export function calculatorDefaults(stages: readonly (RoleStage & { targetRate: number | null })[]): CalculatorState {
  return emptyState(
    stages.map((stage) => stage.id),
    defaultTargetPercents(stages),
    defaultRoleIds(stages),
  );
}

/**
 * Links and stored states from before the roles could move (v2: `price_decision`, `value_retention`)
 * priced the stages with these ids, whatever their position: that is what those links mean.
 */
export const legacyRoles: RoleIds = { paid: "decision", continuing: "retention" };

/** A role's stage id as read: a stage of this journey or "" (none); anything else takes the default. */
const roleId = (value: string | null | undefined, stageIds: readonly string[], fallback: string): string =>
  typeof value === "string" && (value === "" || stageIds.includes(value)) ? value : fallback;

// Control characters never belong in a count or label; cutting is by grapheme, so no emoji is split.
const clean = (value: string, max: number): string => shorten(stripControls(value), max);

/** Only what differs from the defaults goes into the link, so shared links stay short. */
export function encodeState(state: CalculatorState, stageIds: readonly string[], defaults: CalculatorState): string {
  const query = new URLSearchParams();
  stageIds.forEach((id, i) => {
    if (state.counts[i]) query.set(id, state.counts[i] ?? "");
  });
  stageIds.forEach((id, i) => {
    if (state.labels[i]) query.set(`label_${id}`, state.labels[i] ?? "");
  });
  stageIds.slice(1).forEach((id, i) => {
    if (state.targets[i] !== defaults.targets[i]) query.set(`target_${id}`, state.targets[i] ?? "");
  });
  // A price goes with the stage that earns it, so the link means the same wherever it is opened.
  if (state.price || state.paid !== defaults.paid) query.set("paid", state.paid);
  if (state.price) query.set("price", state.price);
  if (state.value || state.continuing !== defaults.continuing) query.set("continuing", state.continuing);
  if (state.value) query.set("value", state.value);
  if (state.currency !== defaults.currency) query.set("currency", state.currency);
  if (state.goal) query.set("goal", state.goal);
  stageIds.slice(1).forEach((id) => {
    const period = state.targetPeriods?.[id];
    if (period) query.set(`target_from_${id}`, period);
  });
  return query.toString();
}

/** Every query key the calculator owns; any other (utm_source…) belongs to someone else and is kept. */
export function stateKeys(stageIds: readonly string[]): Set<string> {
  return new Set([
    ...stageIds,
    ...stageIds.map((id) => `label_${id}`),
    ...stageIds.slice(1).map((id) => `target_${id}`),
    ...stageIds.slice(1).map((id) => `target_from_${id}`),
    "paid",
    "price",
    "continuing",
    "value",
    "price_decision",
    "value_retention",
    "currency",
    "goal",
  ]);
}

/** The page's query with the calculator's part replaced by `ours`, every other parameter kept in place. */
export function mergeQuery(currentSearch: string, ours: string, stageIds: readonly string[]): string {
  const known = stateKeys(stageIds);
  const merged = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(currentSearch)) if (!known.has(key)) merged.append(key, value);
  for (const [key, value] of new URLSearchParams(ours)) merged.append(key, value);
  return merged.toString();
}

/** Reads a query string; returns null when it carries no calculator state at all. */
export function decodeState(
  search: string,
  stageIds: readonly string[],
  defaults: CalculatorState,
): CalculatorState | null {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return null;
  }
  const known = stateKeys(stageIds);
  if (![...query.keys()].some((key) => known.has(key))) return null;
  const read = (key: string, fallback: string, max = maxValueLength): string => {
    const value = query.get(key);
    return value === null ? fallback : clean(value, max);
  };
  const currency = read("currency", defaults.currency);
  const oldPrice = query.get("price_decision");
  const oldValue = query.get("value_retention");
  return {
    counts: stageIds.map((id, i) => read(id, defaults.counts[i] ?? "")),
    labels: stageIds.map((id, i) => read(`label_${id}`, defaults.labels[i] ?? "", maxLabelLength)),
    targets: stageIds.slice(1).map((id, i) => read(`target_${id}`, defaults.targets[i] ?? "")),
    paid: roleId(query.get("paid") ?? (oldPrice === null ? null : legacyRoles.paid), stageIds, defaults.paid),
    price: read("price", oldPrice === null ? "" : clean(oldPrice, maxValueLength)),
    continuing: roleId(
      query.get("continuing") ?? (oldValue === null ? null : legacyRoles.continuing),
      stageIds,
      defaults.continuing,
    ),
    value: read("value", oldValue === null ? "" : clean(oldValue, maxValueLength)),
    currency: (currencies as readonly string[]).includes(currency) ? currency : defaults.currency,
    goal: read("goal", ""),
    ...periodsByStage(
      stageIds,
      stageIds.map((id) => query.get(`target_from_${id}`)),
    ),
  };
}

/**
 * Only the steps' own stage ids, only non-empty names, cleaned like any other text, in a fresh
 * object; nothing at all when no target came from a saved period, so older states stay as they were.
 */
function periodsByStage(
  stageIds: readonly string[],
  names: readonly unknown[],
): { targetPeriods?: Record<string, string> } {
  const periods: Record<string, string> = {};
  stageIds.forEach((id, i) => {
    const name = names[i];
    if (i > 0 && typeof name === "string" && name.trim() !== "") periods[id] = clean(name, maxPeriodNameLength);
  });
  return Object.keys(periods).length ? { targetPeriods: periods } : {};
}

/** Same rules for a state read back from localStorage (it could be stale or edited by hand). */
export function reviveState(
  stored: unknown,
  stageIds: readonly string[],
  defaults: CalculatorState,
): CalculatorState | null {
  if (typeof stored !== "object" || stored === null) return null;
  const s = stored as Partial<Record<keyof CalculatorState, unknown>>;
  const list = (value: unknown, length: number, fallback: readonly string[], max = maxValueLength): string[] =>
    Array.from({ length }, (_, i) => {
      const item = Array.isArray(value) ? value[i] : undefined;
      return typeof item === "string" ? clean(item, max) : (fallback[i] ?? "");
    });
  const text = (value: unknown, fallback: string): string =>
    typeof value === "string" ? clean(value, maxValueLength) : fallback;
  const currency = text(s.currency, defaults.currency);
  // A state stored before the roles could move holds priceDecision/valueRetention (see legacyRoles).
  const old = stored as { priceDecision?: unknown; valueRetention?: unknown };
  const oldPrice = typeof old.priceDecision === "string" && old.priceDecision !== "";
  const oldValue = typeof old.valueRetention === "string" && old.valueRetention !== "";
  return {
    counts: list(s.counts, stageIds.length, defaults.counts),
    labels: list(s.labels, stageIds.length, defaults.labels, maxLabelLength),
    targets: list(s.targets, stageIds.length - 1, defaults.targets),
    paid: roleId(typeof s.paid === "string" ? s.paid : oldPrice ? legacyRoles.paid : null, stageIds, defaults.paid),
    price: text(s.price, oldPrice ? text(old.priceDecision, "") : ""),
    continuing: roleId(
      typeof s.continuing === "string" ? s.continuing : oldValue ? legacyRoles.continuing : null,
      stageIds,
      defaults.continuing,
    ),
    value: text(s.value, oldValue ? text(old.valueRetention, "") : ""),
    currency: (currencies as readonly string[]).includes(currency) ? currency : defaults.currency,
    goal: text(s.goal, ""),
    ...periodsByStage(
      stageIds,
      stageIds.map((id) =>
        typeof s.targetPeriods === "object" && s.targetPeriods !== null && Object.hasOwn(s.targetPeriods, id)
          ? (s.targetPeriods as Record<string, unknown>)[id]
          : undefined,
      ),
    ),
  };
}
