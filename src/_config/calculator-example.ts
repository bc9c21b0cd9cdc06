// The calculator's worked example, worked out at build time by the same code the browser runs,
// so readers without JavaScript still see real numbers and the fix-first answer.
import stages from "../../_data/stages.json" with { type: "json" };
import { buildView, stageAdvice } from "../calculator/calculator-view.ts";
import { exampleCounts, exampleLabels } from "../calculator/example.ts";
import { calculatorDefaults } from "../funnel/url-state.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

export default function calculatorExamplePlugin(eleventyConfig: EleventyConfig): void {
  const state = {
    ...calculatorDefaults(stages),
    counts: exampleCounts,
    labels: exampleLabels,
  };
  // Each stage's advice is written into the calculator page at build time, so the browser bundle carries none of it.
  eleventyConfig.addFilter("calculatorAdvice", stageAdvice);
  eleventyConfig.addGlobalData("calculatorExample", () => ({
    counts: exampleCounts,
    labels: exampleLabels,
    view: buildView(state, stages),
  }));
}
