// The outline `npm run new-term` writes, and the check that none of its hints is ever published.
// One list, so the scaffold and the check cannot drift apart. Pure.

export interface OutlineSection {
  heading: string;
  hint: string;
}

/** The heading whose "…" the editor fills in with the term the new one is confused with. */
const differenceHeading = "How is it different from …?";

export function outlineSections(title: string): OutlineSection[] {
  return [
    { heading: `What is ${/^[aeiou]/i.test(title) ? "an" : "a"} ${title.toLowerCase()}?`, hint: "One paragraph in plain words, with an everyday example from a coaching or therapy practice." },
    { heading: "Why does it matter?", hint: "Why a coach should care, and at which stage of the client journey it matters most." },
    { heading: "How do you work it out?", hint: 'How to read or calculate it. Where numbers help, add a small table and label it "an example, not a benchmark".' },
    { heading: differenceHeading, hint: "Name the term it is most often confused with, and link to its entry as other entries do." },
    { heading: "What is the most common mistake?", hint: "The one mistake readers make most, and what to do instead." },
  ];
}

/** The Markdown body of a new term: each heading, then its hint in italics. */
export function outlineMarkdown(title: string): string {
  return outlineSections(title).map((section) => `## ${section.heading}\n\n_${section.hint}_\n`).join("\n");
}

const hints = outlineSections("x").map((section) => section.hint);
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40).trimEnd()}…` : text);

export interface PlaceholderFinding {
  line: number;
  message: string;
}

/** Every hint or unfilled heading from the outline still in `body`, with its line in the file (the body starts on `firstLine`). */
export function placeholderFindings(body: string, firstLine = 1): PlaceholderFinding[] {
  const findings: PlaceholderFinding[] = [];
  let heading: string | undefined;
  body.split("\n").forEach((text, index) => {
    const line = firstLine + index;
    const title = text.match(/^#{1,6}\s+(.+?)\s*$/)?.[1];
    if (title) heading = title;
    if (title === differenceHeading) {
      findings.push({ line, message: `still has the heading "${differenceHeading}" from the new-term outline (line ${line}): replace "…" with the term this one is most often confused with` });
      return;
    }
    const hint = hints.find((candidate) => text.includes(candidate));
    if (hint) {
      const where = heading ? ` under "${heading}"` : "";
      findings.push({ line, message: `still has the outline's hint "${short(hint)}"${where} (line ${line}): replace the hint with your own words` });
    }
  });
  return findings;
}
