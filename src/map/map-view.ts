// Everything the worksheet shows besides the grid itself, as plain strings: the curve, the audit,
// the gap and the exports. Pure, so the words are tested without a browser.
import { pluralRules } from "../funnel/locale.ts";
import { curveOf, type Curve } from "./map-curve.ts";
import { gapOf, gapSize } from "./map-gap.ts";
import {
  auditOf,
  formatEmotion,
  isEmptyMap,
  laneInfo,
  verdictNames,
  verdicts,
  type JourneyMap,
  type Verdict,
  type Which,
} from "./map-model.ts";

export interface ViewStage {
  id: string;
  name: string;
}

export interface AuditGroup {
  key: Verdict | "undecided" | "add";
  heading: string;
  entries: { id: string; text: string; stage: string }[];
}

export interface GapStage {
  stage: string;
  name: string;
  lines: { key: string; text: string }[];
}

export interface MapView {
  empty: boolean;
  curve: Curve;
  audit: AuditGroup[];
  auditSummary: string;
  gap: GapStage[];
  gapSummary: string;
}

const plural = pluralRules();
export const countOf = (n: number, one: string, many: string): string =>
  `${n} ${plural.select(n) === "one" ? one : many}`;

const quote = (text: string): string => `“${text}”`;

function auditView(
  map: JourneyMap,
  which: Which,
  stages: readonly ViewStage[],
): { groups: AuditGroup[]; summary: string } {
  const version = map[which] ?? map.current;
  const audit = auditOf(version);
  const nameOf = (id: string) => stages.find((stage) => stage.id === id)?.name ?? id;
  const entries = (list: { id: string; text: string; stage: string }[]) =>
    list.map((entry) => ({ id: entry.id, text: entry.text, stage: nameOf(entry.stage) }));
  const groups: AuditGroup[] = [
    ...verdicts.map((verdict) => ({
      key: verdict,
      heading: `${verdictNames[verdict]}: ${countOf(audit.groups[verdict].length, "touchpoint", "touchpoints")}`,
      entries: entries(audit.groups[verdict]),
    })),
    {
      key: "undecided" as const,
      heading: `No verdict yet: ${countOf(audit.groups.undecided.length, "touchpoint", "touchpoints")}`,
      entries: entries(audit.groups.undecided),
    },
    {
      key: "add" as const,
      heading: `To add: ${countOf(audit.toAdd.length, "touchpoint", "touchpoints")}`,
      entries: entries(audit.toAdd),
    },
  ];
  const total = version.stages.reduce((n, stage) => n + stage.touchpoints.length, 0);
  const decided = total - audit.groups.undecided.length;
  const summary =
    total === 0
      ? "No touchpoints yet. Add them in the Touchpoints row, then give each a verdict."
      : `${decided} of ${countOf(total, "touchpoint", "touchpoints")} have a verdict.`;
  return { groups, summary };
}

function gapView(map: JourneyMap, which: Which, stages: readonly ViewStage[]): { stages: GapStage[]; summary: string } {
  if (!map.ideal) return { stages: [], summary: "" };
  const gap = gapOf(map.current, map.ideal);
  const size = gapSize(gap);
  const view = gap.map((stage) => {
    const lines: string[] = [];
    if (stage.emotion)
      lines.push(
        `How they feel: ${formatEmotion(stage.emotion.from)} now, ${formatEmotion(stage.emotion.to)} in the ideal`,
      );
    for (const lane of stage.lanes) {
      const name = laneInfo[lane.lane].name;
      for (const text of lane.added) lines.push(`${name}: add ${quote(text)}`);
      for (const text of lane.removed) lines.push(`${name}: remove ${quote(text)}`);
      for (const change of lane.changed) lines.push(`${name}: change ${quote(change.from)} to ${quote(change.to)}`);
    }
    for (const change of stage.verdicts)
      lines.push(
        `Verdict for ${quote(change.text)}: ${change.from ? verdictNames[change.from] : "none"} now, ${change.to ? verdictNames[change.to] : "none"} in the ideal`,
      );
    if (lines.length === 0) lines.push("No change planned at this stage.");
    return {
      stage: stage.stage,
      name: stages.find((entry) => entry.id === stage.stage)?.name ?? stage.stage,
      lines: lines.map((text, i) => ({ key: `${stage.stage}-${i}`, text })),
    };
  });
  const summary =
    size === 0
      ? `The ideal map is still the same as the current one. ${which === "ideal" ? "Change" : "Switch to it and change"} what you want to be different.`
      : `${countOf(size, "change", "changes")} between the current and the ideal journey.`;
  return { stages: view, summary };
}

export function buildMapView(map: JourneyMap, which: Which, stages: readonly ViewStage[]): MapView {
  const shown = map[which] ?? map.current;
  const audit = auditView(map, which, stages);
  const gap = gapView(map, which, stages);
  return {
    empty: isEmptyMap(map),
    curve: curveOf(
      shown,
      stages.map((stage) => stage.name),
    ),
    audit: audit.groups,
    auditSummary: audit.summary,
    gap: gap.stages,
    gapSummary: gap.summary,
  };
}
