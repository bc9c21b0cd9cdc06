// The worksheet's lanes, verdicts and emotion scale for the templates, read from the map model
// itself, so the page, the blank worksheet and the browser code share one definition.
import {
  emotionScores,
  emotionWords,
  formatEmotion,
  itemLanes,
  laneInfo,
  verdictNames,
  verdicts,
} from "../map/map-model.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

export default function mapWorksheetPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData("mapWorksheet", () => ({
    lanes: itemLanes.map((id) => ({
      id,
      ...laneInfo[id],
      article: /^[aeiou]/i.test(laneInfo[id].singular) ? "an" : "a", // "an action", "a pain point"
    })),
    verdicts: verdicts.map((id) => ({ id, name: verdictNames[id] })),
    emotions: emotionScores.map((score) => ({
      value: String(score),
      label: `${formatEmotion(score)} ${emotionWords[String(score)]}`,
    })),
  }));
}
