// A map as CSV (one row per stage × lane item) and as a Mermaid `journey` diagram. Pure.
import { csvText } from "../funnel/csv-cell.ts";
import { itemLanes, laneInfo, verdictNames, type JourneyMap, type MapVersion, type Touchpoint } from "./map-model.ts";

export interface StageName {
  id: string;
  name: string;
}

const nameOf = (stages: readonly StageName[], id: string): string =>
  stages.find((stage) => stage.id === id)?.name ?? id;

/** Rows for both versions (the ideal only when started), stage by stage, lane by lane, in the page's order. */
export function mapCsv(map: JourneyMap, stages: readonly StageName[]): string {
  const rows: (string | number)[][] = [
    ["Version", "Stage", "Lane", "Position", "Text", "Verdict", "Stage emotion (-2 to +2)"],
  ];
  const versions: [string, MapVersion | null][] = [
    ["Current", map.current],
    ["Ideal", map.ideal],
  ];
  for (const [label, version] of versions) {
    if (!version) continue;
    for (const stage of version.stages) {
      for (const lane of itemLanes) {
        stage[lane].forEach((item, i) => {
          const verdict = lane === "touchpoints" ? (item as Touchpoint).verdict : null;
          rows.push([
            label,
            nameOf(stages, stage.stage),
            laneInfo[lane].name,
            i + 1,
            item.text,
            verdict ? verdictNames[verdict] : "",
            stage.emotion ?? "",
          ]);
        });
      }
    }
  }
  return csvText(rows);
}

/**
 * Mermaid's journey grammar ends a title, section or task at "#", ";" or a line break, and a task's
 * name at ":". Those characters are swapped for harmless ones, so typed text can't break the diagram.
 */
export function mermaidText(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/:/g, " -")
    .replace(/;/g, ",")
    .replace(/#/g, "no. ")
    .replace(/%%/g, "%")
    .replace(/\s+/g, " ")
    .trim();
}

/** Mermaid's 1–5 scale: the worksheet's −2…+2 plus 3; an unscored stage sits in the middle, and its section says why. */
export const mermaidScore = (emotion: number | null): number => (emotion ?? 0) + 3;

/**
 * A Mermaid `journey` diagram of one version: one section per stage, its touchpoints as tasks (or what
 * the client does, when no touchpoint is written), each at the stage's score, done by "Client".
 */
export function mapMermaid(title: string, version: MapVersion, stages: readonly StageName[]): string {
  const lines = ["journey", `  title ${mermaidText(title) || "Client journey"}`];
  for (const stage of version.stages) {
    const stageName = mermaidText(nameOf(stages, stage.stage)) || "Stage";
    const source = stage.touchpoints.length ? stage.touchpoints : stage.actions;
    const tasks = source.map((item) => mermaidText(item.text)).filter((text) => text !== "");
    // Mermaid needs a score for every task; an unscored stage says so, so its 3 doesn't read as "neutral".
    lines.push(`  section ${stageName}${stage.emotion === null ? " (not scored)" : ""}`);
    for (const task of tasks.length ? tasks : [stageName])
      lines.push(`    ${task}: ${mermaidScore(stage.emotion)}: Client`);
  }
  return `${lines.join("\n")}\n`;
}
