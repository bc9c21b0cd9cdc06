// Triggered interventions: "If [signal] at [stage], then [action] within [time]". Pure.
import { withArticle } from "../funnel/text.ts";
import type { Intervention } from "./map-model.ts";

export interface StageFixes {
  id: string;
  name: string;
  problemType: string;
  fixes: readonly string[];
}

const blank = (text: string, placeholder: string): string => (text.trim() === "" ? placeholder : text.trim());

/** The rule as one sentence; an empty part shows as its [placeholder], so nothing reads as finished that isn't. */
export function ruleSentence(rule: Intervention, stageName: string): string {
  const action = blank(rule.action, "[action]").replace(/[.\s]+$/, "");
  return `If ${blank(rule.signal, "[signal]")} at ${stageName}, then ${action} within ${blank(rule.within, "[time]").replace(/[.\s]+$/, "")}.`;
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** A starting rule from one of a stage's fixes in stages.json, for the coach to adjust. */
export function starterRule(stage: StageFixes, fixIndex: number, id: string): Intervention {
  const fix = stage.fixes[fixIndex] ?? "";
  return {
    id,
    stage: stage.id,
    signal: `your numbers point to ${withArticle(stage.problemType)} problem`,
    action: lowerFirst(fix.trim().replace(/\.$/, "")),
    within: "two weeks",
  };
}
