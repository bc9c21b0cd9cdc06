// Web addresses in front matter. A page renders them as links, so only http: and https: may pass:
// javascript:, data: and the rest would run code or smuggle content into a reader's browser.
import { z } from "zod";

const example = "https://example.org/study";

/** Why `text` is not a web address a page may link to, or undefined when it is. */
export function httpUrlProblem(text: string): string | undefined {
  // The URL parser ignores case, surrounding spaces and tabs or newlines inside the scheme, as browsers do.
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return `"${text}" is not a full web address: write it with https:// at the start, such as ${example}`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return `"${text}" starts with "${url.protocol}": a web address here must start with https:// (or http://), such as ${example}`;
  if (!url.hostname) return `"${text}" has no site name after https://: write it such as ${example}`;
  return undefined;
}

/** A front-matter URL field: text that is an http: or https: address, kept as written (trimmed). */
export const httpUrl = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? `is missing: add a web address such as ${example}`
        : `should be a web address in quotes, such as "${example}"`,
  })
  .trim()
  .superRefine((text, context) => {
    const problem = httpUrlProblem(text);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });
