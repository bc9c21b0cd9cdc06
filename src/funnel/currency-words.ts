// A currency written after an amount: a code ("90 GBP") or a word ("90 pounds", "90 dollars").
// Pure. Only a whole word is read, so "90 pounds" is pounds, never the code "NDS" from its last letters.

/** Which currency codes each word can mean ("dollars" fits any dollar currency the site offers). */
const currencyWords: Record<string, readonly string[]> = {
  pound: ["GBP"],
  pounds: ["GBP"],
  quid: ["GBP"],
  dollar: ["USD", "AUD", "CAD", "NZD"],
  dollars: ["USD", "AUD", "CAD", "NZD"],
  bucks: ["USD", "AUD", "CAD", "NZD"],
  euro: ["EUR"],
  euros: ["EUR"],
};

export interface TrailingCurrency {
  /** The text before the currency, trimmed: the amount. */
  amount: string;
  /** The currency as typed ("pounds", "GBP"). */
  written: string;
  /** The codes it can mean; empty for a word that is no currency the site knows. */
  codes: readonly string[];
}

/** The currency written after an amount, or null when the text ends in no word. */
export function trailingCurrency(text: string, knownCodes: readonly string[]): TrailingCurrency | null {
  const match = /^(.*\d)\s*([A-Za-z]+)\.?$/.exec(text);
  if (!match) return null;
  const written = match[2] ?? "";
  const code = written.toUpperCase();
  const codes = knownCodes.includes(code) ? [code] : (currencyWords[written.toLowerCase()] ?? []);
  return { amount: (match[1] ?? "").trim(), written, codes };
}
