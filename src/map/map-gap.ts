// The gap between the current and the ideal journey, per stage and lane. Pure.
// Items are matched by id: "Start the ideal map" copies the current map with the same ids, so an
// item whose id is in both but whose text differs was changed, not removed and added.
import { itemLanes, type ItemLane, type MapItem, type MapVersion, type Touchpoint, type Verdict } from "./map-model.ts";

export interface LaneGap {
  lane: ItemLane;
  added: string[];
  removed: string[];
  changed: { from: string; to: string }[];
}

export interface StageGap {
  stage: string;
  /** Scores before and after, when they differ. */
  emotion: { from: number | null; to: number | null } | null;
  /** Touchpoints whose audit verdict differs between the two versions. */
  verdicts: { text: string; from: Verdict | null; to: Verdict | null }[];
  /** Only lanes with at least one difference. */
  lanes: LaneGap[];
}

function laneGap(lane: ItemLane, current: readonly MapItem[], ideal: readonly MapItem[]): LaneGap {
  const before = new Map(current.map((item) => [item.id, item]));
  const after = new Map(ideal.map((item) => [item.id, item]));
  return {
    lane,
    added: ideal.filter((item) => !before.has(item.id)).map((item) => item.text),
    removed: current.filter((item) => !after.has(item.id)).map((item) => item.text),
    changed: ideal.flatMap((item) => {
      const old = before.get(item.id);
      return old && old.text !== item.text ? [{ from: old.text, to: item.text }] : [];
    }),
  };
}

const hasDifference = (gap: LaneGap): boolean => gap.added.length + gap.removed.length + gap.changed.length > 0;

function verdictChanges(current: readonly Touchpoint[], ideal: readonly Touchpoint[]): StageGap["verdicts"] {
  const before = new Map(current.map((item) => [item.id, item]));
  return ideal.flatMap((item) => {
    const old = before.get(item.id);
    return old && old.verdict !== item.verdict ? [{ text: item.text, from: old.verdict, to: item.verdict }] : [];
  });
}

/** One entry per stage of the current version, in order; a stage with no difference has empty lists. */
export function gapOf(current: MapVersion, ideal: MapVersion): StageGap[] {
  return current.stages.map((stage) => {
    const target = ideal.stages.find((entry) => entry.stage === stage.stage);
    if (!target) return { stage: stage.stage, emotion: null, verdicts: [], lanes: [] };
    return {
      stage: stage.stage,
      emotion: stage.emotion === target.emotion ? null : { from: stage.emotion, to: target.emotion },
      verdicts: verdictChanges(stage.touchpoints, target.touchpoints),
      lanes: itemLanes.map((lane) => laneGap(lane, stage[lane], target[lane])).filter(hasDifference),
    };
  });
}

/** How many differences a gap holds in total (added, removed, changed items; scores; verdicts). */
export function gapSize(gap: readonly StageGap[]): number {
  return gap.reduce(
    (sum, stage) =>
      sum +
      (stage.emotion ? 1 : 0) +
      stage.verdicts.length +
      stage.lanes.reduce((n, lane) => n + lane.added.length + lane.removed.length + lane.changed.length, 0),
    0,
  );
}
