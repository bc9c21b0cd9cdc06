// The outline `npm run new-term` writes, and the check that none of its hints is ever published.
// One list, so the scaffold and the check cannot drift apart. Pure.

/** Each hint is one italic line (or heading) an editor replaces with their own words. */
export const outlineHints = [
  "One paragraph in plain words, with an everyday example from a coaching or therapy practice.",
  "The first question a reader of this term has, in their words: a rate needs",
  "Answer it for a coach, therapist or mentor. Where numbers help, use small ones, and say once, in words that fit this entry, that they are an illustration (or name their source under sources:).",
  "A second question this reader has, such as what it is confused with or what goes wrong",
  "Answer it, and link to the related terms as they come up.",
] as const;

const [opening, firstQuestion, firstAnswer, secondQuestion, secondAnswer] = outlineHints;

/**
 * The Markdown body of a new term. Only the opening heading is fixed; the others are hints, because
 * the questions are the entry's own (CONTRIBUTING.md: no fixed set of headings).
 */
export const outlineMarkdown = (
  title: string,
): string => `## What is ${/^[aeiou]/i.test(title) ? "an" : "a"} ${title.toLowerCase()}?

_${opening}_

## _${firstQuestion} "How do I work it out?", an offer "When does it fit?", a stage "What goes wrong here?"_

_${firstAnswer}_

## _${secondQuestion}_

_${secondAnswer}_
`;

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40).trimEnd()}…` : text);

export interface PlaceholderFinding {
  line: number;
  message: string;
}

/** Every hint from the outline still in `body`, with its line in the file (the body starts on `firstLine`). */
export function placeholderFindings(body: string, firstLine = 1): PlaceholderFinding[] {
  const findings: PlaceholderFinding[] = [];
  let heading: string | undefined;
  body.split("\n").forEach((text, index) => {
    const line = firstLine + index;
    const hint = outlineHints.find((candidate) => text.includes(candidate));
    const title = text.match(/^#{1,6}\s+(.+?)\s*$/)?.[1];
    if (hint) {
      const where = heading && !title ? ` under "${short(heading)}"` : "";
      findings.push({
        line,
        message: `still has the outline's hint "${short(hint)}"${where} (line ${line}): replace the hint with your own words`,
      });
    }
    if (title) heading = title;
  });
  return findings;
}
