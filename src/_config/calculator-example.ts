// The calculator's worked example, worked out at build time by the same code the browser runs,
// so readers without JavaScript still see real numbers and the fix-first answer.
import stages from "../../_data/stages.json" with { type: "json" };
import { buildView } from "../calculator/calculator-view.ts";
import { exampleCounts, exampleLabels } from "../calculator/example.ts";
import { emptyState } from "../calculator/url-state.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

export default function calculatorExamplePlugin(eleventyConfig: EleventyConfig): void {
  const targets = stages.slice(1).map((stage) => String((stage.targetRate ?? 0) * 100));
  const state = { ...emptyState(stages.map((s) => s.id), targets), counts: exampleCounts, labels: exampleLabels };
  eleventyConfig.addGlobalData("calculatorExample", () => ({ counts: exampleCounts, labels: exampleLabels, view: buildView(state, stages) }));
}
