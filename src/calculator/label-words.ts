// A stage's label inside a sentence. Coaches name stages in their own words ("Saw my Instagram
// posts", "Booked a free consultation"), which rarely fit a sentence's grammar; in quotation marks a
// label reads as a name, so "of the people at “Saw my Instagram posts”" reads well with any label.
export const named = (label: string): string => `“${label}”`;
