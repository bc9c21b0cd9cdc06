// The content rules `npm test` holds the published glossary to (tests/unit/content-quality.test.ts),
// as one function, so a test can hold a scratch copy of the site to exactly the same rules.
import { formatProblem, type ContentModel } from "../../src/content/content-model.ts";

/** The core vocabulary the glossary must always have. */
export const requiredTerms = [
  "customer-journey",
  "awareness",
  "consideration",
  "decision",
  "retention",
  "advocacy",
  "sales-funnel",
  "conversion-rate",
  "drop-off-rate",
  "funnel-leak",
  "overall-conversion",
  "value-ladder",
  "offer-architecture",
  "lead-magnet",
  "order-bump",
  "upsell",
  "nurture-sequence",
  "discovery-call",
  "intro-session",
  "customer-journey-map",
  "touchpoint",
  "moment-of-truth",
  "ideal-client-profile",
  "voice-of-the-customer",
  "customer-experience",
  "onboarding",
  "time-to-first-value",
  "proactive-support",
  "omnichannel-support",
  "client-churn",
  "client-retention-rate",
  "rebooking",
  "health-score",
  "net-promoter-score",
  "referral",
  "testimonial",
  "word-of-mouth",
  // The business of a practice (v2).
  "client-lifetime-value",
  "client-acquisition-cost",
  "cost-per-lead",
  "lead",
  "qualified-lead",
  "email-list",
  "open-rate",
  "click-through-rate",
  "pipeline",
  "objection",
  "sales-page",
  "package-pricing",
  "sliding-scale",
  "planned-ending",
  "cohort",
  "lead-source",
  "free-workshop",
  "win-back",
  "niche",
  "ab-test",
  "online-review",
  "waitlist",
  // Running a practice (v3).
  "marketing-ethics",
  "dual-relationship",
  "client-agreement",
  "referral-partner",
  "value-proposition",
  "crm",
  "directory-listing",
  "local-search",
  "content-marketing",
  "segmentation",
  "deliverability",
  "cancellation-policy",
  "caseload",
  "membership-retainer",
  "outcome-measures",
  "ltv-cac-ratio",
  "client-satisfaction",
];

/** Every way the published content (a model built without drafts) falls short; [] when it meets the brief. */
export function publishedContentFailures(model: ContentModel): string[] {
  const failures = model.problems.map(formatProblem);
  if (model.terms.length < 38) failures.push(`only ${model.terms.length} terms; the glossary needs at least 38`);
  for (const slug of requiredTerms) if (!model.termsBySlug[slug]) failures.push(`the required term ${slug} is missing`);
  const linked = new Set([
    ...Object.keys(model.backlinks),
    ...model.terms.flatMap((term) => term.related.map((slug) => `/glossary/${slug}/`)),
  ]);
  for (const term of model.terms) {
    if (term.words < 250 || term.words > 700) failures.push(`${term.path}: ${term.words} words`);
    if (term.summary.length > 200) failures.push(`${term.path}: summary of ${term.summary.length} characters`);
    if (term.related.length < 2) failures.push(`${term.path}: ${term.related.length} related terms`);
    if (!linked.has(term.url)) failures.push(`${term.path}: nothing links to it`);
  }
  return failures;
}
