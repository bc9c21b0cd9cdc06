// Reads a Netlify/Cloudflare Pages `_headers` file the way those hosts do: every rule whose path
// matches the request applies, so one response can receive the same header from several rules.

export interface HeaderRule {
  path: string;
  headers: { name: string; value: string }[];
}

/** Rules in file order. A path line starts at column 0; its headers are the indented lines below it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const [, name = "", value = ""] = line.trim().match(/^([^:]+):\s*(.*)$/) ?? [];
      rules.at(-1)?.headers.push({ name, value });
    }
  }
  return rules;
}

const matches = (pattern: string, url: string): boolean =>
  pattern.endsWith("*") ? url.startsWith(pattern.slice(0, -1)) : url === pattern;

/** Every header a host would send for `url`, one entry per matching rule (so duplicates show). */
export function headersFor(rules: HeaderRule[], url: string): { name: string; value: string }[] {
  return rules.filter((rule) => matches(rule.path, url)).flatMap((rule) => rule.headers);
}
