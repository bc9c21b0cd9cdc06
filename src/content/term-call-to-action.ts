// The next step a term page offers in its aside: what a reader of this term can do about it. Pure.
import type { Stage } from "./stage-schema.ts";

export interface CallToAction {
  /** One sentence that says why to go there. */
  text: string;
  linkText: string;
  url: string;
}

interface TermLike {
  slug: string;
  title: string;
  stage: string;
}

/** Terms about counting people from one step to the next: the calculator works them out. */
const rateWords = /\b(rate|conversion|funnel|leak|churn)\b/i;
/** Terms about mapping the journey: the worksheet is where a reader maps their own. */
const mappingWords = /\b(touchpoint|journey map|customer journey|moment of truth)\b/i;

export function termCallToAction(
  term: TermLike,
  stages: readonly Pick<Stage, "id" | "name" | "guideUrl">[],
): CallToAction {
  const ownStage = stages.find((stage) => stage.id === term.slug);
  if (ownStage) {
    return {
      text: `Everything about this stage in one place: what to count, a worked example and what to try first.`,
      linkText: `Read the ${ownStage.name.toLowerCase()} guide`,
      url: ownStage.guideUrl,
    };
  }
  if (rateWords.test(term.title)) {
    return {
      text: "Put in how many people reached each stage, and see this figure for your own practice.",
      linkText: "Work it out in the funnel calculator",
      url: "/calculator/",
    };
  }
  if (mappingWords.test(term.title)) {
    return {
      text: "Lay out every point where a client meets your practice, stage by stage, and plan the journey you want.",
      linkText: "Map your client journey on the worksheet",
      url: "/map/",
    };
  }
  const stage = stages.find((s) => s.id === term.stage);
  if (stage) {
    return {
      text: `This term belongs to the ${stage.name.toLowerCase()} stage; its guide says what to try first when that stage leaks.`,
      linkText: `Read the ${stage.name.toLowerCase()} guide`,
      url: stage.guideUrl,
    };
  }
  return {
    text: "Not sure which stage to work on first? Your own numbers will tell you.",
    linkText: "Find your leakiest stage",
    url: "/calculator/",
  };
}
