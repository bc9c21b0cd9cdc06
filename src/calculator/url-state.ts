// The calculator's state <-> a URL query (and the same object in localStorage). Pure.
// Everything decoded is untrusted: values stay strings (shown with textContent, never as HTML),
// are cut to a sane length, and anything unknown is ignored.

export interface CalculatorState {
  /** What the person typed for each stage's count, as typed (so a bad value is never lost). */
  counts: string[];
  /** Their own names for each stage, such as "Watched workshop replay"; "" means the stage name. */
  labels: string[];
  /** Target for each step 1…4, as a percentage string such as "50". */
  targets: string[];
  priceDecision: string;
  valueRetention: string;
  currency: string;
  goal: string;
}

export const currencies = ["GBP", "USD", "EUR", "AUD", "CAD", "NZD"] as const;
const maxValueLength = 32;
const maxLabelLength = 60;

/** The default target of each step, from stages.json, as the percentage text the inputs show ("50"). */
export function defaultTargetPercents(stages: readonly { targetRate: number | null }[]): string[] {
  return stages.slice(1).map((stage) => String(Math.round((stage.targetRate ?? 0) * 1000) / 10));
}

export function emptyState(stageIds: readonly string[], defaultTargets: readonly string[]): CalculatorState {
  return {
    counts: stageIds.map(() => ""),
    labels: stageIds.map(() => ""),
    targets: [...defaultTargets],
    priceDecision: "",
    valueRetention: "",
    currency: "GBP",
    goal: "",
  };
}

// Control characters and angle brackets never belong in a count or label.
const clean = (value: string, max: number): string => value.replace(/[\u0000-\u001f\u007f<>]/g, "").slice(0, max);

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
  if (state.priceDecision) query.set("price_decision", state.priceDecision);
  if (state.valueRetention) query.set("value_retention", state.valueRetention);
  if (state.currency !== defaults.currency) query.set("currency", state.currency);
  if (state.goal) query.set("goal", state.goal);
  return query.toString();
}

/** Reads a query string; returns null when it carries no calculator state at all. */
export function decodeState(search: string, stageIds: readonly string[], defaults: CalculatorState): CalculatorState | null {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return null;
  }
  const known = new Set([
    ...stageIds,
    ...stageIds.map((id) => `label_${id}`),
    ...stageIds.slice(1).map((id) => `target_${id}`),
    "price_decision",
    "value_retention",
    "currency",
    "goal",
  ]);
  if (![...query.keys()].some((key) => known.has(key))) return null;
  const read = (key: string, fallback: string, max = maxValueLength): string => {
    const value = query.get(key);
    return value === null ? fallback : clean(value, max);
  };
  const currency = read("currency", defaults.currency);
  return {
    counts: stageIds.map((id, i) => read(id, defaults.counts[i] ?? "")),
    labels: stageIds.map((id, i) => read(`label_${id}`, defaults.labels[i] ?? "", maxLabelLength)),
    targets: stageIds.slice(1).map((id, i) => read(`target_${id}`, defaults.targets[i] ?? "")),
    priceDecision: read("price_decision", ""),
    valueRetention: read("value_retention", ""),
    currency: (currencies as readonly string[]).includes(currency) ? currency : defaults.currency,
    goal: read("goal", ""),
  };
}

/** Same rules for a state read back from localStorage (it could be stale or edited by hand). */
export function reviveState(stored: unknown, stageIds: readonly string[], defaults: CalculatorState): CalculatorState | null {
  if (typeof stored !== "object" || stored === null) return null;
  const s = stored as Partial<Record<keyof CalculatorState, unknown>>;
  const list = (value: unknown, length: number, fallback: readonly string[], max = maxValueLength): string[] =>
    Array.from({ length }, (_, i) => {
      const item = Array.isArray(value) ? value[i] : undefined;
      return typeof item === "string" ? clean(item, max) : (fallback[i] ?? "");
    });
  const text = (value: unknown, fallback: string): string => (typeof value === "string" ? clean(value, maxValueLength) : fallback);
  const currency = text(s.currency, defaults.currency);
  return {
    counts: list(s.counts, stageIds.length, defaults.counts),
    labels: list(s.labels, stageIds.length, defaults.labels, maxLabelLength),
    targets: list(s.targets, stageIds.length - 1, defaults.targets),
    priceDecision: text(s.priceDecision, ""),
    valueRetention: text(s.valueRetention, ""),
    currency: (currencies as readonly string[]).includes(currency) ? currency : defaults.currency,
    goal: text(s.goal, ""),
  };
}
