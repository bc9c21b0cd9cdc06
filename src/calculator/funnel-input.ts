// Turns what a person typed into numbers, or into a message that says what to type instead. Pure.

export const maxCount = 1e9;

export type CountProblem = "empty" | "not-a-number" | "negative" | "fraction" | "too-large";

export type Parsed<T, P extends string> = { ok: true; value: T } | { ok: false; problem: P; message: string };

/** Digits with optional thousands separators ("1,000" or "1 000"), an optional sign and decimals. */
const numberPattern = /^[-+]?(\d{1,3}([,\u00a0 ]\d{3})+|\d+)?(\.\d+)?$/;

function toNumber(raw: string): number | null {
  const text = raw.trim();
  if (text === "" || !numberPattern.test(text) || !/\d/.test(text)) return null;
  return Number(text.replace(/[,\u00a0 ]/g, ""));
}

/** A count of people: a whole number from 0 to a billion. `stageName` makes the message specific. */
export function parseCount(raw: string, stageName: string): Parsed<number, CountProblem> {
  if (raw.trim() === "") {
    return { ok: false, problem: "empty", message: `Enter how many people reached ${stageName}. Use 0 if nobody did.` };
  }
  const value = toNumber(raw);
  if (value === null || !Number.isFinite(value)) {
    return { ok: false, problem: "not-a-number", message: `“${shorten(raw)}” is not a number. Use digits only, such as 250.` };
  }
  if (value < 0) return { ok: false, problem: "negative", message: "A count can't be below zero. Use 0 if nobody reached this stage." };
  if (!Number.isInteger(value)) {
    return { ok: false, problem: "fraction", message: `Count whole people: ${Math.floor(value)} or ${Math.ceil(value)}, not ${value}.` };
  }
  if (value > maxCount) return { ok: false, problem: "too-large", message: "That is more than a billion people. Check for an extra zero." };
  return { ok: true, value };
}

export type OptionalProblem = "not-a-number" | "negative" | "too-large";

/** An optional money amount: empty means "not given". */
export function parseMoney(raw: string): Parsed<number | undefined, OptionalProblem> {
  if (raw.trim() === "") return { ok: true, value: undefined };
  const value = toNumber(raw);
  if (value === null) return { ok: false, problem: "not-a-number", message: `“${shorten(raw)}” is not an amount. Use digits only, such as 90 or 1,200.` };
  if (value < 0) return { ok: false, problem: "negative", message: "A price can't be below zero." };
  if (value > maxCount) return { ok: false, problem: "too-large", message: "That amount is over a billion. Check for an extra zero." };
  return { ok: true, value };
}

export type TargetProblem = "empty" | "not-a-number" | "out-of-range";

/** A target rate typed as a percentage ("50" or "50%"), returned as a fraction in (0, 1]. */
export function parseTargetPercent(raw: string): Parsed<number, TargetProblem> {
  const text = raw.trim().replace(/%$/, "").trim();
  if (text === "") return { ok: false, problem: "empty", message: "Enter a target between 0.1% and 100%." };
  const value = toNumber(text);
  if (value === null) return { ok: false, problem: "not-a-number", message: `“${shorten(raw)}” is not a percentage. Type a number such as 25.` };
  if (value <= 0 || value > 100) return { ok: false, problem: "out-of-range", message: "A target must be above 0% and at most 100%." };
  return { ok: true, value: value / 100 };
}

/** The goal back-solve's "continuing clients wanted": empty means no goal. */
export function parseGoal(raw: string): Parsed<number | undefined, CountProblem> {
  if (raw.trim() === "") return { ok: true, value: undefined };
  const parsed = parseCount(raw, "your goal");
  return parsed.ok ? { ok: true, value: parsed.value } : parsed;
}

/** Long or odd input is echoed back short, so a message never swamps the page. */
function shorten(raw: string): string {
  const text = raw.trim();
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}
