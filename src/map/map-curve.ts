// The emotion curve: where each stage's score sits on a small SVG, and the same in words. Pure.
import { emotionWords, formatEmotion, type MapVersion } from "./map-model.ts";

/** The SVG's coordinate box; the template draws the grid lines at these same places. */
export const curveBox = { width: 600, height: 170, top: 20, bottom: 150, left: 60, right: 540 };

export interface CurveDot {
  x: number;
  y: number;
  /** "hidden" for a stage without a score, so the template can hide its dot. */
  state: "scored" | "hidden";
}

export interface Curve {
  /** SVG polyline points through every scored stage, left to right. */
  points: string;
  dots: CurveDot[];
  /** The text equivalent, one sentence. */
  summary: string;
  scored: number;
}

/** y for a score: +2 at the top, −2 at the bottom. */
export const curveY = (score: number): number => curveBox.top + ((2 - score) / 4) * (curveBox.bottom - curveBox.top);

export const curveX = (index: number, count: number): number =>
  count <= 1
    ? (curveBox.left + curveBox.right) / 2
    : curveBox.left + (index / (count - 1)) * (curveBox.right - curveBox.left);

export function curveOf(version: MapVersion | null, stageNames: readonly string[]): Curve {
  const stages = version?.stages ?? [];
  const count = stageNames.length;
  const dots = stageNames.map((_, i): CurveDot => {
    const score = stages[i]?.emotion ?? null;
    return score === null
      ? { x: curveX(i, count), y: curveY(0), state: "hidden" }
      : { x: curveX(i, count), y: curveY(score), state: "scored" };
  });
  const points = dots
    .filter((dot) => dot.state === "scored")
    .map((dot) => `${dot.x},${dot.y}`)
    .join(" ");
  const scored = dots.filter((dot) => dot.state === "scored").length;
  const parts = stageNames.map((name, i) => {
    const score = stages[i]?.emotion ?? null;
    return score === null
      ? `${name} not scored yet`
      : `${name} ${formatEmotion(score)} (${emotionWords[String(score)]})`;
  });
  const summary =
    scored === 0
      ? "No stage has an emotion score yet. Choose one in the “How they feel” row."
      : `How the client feels, stage by stage: ${parts.join("; ")}.`;
  return { points, dots, summary, scored };
}
