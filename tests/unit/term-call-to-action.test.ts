import { describe, expect, it } from "vitest";
import stages from "../../_data/stages.json" with { type: "json" };
import { termCallToAction } from "../../src/content/term-call-to-action.ts";

const term = (slug: string, title: string, stage = "all") => ({ slug, title, stage });

describe("termCallToAction (the term aside's next step)", () => {
  it("sends a stage term to its guide", () => {
    expect(termCallToAction(term("decision", "Decision", "decision"), stages)).toMatchObject({
      url: "/guides/decision/",
      linkText: "Read the decision guide",
    });
  });
  it("sends rates and funnel terms to the calculator", () => {
    for (const [slug, title] of [
      ["no-show-rate", "No-show rate"],
      ["overall-conversion", "Overall conversion"],
      ["funnel-leak", "Funnel leak"],
      ["client-churn", "Client churn"],
    ] as const) {
      expect(termCallToAction(term(slug, title, "retention"), stages).url, title).toBe("/calculator/");
    }
  });
  it("sends mapping terms, the journey-map entry included, to the worksheet", () => {
    expect(termCallToAction(term("touchpoint", "Touchpoint"), stages).url).toBe("/map/");
    expect(termCallToAction(term("moment-of-truth", "Moment of truth", "retention"), stages).url).toBe("/map/");
    expect(termCallToAction(term("customer-journey-map", "Customer journey map"), stages).url).toBe("/map/");
  });
  it("sends any other term to its stage's guide, or to the calculator when it spans every stage", () => {
    expect(termCallToAction(term("lead-magnet", "Lead magnet", "consideration"), stages)).toMatchObject({
      url: "/guides/consideration/",
    });
    expect(termCallToAction(term("social-proof", "Social proof", "all"), stages)).toMatchObject({
      url: "/calculator/",
    });
  });
});
