// A comparison as a link: /calculator/compare/?before=1000,300,40,12,5&after=1200,330,52,15,6
// &before_name=October&after_name=November. Counts are in stage order. Pure.
// A link is untrusted: each value goes through the calculator's own count parser, names are cut
// short and stripped of control characters, and a bad value gets its own message, never a guess.
import { parseCount } from "../funnel/funnel-input.ts";

export interface LinkPeriod {
  name: string;
  /** The values as written in the link, so a bad one can be quoted back. */
  raw: string[];
}

export interface DecodedLink {
  before: LinkPeriod;
  after: LinkPeriod;
  /** Whole-number counts a side, or null while any value on that side is bad. */
  beforeCounts: number[] | null;
  afterCounts: number[] | null;
  /** One message per problem, naming the period and the stage. Empty when the link is good. */
  problems: string[];
}

export const maxNameLength = 60;
const maxValueLength = 32;
export const defaultNames = { before: "Before", after: "After" } as const;

/** Names are shown as text, but control characters and angle brackets never belong in one. */
export const cleanName = (value: string): string =>
  value
    .replace(/[\u0000-\u001f\u007f<>]/g, "")
    .trim()
    .slice(0, maxNameLength);

export function encodeComparisonLink(
  before: { name: string; counts: readonly number[] },
  after: { name: string; counts: readonly number[] },
): string {
  const query = new URLSearchParams();
  query.set("before", before.counts.join(","));
  query.set("after", after.counts.join(","));
  query.set("before_name", cleanName(before.name));
  query.set("after_name", cleanName(after.name));
  return query.toString();
}

/** Reads a query string; null when it carries no comparison at all (neither before nor after). */
export function decodeComparisonLink(search: string, stageNames: readonly string[]): DecodedLink | null {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return null;
  }
  if (!query.has("before") && !query.has("after")) return null;
  const problems: string[] = [];
  const read = (side: "before" | "after"): { period: LinkPeriod; counts: number[] | null } => {
    const name = cleanName(query.get(`${side}_name`) ?? "") || defaultNames[side];
    const value = query.get(side);
    const label = `${side === "before" ? "Before" : "After"} (${name})`;
    if (value === null || value.trim() === "") {
      problems.push(
        `${label}: the link has no counts. It needs ${stageNames.length}, one per stage (${stageNames.join(", ")}), separated by commas.`,
      );
      return { period: { name, raw: [] }, counts: null };
    }
    const raw = value.split(",").map((part) => part.replace(/[\u0000-\u001f\u007f<>]/g, "").slice(0, maxValueLength));
    if (raw.length !== stageNames.length) {
      problems.push(
        `${label}: the link has ${raw.length} ${raw.length === 1 ? "count" : "counts"}, but it needs ${stageNames.length}, one per stage (${stageNames.join(", ")}).`,
      );
      return { period: { name, raw }, counts: null };
    }
    const counts: number[] = [];
    let ok = true;
    raw.forEach((text, i) => {
      const stage = stageNames[i] ?? `stage ${i + 1}`;
      const parsed = parseCount(text, stage);
      if (parsed.ok) counts.push(parsed.value);
      else {
        ok = false;
        problems.push(`${label}, ${stage}: ${parsed.message}`);
      }
    });
    return { period: { name, raw }, counts: ok ? counts : null };
  };
  const before = read("before");
  const after = read("after");
  return {
    before: before.period,
    after: after.period,
    beforeCounts: before.counts,
    afterCounts: after.counts,
    problems,
  };
}
