// Reads a Netlify/Cloudflare Pages `_headers` file the way those hosts do: every rule whose path
// matches the request applies, so one response can receive the same header from several rules.
// Cloudflare Pages alone reads a `! Name` line as "detach Name set by an earlier matching rule";
// Netlify's parser skips a line without a colon, so there it does nothing.

export interface HeaderRule {
  path: string;
  headers: { name: string; value: string }[];
  /** Header names a `! Name` line detaches (Cloudflare Pages only), lowercased. */
  detach: string[];
}

/** Rules in file order. A path line starts at column 0; its headers are the indented lines below it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [], detach: [] });
    else {
      const detach = line.trim().match(/^!\s*(\S+)$/);
      if (detach) rules.at(-1)?.detach.push(detach[1]!.toLowerCase());
      const [, name = "", value = ""] = line.trim().match(/^([^:]+):\s*(.*)$/) ?? [];
      if (!detach) rules.at(-1)?.headers.push({ name, value });
    }
  }
  return rules;
}

const matches = (pattern: string, url: string): boolean =>
  pattern.endsWith("*") ? url.startsWith(pattern.slice(0, -1)) : url === pattern;

/**
 * Every header a host would send for `url`, one entry per matching rule (so duplicates show). On
 * Cloudflare Pages a matching rule's `! Name` removes that header as set by the other matching rules.
 */
export function headersFor(
  rules: HeaderRule[],
  url: string,
  host: "netlify" | "cloudflare" = "netlify",
): { name: string; value: string }[] {
  const matching = rules.filter((rule) => matches(rule.path, url));
  const detached = host === "cloudflare" ? new Set(matching.flatMap((rule) => rule.detach)) : new Set<string>();
  return matching.flatMap((rule) =>
    rule.headers.filter(
      (header) => !detached.has(header.name.toLowerCase()) || rule.detach.includes(header.name.toLowerCase()),
    ),
  );
}
