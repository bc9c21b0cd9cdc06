// The measurable parts of CONTRIBUTING.md's "How an entry reads". Pure. They are warnings, so an
// editor can preview a work in progress; the test suite holds the published glossary to zero.

import { count } from "./field-words.ts";

export interface EditorialFinding {
  field: string;
  message: string;
}

const headings = (body: string): string[] => Array.from(body.matchAll(/^#{2,3}\s+(.+)$/gm), (m) => (m[1] ?? "").trim());

/**
 * A figure that reads as a measurement: a percentage ("35%", "35 percent", "35 per cent") or a
 * multiple ("2×", "3x", "3 times"). Plain counts in a worked example ("40 calls") are not figures
 * on their own: an entry cannot present them as a benchmark without a rate or a multiple.
 */
export const figurePattern = /\d\s?(?:%|percent\b|per cent\b|×|x\b|times\b)/i;

/**
 * Words that label numbers as the entry's own illustration rather than data. Deliberately a
 * family of phrasings, so that entries can say it in their own words instead of one stock sentence.
 */
export const illustrationPattern =
  /illustrat|made[- ]up|invented|hypothetical|fictional|imaginary|pretend|dreamed up|mock-up|not a benchmark|not (?:real|actual) (?:data|figures|numbers|results)/i;

export const hasFigures = (body: string): boolean => figurePattern.test(body);
export const labelsIllustration = (body: string): boolean => illustrationPattern.test(body);

export function editorialFindings(body: string, hasSources: boolean): EditorialFinding[] {
  const findings: EditorialFinding[] = [];
  const questions = headings(body).filter((title) => title.endsWith("?"));
  // CONTRIBUTING.md: answer the two or three questions a reader of *this* term has, as headings they would ask.
  // Which questions is left to the entry: a fixed set of headings is the template the brief forbids.
  if (questions.length < 2) {
    findings.push({
      field: "body",
      message: `has ${count(questions.length, "question heading")}; use at least 2, phrased as a reader of this term would ask ("How do I work it out?")`,
    });
  }
  // A figure without a named source must be labelled as an illustration, never passed off as a benchmark.
  if (hasFigures(body) && !hasSources && !labelsIllustration(body)) {
    findings.push({
      field: "body",
      message:
        'uses percentages or multiples with no source: add sources: to the front matter, or say in your own words that the numbers are an illustration (for example "made-up numbers, to show the sums")',
    });
  }
  return findings;
}
