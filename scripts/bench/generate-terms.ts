// Synthetic but realistic glossary terms for the benchmark: valid front matter, 300–600 words,
// three related terms and five inline links each, the same every run (seeded).

const vocabulary = `client coach session practice booking follow-up email workshop referral package programme
progress trust question stage journey step people week month plan goal value offer price call conversation
story first next small clear simple honest warm useful moment habit change result feedback page list count
rate share reach return continue decide notice help listen write review check agree start finish learn`.split(/\s+/);

/** A small deterministic PRNG (mulberry32), so every run builds the same site. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const syntheticSlug = (i: number): string => `bench-term-${String(i).padStart(5, "0")}`;

function sentence(next: () => number, words: number): string {
  const list = Array.from({ length: words }, () => vocabulary[Math.floor(next() * vocabulary.length)] ?? "client");
  const text = list.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Term i of n, as the Markdown an editor would write. */
export function syntheticTerm(i: number, n: number): string {
  const next = random(i + 1);
  const other = (offset: number) => syntheticSlug(((i + offset) % n) + 1);
  const related = [other(1), other(2), other(3)];
  const links = [1, 4, 7, 11, 16].map((offset) => `[${other(offset).replace(/-/g, " ")}](/glossary/${other(offset)}/)`);
  // A paragraph can overshoot the target by about 100 words, so this keeps every term within 300–600.
  const targetWords = 320 + Math.floor(next() * 180);
  const headings = [
    "What is it?",
    "Why does it matter?",
    "How do you work it out?",
    "How is it different from the others?",
    "What is the most common mistake?",
  ];
  const paragraphs: string[] = [];
  let words = 0;
  let link = 0;
  for (let p = 0; words < targetWords; p += 1) {
    if (p % 2 === 0 && p / 2 < headings.length) paragraphs.push(`## ${headings[p / 2]}`);
    const sentences = Array.from({ length: 3 + Math.floor(next() * 3) }, () =>
      sentence(next, 8 + Math.floor(next() * 9)),
    );
    if (link < links.length) sentences.splice(1, 0, `See ${links[link++]} for more.`);
    const paragraph = sentences.join(" ");
    words += paragraph.split(/\s+/).length;
    paragraphs.push(paragraph);
  }
  while (link < links.length) paragraphs.push(`Also see ${links[link++]}.`);
  return `---
title: Bench term ${String(i).padStart(5, "0")}
summary: A generated term for the build benchmark, number ${i} of ${n}, written to look like a real entry.
stage: all
related: [${related.join(", ")}]
---
${paragraphs.join("\n\n")}
`;
}
