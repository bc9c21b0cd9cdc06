// The outline `npm run new-term` writes into a new entry, and the hint lines in it. Pure.
// The hints are placeholders: the editorial rules flag any that are still in an entry.

/** Each hint is one italic line an editor replaces with their own words. */
export const outlineHints = [
  "One paragraph in plain words, with an everyday example from a coaching or therapy practice.",
  "The first question a reader of this term has, in their words: a rate needs",
  "Answer it for a coach, therapist or mentor. Where numbers help, use small ones, and say once, in words that fit this entry, that they are an illustration (or name their source under sources:).",
  "A second question this reader has, such as what it is confused with or what goes wrong",
  "Answer it, and link to the related terms as they come up.",
] as const;

const [opening, firstQuestion, firstAnswer, secondQuestion, secondAnswer] = outlineHints;

export const outlineFor = (title: string): string => `## What is ${/^[aeiou]/i.test(title) ? "an" : "a"} ${title.toLowerCase()}?

_${opening}_

## _${firstQuestion} "How do I work it out?", an offer "When does it fit?", a stage "What goes wrong here?"_

_${firstAnswer}_

## _${secondQuestion}_

_${secondAnswer}_
`;

/** The hints still present in a body, so an editor can see what is left to write. */
export const placeholdersIn = (body: string): string[] => outlineHints.filter((hint) => body.includes(hint));
