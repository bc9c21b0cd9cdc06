// The measurable parts of CONTENT.md's brief for a glossary entry. Pure. They are warnings, so an
// editor can preview a work in progress; the test suite holds the published glossary to zero.

import { count } from "./field-words.ts";

export interface EditorialFinding {
  field: string;
  message: string;
}

const headings = (body: string): string[] => Array.from(body.matchAll(/^#{2,3}\s+(.+)$/gm), (m) => (m[1] ?? "").trim());

export function editorialFindings(body: string, hasSources: boolean): EditorialFinding[] {
  const findings: EditorialFinding[] = [];
  const titles = headings(body);
  const questions = titles.filter((title) => title.endsWith("?"));
  if (questions.length < 3) {
    findings.push({ field: "body", message: `has ${count(questions.length, "question heading")}; use at least 3, phrased as a reader would ask ("What is a lead magnet?")` });
  }
  if (!titles.some((title) => /differ|different|same thing|compare/i.test(title))) {
    findings.push({ field: "body", message: 'needs a section on how the term differs from the one it is most confused with ("How is it different from …?")' });
  }
  if (!titles.some((title) => /mistake/i.test(title))) {
    findings.push({ field: "body", message: 'needs a section naming the most common mistake ("What is the most common mistake?")' });
  }
  // A percentage without a named source must be labelled as an example, never passed off as a benchmark.
  if (/\d\s?%/.test(body) && !hasSources && !/an example, not a benchmark|example only|made-up|made up/i.test(body)) {
    findings.push({ field: "body", message: 'uses percentages with no source: add sources: to the front matter, or say "an example, not a benchmark"' });
  }
  return findings;
}
