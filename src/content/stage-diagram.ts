// The journey's stages drawn as a funnel, generated from stages.json. Pure: returns an SVG string.
import { countInWords } from "./count-words.ts";
import type { Stage } from "./stage-schema.ts";

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const funnelWidth = 320;
/** Room to the right of the funnel for the "this guide" marker, so it never has to fit inside a band. */
const markerRoom = 110;
const bandHeight = 40;
const gap = 6;
const topWidth = 300;
const bottomWidth = 130;

/**
 * A funnel of one band per stage, widest at the first. The current stage (if any) gets a thicker outline,
 * bold text and a "you are here" marker, so colour is never the only signal. Every other band is a
 * link to its stage's guide.
 */
export function stageDiagramSvg(
  stages: Pick<Stage, "id" | "name" | "question" | "guideUrl">[],
  currentId?: string,
): string {
  const shrink = (topWidth - bottomWidth) / stages.length;
  const height = stages.length * (bandHeight + gap) - gap;
  const current = stages.find((stage) => stage.id === currentId);
  const title = `The ${countInWords(stages.length)} stages of the client journey`;
  const description = current
    ? `${title}, from widest to narrowest: ${stages.map((s) => s.name).join(", ")}. This guide covers ${current.name}, stage ${stages.indexOf(current) + 1} of ${stages.length}.`
    : `${title}, from widest to narrowest: ${stages.map((s) => s.name).join(", ")}. Fewer people reach each stage than the one before.`;
  const bands = stages.map((stage, index) => {
    const y = index * (bandHeight + gap);
    const topHalf = (topWidth - shrink * index) / 2;
    const bottomHalf = (topWidth - shrink * (index + 1)) / 2;
    const centre = funnelWidth / 2;
    const points = [
      [centre - topHalf, y],
      [centre + topHalf, y],
      [centre + bottomHalf, y + bandHeight],
      [centre - bottomHalf, y + bandHeight],
    ]
      .map(([x, yy]) => `${x},${yy}`)
      .join(" ");
    const isCurrent = stage.id === currentId;
    const label = `${index + 1}. ${stage.name}`;
    const marker = isCurrent
      ? `<text class="stage-diagram__marker" x="${centre + topHalf + 8}" y="${y + bandHeight / 2}" dominant-baseline="central">◀ this guide</text>`
      : "";
    const band = `<g class="stage-diagram__band${isCurrent ? " stage-diagram__band--current" : ""}"><polygon points="${points}"/><text x="${centre}" y="${y + bandHeight / 2}" dominant-baseline="central" text-anchor="middle">${escapeXml(label)}</text>${marker}</g>`;
    // The name starts with the visible label, so speech input ("click 2. Consideration") finds it.
    return isCurrent
      ? band
      : `<a href="${escapeXml(stage.guideUrl)}" aria-label="${escapeXml(`${label} guide`)}">${band}</a>`;
  });
  const width = current ? funnelWidth + markerRoom : funnelWidth;
  return `<svg class="stage-diagram" viewBox="0 0 ${width} ${height}" role="group" aria-labelledby="stage-diagram-title" aria-describedby="stage-diagram-desc"><title id="stage-diagram-title">${escapeXml(title)}</title><desc id="stage-diagram-desc">${escapeXml(description)}</desc>${bands.join("")}</svg>`;
}
